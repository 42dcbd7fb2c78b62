/**
 * Articles of 2025–2026. Up to 30 June 2025 they concern Sóc Trăng province; from 1 July 2025
 * the province is part of Cần Thơ city, so later articles belong to Cần Thơ agencies and are
 * tagged with the city (the old units are closed and only older content keeps them).
 */
import type { ArticleSeed } from '../types';
import { body, h, ol, quote, ul } from './blocks';
import { picture } from './pictures';
import { BYLINE_SNV, BYLINE_SNV_CAN_THO, CAN_THO, CB, DAN, DN, HSSV, SOC_TRANG } from './tags';

export const ARTICLES_2025_2026: readonly ArticleSeed[] = [
  {
    key: 'khao-sat-am-hieu-cchc-2024',
    kind: 'news',
    date: '2025-02-20T09:30:00+07:00',
    agency: 'so-noi-vu',
    reformAreas: ['chi-dao-dieu-hanh', 'tac-dong'],
    topics: ['par-index-sipas', 'de-an-2030'],
    audiences: [CB, DAN],
    localities: [SOC_TRANG],
    cover: picture('chart'),
    attachments: [
      {
        source: { pdf: 'demo-huong-dan-khao-sat-muc-do-am-hieu-cchc' },
        title: {
          vi: 'Hướng dẫn khảo sát mức độ am hiểu và hài lòng về CCHC (PDF)',
          km: 'សេចក្តីណែនាំអំពីការស្ទង់មតិកម្រិតយល់ដឹង និងការពេញចិត្តចំពោះកំណែទម្រង់រដ្ឋបាល (PDF ជាភាសាវៀតណាម)',
          en: 'Guide to the survey of reform awareness and satisfaction (PDF, in Vietnamese)',
        },
      },
    ],
    text: {
      vi: {
        title: 'Khảo sát năm 2024: 92% công chức và 81% người dân hiểu rõ về cải cách hành chính',
        summary:
          'Kết quả khảo sát mức độ am hiểu cải cách hành chính năm 2024 cho thấy tiến bộ rõ so với năm 2021, nhưng còn khoảng cách đáng kể đến mục tiêu năm 2030 của Đề án: 100% cán bộ, công chức, viên chức và 95% người dân, tổ chức.',
        byline: BYLINE_SNV.vi,
        body: body(
          'Khảo sát được lồng ghép với điều tra xác định Chỉ số cải cách hành chính, thực hiện với cán bộ, công chức, viên chức của các sở, ngành, địa phương và người dân đã giải quyết thủ tục hành chính trong 12 tháng qua. Phiếu khảo sát không ghi thông tin cá nhân.',
          'Tỷ lệ người dân hiểu rõ mục đích, lợi ích của cải cách hành chính thấp hơn ở các xã vùng sâu và trong nhóm người trên 60 tuổi; nhóm đã từng nộp hồ sơ trực tuyến có tỷ lệ am hiểu cao hơn hẳn.',
          'Sở Nội vụ đề xuất năm 2025 tập trung tuyên truyền trực tiếp ở cơ sở, tăng tài liệu song ngữ Việt - Khmer và tiếp tục Chương trình "Lan tỏa dịch vụ công trực tuyến".',
        ),
      },
      km: {
        title: 'ការស្ទង់មតិឆ្នាំ ២០២៤៖ មន្ត្រីរាជការ ៩២% និងប្រជាជន ៨១% យល់ច្បាស់អំពីកំណែទម្រង់រដ្ឋបាល',
        summary:
          'លទ្ធផលស្ទង់មតិកម្រិតយល់ដឹងអំពីកំណែទម្រង់រដ្ឋបាលឆ្នាំ ២០២៤ បង្ហាញពីការរីកចម្រើនយ៉ាងច្បាស់បើធៀបនឹងឆ្នាំ ២០២១ ប៉ុន្តែនៅមានគម្លាតគួរឱ្យកត់សម្គាល់ពីគោលដៅឆ្នាំ ២០៣០ នៃគម្រោង៖ កម្មាភិបាល មន្ត្រីរាជការ និងបុគ្គលិកសាធារណៈ ១០០% និងប្រជាជន អង្គការ ៩៥%។',
        byline: BYLINE_SNV.km,
        body: body(
          'ការស្ទង់មតិត្រូវបានធ្វើរួមជាមួយការអង្កេតកំណត់សន្ទស្សន៍កំណែទម្រង់រដ្ឋបាល ចំពោះកម្មាភិបាល មន្ត្រីរាជការ និងបុគ្គលិកសាធារណៈនៃមន្ទីរ អង្គភាព និងមូលដ្ឋាន ព្រមទាំងប្រជាជនដែលបានបំពេញនីតិវិធីរដ្ឋបាលក្នុងរយៈពេល ១២ ខែចុងក្រោយ។ សន្លឹកស្ទង់មតិមិនកត់ត្រាព័ត៌មានផ្ទាល់ខ្លួនឡើយ។',
          'អត្រាប្រជាជនដែលយល់ច្បាស់អំពីគោលបំណង និងអត្ថប្រយោជន៍នៃកំណែទម្រង់រដ្ឋបាល មានកម្រិតទាបជាងនៅតាមឃុំដាច់ស្រយាល និងក្នុងក្រុមមនុស្សអាយុលើសពី ៦០ ឆ្នាំ ចំណែកក្រុមដែលធ្លាប់ដាក់ឯកសារតាមអនឡាញ មានកម្រិតយល់ដឹងខ្ពស់ជាងច្រើន។',
          'មន្ទីរកិច្ចការផ្ទៃក្នុងស្នើឱ្យឆ្នាំ ២០២៥ ផ្តោតលើការផ្សព្វផ្សាយផ្ទាល់នៅមូលដ្ឋាន បង្កើនឯកសារពីរភាសា វៀតណាម-ខ្មែរ និងបន្តកម្មវិធី «ផ្សព្វផ្សាយសេវាសាធារណៈតាមអនឡាញ»។',
        ),
      },
      en: {
        title: '2024 survey: 92% of officials and 81% of citizens understand administrative reform',
        summary:
          "The 2024 survey of reform awareness shows clear progress since 2021 but a real gap to the scheme's 2030 targets: 100% of officials and public employees and 95% of citizens and organisations.",
        byline: BYLINE_SNV.en,
        body: body(
          'The survey ran alongside the PAR index survey, among officials of departments and localities and among citizens who had dealt with an administrative procedure in the past twelve months. The questionnaires record no personal data.',
          'Understanding was lower in remote communes and among people over 60; those who had already applied online understood the reform far better.',
          'For 2025 the Department of Home Affairs proposes more face-to-face communication in the communes, more Vietnamese–Khmer material and continuing the programme to spread online public services.',
        ),
      },
    },
  },
  {
    key: 'sap-xep-co-quan-chuyen-mon-2025',
    kind: 'news',
    date: '2025-03-27T16:00:00+07:00',
    agency: 'ubnd-tinh-soc-trang',
    reformAreas: ['to-chuc-bo-may'],
    topics: ['sap-nhap-2025'],
    audiences: [CB, DAN, DN],
    localities: [SOC_TRANG],
    cover: picture('meeting'),
    text: {
      vi: {
        title: 'Hoàn thành sắp xếp các cơ quan chuyên môn thuộc UBND tỉnh',
        summary:
          'Thực hiện chủ trương tinh gọn bộ máy, các cơ quan chuyên môn thuộc UBND tỉnh sau sắp xếp đã đi vào hoạt động; việc tiếp nhận và giải quyết thủ tục hành chính không bị gián đoạn.',
        byline: 'Văn phòng UBND tỉnh Sóc Trăng',
        body: body(
          'Theo phương án sắp xếp, Sở Kế hoạch và Đầu tư hợp nhất vào Sở Tài chính; Sở Thông tin và Truyền thông hợp nhất vào Sở Khoa học và Công nghệ; Sở Nội vụ tiếp nhận thêm chức năng, nhiệm vụ về lao động, người có công và xã hội.',
          'UBND tỉnh yêu cầu các sở mới công khai ngay địa chỉ, số điện thoại, danh mục thủ tục hành chính và cập nhật trên Cổng dịch vụ công để người dân, doanh nghiệp không phải đi lại tìm hiểu.',
          'Hồ sơ đã tiếp nhận trước khi sắp xếp tiếp tục được giải quyết theo đúng thời hạn đã hẹn. Các quầy tại Trung tâm Phục vụ hành chính công tỉnh giữ nguyên vị trí.',
        ),
      },
    },
  },
  {
    key: 'hoi-dap-sap-xep-don-vi-hanh-chinh',
    kind: 'feature',
    date: '2025-05-15T18:00:00+07:00',
    agency: 'dai-ptth-soc-trang',
    reformAreas: ['to-chuc-bo-may', 'thu-tuc-hanh-chinh'],
    topics: ['sap-nhap-2025'],
    audiences: [DAN],
    localities: [SOC_TRANG],
    cover: picture('radio'),
    text: {
      vi: {
        title: 'Hỏi đáp: sắp xếp đơn vị hành chính và những điều người dân quan tâm',
        summary:
          'Giấy tờ cũ có phải đổi không? Sau sắp xếp làm thủ tục ở đâu? Chương trình phát thanh "Cải cách hành chính và cuộc sống" tổng hợp các câu hỏi thính giả gửi về nhiều nhất.',
        byline: 'Ban Thời sự - Đài PT-TH Sóc Trăng',
        body: body(
          h('Giấy tờ đã cấp có phải đổi không?'),
          'Không. Giấy tờ đã cấp trước khi sắp xếp vẫn còn giá trị sử dụng; người dân không phải đổi chỉ vì tên đơn vị hành chính thay đổi. Thông tin sẽ được cập nhật khi người dân làm thủ tục mới.',
          h('Sau khi sắp xếp, làm thủ tục ở đâu?'),
          'Tại Bộ phận một cửa của xã, phường mới, hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia. Nhiều thủ tục được tiếp nhận không phụ thuộc địa giới hành chính.',
          h('Ai giải đáp khi còn thắc mắc?'),
          'Người dân liên hệ công chức Bộ phận một cửa, trưởng ấp, khóm hoặc gửi câu hỏi về chuyên mục hỏi đáp cải cách hành chính.',
        ),
      },
      km: {
        title: 'សំណួរ-ចម្លើយ៖ ការរៀបចំអង្គភាពរដ្ឋបាលឡើងវិញ និងអ្វីដែលប្រជាជនចាប់អារម្មណ៍',
        summary:
          'តើឯកសារចាស់ត្រូវប្តូរឬទេ? ក្រោយការរៀបចំឡើងវិញ ត្រូវធ្វើនីតិវិធីនៅឯណា? កម្មវិធីវិទ្យុ «កំណែទម្រង់រដ្ឋបាល និងជីវភាព» បានប្រមូលសំណួរដែលអ្នកស្តាប់ផ្ញើមកច្រើនជាងគេ។',
        byline: 'ផ្នែកព័ត៌មាន - ស្ថានីយ៍វិទ្យុ និងទូរទស្សន៍សុកត្រាំង',
        body: body(
          h('តើឯកសារដែលបានចេញរួចត្រូវប្តូរឬទេ?'),
          'ទេ។ ឯកសារដែលបានចេញមុនការរៀបចំឡើងវិញនៅតែមានសុពលភាព ប្រជាជនមិនចាំបាច់ប្តូរ ដោយគ្រាន់តែឈ្មោះអង្គភាពរដ្ឋបាលផ្លាស់ប្តូរនោះទេ។ ព័ត៌មាននឹងត្រូវធ្វើបច្ចុប្បន្នភាព នៅពេលប្រជាជនធ្វើនីតិវិធីថ្មី។',
          h('ក្រោយការរៀបចំឡើងវិញ ត្រូវធ្វើនីតិវិធីនៅឯណា?'),
          'នៅផ្នែកច្រកចេញចូលតែមួយនៃឃុំ សង្កាត់ថ្មី ឬដាក់តាមអនឡាញនៅលើវិបផតថលសេវាសាធារណៈជាតិ។ នីតិវិធីជាច្រើនត្រូវបានទទួលដោយមិនអាស្រ័យលើព្រំដែនរដ្ឋបាល។',
          h('នរណាឆ្លើយបំភ្លឺ នៅពេលមានចម្ងល់?'),
          'ប្រជាជនទាក់ទងមន្ត្រីផ្នែកច្រកចេញចូលតែមួយ មេភូមិ ឬផ្ញើសំណួរមកកាន់ផ្នែកសំណួរ-ចម្លើយកំណែទម្រង់រដ្ឋបាល។',
        ),
      },
      en: {
        title: 'Questions and answers: the reorganisation of administrative units',
        summary:
          'Do old papers have to be replaced? Where do we go for procedures afterwards? The radio programme "Administrative reform and everyday life" collects the questions listeners ask most.',
        byline: 'News Desk, Sóc Trăng Radio and Television',
        body: body(
          h('Do papers already issued have to be replaced?'),
          'No. Papers issued before the reorganisation remain valid; nobody has to replace them just because the name of a unit changed. Details are updated when a new procedure is carried out.',
          h('Where do we go for procedures afterwards?'),
          'To the one-stop counter of the new commune or ward, or online on the National Public Service Portal. Many procedures are accepted regardless of administrative boundaries.',
          h('Who answers remaining questions?'),
          "The one-stop counter staff, the hamlet head, or the reform section's questions page.",
        ),
      },
    },
  },
  {
    key: 'so-ket-3-nam-de-an-tuyen-truyen',
    kind: 'news',
    date: '2025-06-26T17:00:00+07:00',
    agency: 'so-noi-vu',
    reformAreas: ['chi-dao-dieu-hanh'],
    topics: ['de-an-2030'],
    audiences: [CB],
    localities: [SOC_TRANG],
    cover: picture('meeting'),
    gallery: [picture('chart'), picture('stage')],
    attachments: [
      {
        source: { pdf: 'demo-bao-cao-so-ket-de-an-tuyen-truyen-2025' },
        title: {
          vi: 'Báo cáo sơ kết Đề án tuyên truyền CCHC 2022 - 2025 (bản tóm tắt, PDF)',
          km: 'របាយការណ៍បូកសរុបពាក់កណ្តាលអាណត្តិនៃគម្រោងផ្សព្វផ្សាយ ២០២២-២០២៥ (សេចក្តីសង្ខេប PDF ជាភាសាវៀតណាម)',
          en: 'Mid-term review of the communication scheme 2022–2025 (summary, PDF in Vietnamese)',
        },
      },
    ],
    text: {
      vi: {
        title: 'Sơ kết 3 năm thực hiện Đề án tuyên truyền cải cách hành chính',
        summary:
          'Ngày 25/6/2025, Sở Nội vụ tổ chức hội nghị sơ kết 3 năm thực hiện Đề án tuyên truyền cải cách hành chính, nhiệm vụ thứ sáu của Đề án, trước thời điểm tỉnh hợp nhất vào thành phố Cần Thơ.',
        byline: BYLINE_SNV.vi,
        body: body(
          'Báo cáo sơ kết ghi nhận các cơ quan, đơn vị đã ban hành kế hoạch tuyên truyền hằng năm, tổ chức bồi dưỡng tuyên truyền viên, duy trì chuyên mục trên báo, đài (cả tiếng Việt và tiếng Khmer), triển khai Chương trình "Lan tỏa dịch vụ công trực tuyến" đến cấp xã và giới thiệu nhiều mô hình hay.',
          'Hạn chế được chỉ ra là nguồn lực ở một số đơn vị chưa thỏa đáng, tuyên truyền ở cơ sở có nơi còn hình thức, mức độ am hiểu của người dân vùng sâu về dịch vụ công trực tuyến còn thấp.',
          'Hội nghị thống nhất kiến nghị tiếp tục thực hiện các nhiệm vụ của Đề án trong bộ máy của thành phố Cần Thơ sau hợp nhất, chuyển giao chuyên mục cải cách hành chính và cơ sở dữ liệu tuyên truyền cho cơ quan kế thừa.',
        ),
      },
      km: {
        title: 'បូកសរុបការអនុវត្តគម្រោងផ្សព្វផ្សាយកំណែទម្រង់រដ្ឋបាលរយៈពេល ៣ ឆ្នាំ',
        summary:
          'នៅថ្ងៃទី ២៥ ខែមិថុនា ឆ្នាំ ២០២៥ មន្ទីរកិច្ចការផ្ទៃក្នុងបានរៀបចំសន្និសីទបូកសរុបការអនុវត្តគម្រោងផ្សព្វផ្សាយកំណែទម្រង់រដ្ឋបាលរយៈពេល ៣ ឆ្នាំ ដែលជាភារកិច្ចទីប្រាំមួយនៃគម្រោង មុនពេលខេត្តត្រូវបានរួមបញ្ចូលទៅក្នុងទីក្រុងកឹនថើ។',
        byline: BYLINE_SNV.km,
        body: body(
          'របាយការណ៍បូកសរុបបានកត់សម្គាល់ថា ស្ថាប័ន និងអង្គភាពនានាបានចេញផែនការផ្សព្វផ្សាយប្រចាំឆ្នាំ រៀបចំការបណ្តុះបណ្តាលអ្នកផ្សព្វផ្សាយ រក្សាកម្មវិធីនៅលើកាសែត វិទ្យុ និងទូរទស្សន៍ (ទាំងភាសាវៀតណាម និងភាសាខ្មែរ) អនុវត្តកម្មវិធី «ផ្សព្វផ្សាយសេវាសាធារណៈតាមអនឡាញ» ដល់ថ្នាក់ឃុំ និងណែនាំគំរូល្អជាច្រើន។',
          'ចំណុចខ្វះខាតដែលត្រូវបានលើកឡើង គឺធនធាននៅអង្គភាពមួយចំនួនមិនទាន់គ្រប់គ្រាន់ ការផ្សព្វផ្សាយនៅមូលដ្ឋានខ្លះនៅមានលក្ខណៈជាទម្រង់ និងកម្រិតយល់ដឹងរបស់ប្រជាជននៅតំបន់ដាច់ស្រយាលអំពីសេវាសាធារណៈតាមអនឡាញនៅមានកម្រិតទាប។',
          'សន្និសីទបានឯកភាពស្នើឱ្យបន្តអនុវត្តភារកិច្ចនៃគម្រោងនៅក្នុងរចនាសម្ព័ន្ធនៃទីក្រុងកឹនថើក្រោយការរួមបញ្ចូល និងផ្ទេរទំព័រព័ត៌មានកំណែទម្រង់រដ្ឋបាល និងមូលដ្ឋានទិន្នន័យផ្សព្វផ្សាយទៅឱ្យស្ថាប័នស្នងតំណែង។',
        ),
      },
      en: {
        title: 'Mid-term review: three years of the reform communication scheme',
        summary:
          "On 25 June 2025 the Department of Home Affairs held the mid-term review of the administrative reform communication scheme, the scheme's sixth task, shortly before the province merged into Cần Thơ city.",
        byline: BYLINE_SNV.en,
        body: body(
          'The review found that agencies had adopted yearly communication plans, trained communicators, kept regular press and broadcast features in Vietnamese and Khmer, taken the programme spreading online public services down to the communes and presented many good models.',
          'Shortcomings: some agencies lacked resources, communication in places was a formality, and people in remote areas still knew little about online public services.',
          'The conference agreed to carry the scheme on within the merged Cần Thơ city and to hand the reform web section and its database over to the successor agency.',
        ),
      },
    },
  },
  {
    key: 'can-tho-moi-chinh-thuc-hoat-dong',
    kind: 'news',
    date: '2025-07-01T11:00:00+07:00',
    agency: 'ubnd-tp-can-tho',
    reformAreas: ['to-chuc-bo-may'],
    topics: ['sap-nhap-2025'],
    audiences: [DAN, CB, DN],
    localities: [CAN_THO],
    cover: picture('landscape'),
    text: {
      vi: {
        title: 'Thành phố Cần Thơ mới chính thức hoạt động, chính quyền địa phương hai cấp vận hành',
        summary:
          'Từ ngày 1/7/2025, tỉnh Sóc Trăng, tỉnh Hậu Giang và thành phố Cần Thơ hợp nhất thành thành phố Cần Thơ; cấp huyện kết thúc hoạt động, chính quyền địa phương gồm cấp thành phố và cấp xã, phường.',
        byline: 'Văn phòng UBND thành phố Cần Thơ',
        body: body(
          'Ngay trong ngày đầu tiên, các Trung tâm Phục vụ hành chính công cấp xã, phường trên địa bàn Sóc Trăng trước đây đều mở cửa tiếp nhận hồ sơ. Lãnh đạo thành phố yêu cầu không để người dân, doanh nghiệp bị gián đoạn khi giải quyết thủ tục hành chính.',
          'Chuyên mục cải cách hành chính của tỉnh Sóc Trăng được chuyển giao cho Sở Nội vụ thành phố Cần Thơ tiếp tục quản lý. Các tin, bài đã đăng được giữ nguyên cùng địa bàn cũ để người đọc tra cứu.',
          'Các nhiệm vụ của Đề án tuyên truyền cải cách hành chính đến năm 2030 tiếp tục được thực hiện trên địa bàn thành phố mới.',
        ),
      },
      km: {
        title: 'ទីក្រុងកឹនថើថ្មីចាប់ផ្តើមដំណើរការជាផ្លូវការ រដ្ឋអំណាចមូលដ្ឋានពីរថ្នាក់ដំណើរការ',
        summary:
          'ចាប់ពីថ្ងៃទី ១ ខែកក្កដា ឆ្នាំ ២០២៥ ខេត្តសុកត្រាំង ខេត្តហ៊ូវយ៉ាង និងទីក្រុងកឹនថើ ត្រូវបានរួមបញ្ចូលគ្នាជាទីក្រុងកឹនថើ ថ្នាក់ស្រុកបានបញ្ចប់សកម្មភាព ហើយរដ្ឋអំណាចមូលដ្ឋានរួមមានថ្នាក់ទីក្រុង និងថ្នាក់ឃុំ សង្កាត់។',
        byline: 'ការិយាល័យគណៈកម្មាធិការប្រជាជនទីក្រុងកឹនថើ',
        body: body(
          'នៅថ្ងៃដំបូងភ្លាម មជ្ឈមណ្ឌលបម្រើរដ្ឋបាលសាធារណៈថ្នាក់ឃុំ សង្កាត់ នៅលើដែនដីសុកត្រាំងពីមុន សុទ្ធតែបើកទ្វារទទួលឯកសារ។ ថ្នាក់ដឹកនាំទីក្រុងបានតម្រូវកុំឱ្យប្រជាជន និងសហគ្រាសជួបការរំខាននៅពេលបំពេញនីតិវិធីរដ្ឋបាល។',
          'ទំព័រព័ត៌មានកំណែទម្រង់រដ្ឋបាលនៃខេត្តសុកត្រាំងត្រូវបានផ្ទេរឱ្យមន្ទីរកិច្ចការផ្ទៃក្នុងទីក្រុងកឹនថើបន្តគ្រប់គ្រង។ ព័ត៌មាន និងអត្ថបទដែលបានចុះផ្សាយ ត្រូវបានរក្សាទុកដដែលជាមួយមូលដ្ឋានចាស់ ដើម្បីឱ្យអ្នកអានអាចស្វែងរកបាន។',
          'ភារកិច្ចនៃគម្រោងផ្សព្វផ្សាយកំណែទម្រង់រដ្ឋបាលដល់ឆ្នាំ ២០៣០ នៅតែបន្តអនុវត្តនៅលើដែនដីនៃទីក្រុងថ្មី។',
        ),
      },
      en: {
        title: 'The new Cần Thơ city starts work with two-tier local government',
        summary:
          'From 1 July 2025 Sóc Trăng province, Hậu Giang province and Cần Thơ city form the new Cần Thơ city; the district level has ended and local government now has two tiers, the city and its communes and wards.',
        byline: "Office of the Cần Thơ City People's Committee",
        body: body(
          'On the very first day the commune and ward public administration service centres in the former Sóc Trăng province opened to take applications. City leaders demanded that no citizen or business see procedures interrupted.',
          "Sóc Trăng's administrative reform web section passes to the Cần Thơ Department of Home Affairs. Articles already published keep their former localities so readers can still find them.",
          'The tasks of the reform communication scheme to 2030 continue across the new city.',
        ),
      },
    },
  },
  {
    key: 'lam-thu-tuc-o-dau-sau-sap-xep',
    kind: 'news',
    date: '2025-07-16T08:30:00+07:00',
    agency: 'so-noi-vu-can-tho',
    reformAreas: ['thu-tuc-hanh-chinh', 'to-chuc-bo-may'],
    topics: ['sap-nhap-2025', 'mot-cua'],
    audiences: [DAN],
    localities: [CAN_THO],
    cover: picture('service-desk'),
    attachments: [
      {
        source: { pdf: 'demo-to-roi-thu-tuc-sau-sap-xep' },
        title: {
          vi: 'Tờ rơi: Làm thủ tục ở đâu sau sắp xếp đơn vị hành chính? (PDF)',
          km: 'ខិត្តប័ណ្ណ៖ ត្រូវធ្វើនីតិវិធីនៅឯណា ក្រោយការរៀបចំអង្គភាពរដ្ឋបាលឡើងវិញ? (PDF ជាភាសាវៀតណាម)',
          en: 'Leaflet: where to go for procedures after the reorganisation (PDF, in Vietnamese)',
        },
      },
    ],
    text: {
      vi: {
        title: 'Người dân khu vực Sóc Trăng cũ làm thủ tục hành chính ở đâu?',
        summary:
          'Từ ngày 1/7/2025, người dân khu vực Sóc Trăng cũ làm thủ tục tại Trung tâm Phục vụ hành chính công của xã, phường hoặc nộp trực tuyến; nhiều thủ tục được tiếp nhận ở bất kỳ điểm nào, không phụ thuộc nơi cư trú.',
        byline: BYLINE_SNV_CAN_THO.vi,
        body: body(
          'Các thủ tục trước đây do UBND cấp huyện giải quyết nay được chuyển về cấp xã hoặc các cơ quan cấp thành phố. Danh mục thủ tục của từng xã, phường được niêm yết tại trụ sở và đăng trên Cổng dịch vụ công.',
          h('Ba lưu ý'),
          ul(
            'Giấy tờ đã cấp trước ngày 1/7/2025 vẫn còn giá trị.',
            'Có thể nộp hồ sơ tại nơi thuận tiện nhất với các thủ tục không phụ thuộc địa giới hành chính.',
            'Cần hỗ trợ, gọi số điện thoại đường dây nóng của xã, phường niêm yết tại Trung tâm.',
          ),
          'Sở Nội vụ thành phố đề nghị các xã, phường phát tờ rơi hướng dẫn đến từng hộ và tổ chức tuyên truyền song ngữ Việt - Khmer ở những nơi có đông đồng bào Khmer.',
        ),
      },
      km: {
        title: 'តើប្រជាជននៅតំបន់សុកត្រាំងចាស់ធ្វើនីតិវិធីរដ្ឋបាលនៅឯណា?',
        summary:
          'ចាប់ពីថ្ងៃទី ១ ខែកក្កដា ឆ្នាំ ២០២៥ ប្រជាជននៅតំបន់សុកត្រាំងចាស់ធ្វើនីតិវិធីនៅមជ្ឈមណ្ឌលបម្រើរដ្ឋបាលសាធារណៈនៃឃុំ សង្កាត់ ឬដាក់តាមអនឡាញ។ នីតិវិធីជាច្រើនត្រូវបានទទួលនៅកន្លែងណាក៏បាន ដោយមិនអាស្រ័យលើទីលំនៅ។',
        byline: BYLINE_SNV_CAN_THO.km,
        body: body(
          'នីតិវិធីដែលពីមុនដោះស្រាយដោយគណៈកម្មាធិការប្រជាជនថ្នាក់ស្រុក ឥឡូវត្រូវបានផ្ទេរមកថ្នាក់ឃុំ ឬស្ថាប័នថ្នាក់ទីក្រុង។ បញ្ជីនីតិវិធីរបស់ឃុំ សង្កាត់នីមួយៗត្រូវបានបិទប្រកាសនៅទីស្នាក់ការ និងចុះផ្សាយនៅលើវិបផតថលសេវាសាធារណៈ។',
          h('ចំណុចបីដែលត្រូវចងចាំ'),
          ul(
            'ឯកសារដែលបានចេញមុនថ្ងៃទី ១ ខែកក្កដា ឆ្នាំ ២០២៥ នៅតែមានសុពលភាព។',
            'អាចដាក់ឯកសារនៅកន្លែងដែលងាយស្រួលបំផុត សម្រាប់នីតិវិធីដែលមិនអាស្រ័យលើព្រំដែនរដ្ឋបាល។',
            'បើត្រូវការជំនួយ សូមហៅលេខទូរស័ព្ទបន្ទាន់របស់ឃុំ សង្កាត់ ដែលបិទប្រកាសនៅមជ្ឈមណ្ឌល។',
          ),
          'មន្ទីរកិច្ចការផ្ទៃក្នុងទីក្រុងស្នើឱ្យឃុំ សង្កាត់ចែកខិត្តប័ណ្ណណែនាំដល់គ្រួសារនីមួយៗ និងរៀបចំការផ្សព្វផ្សាយពីរភាសា វៀតណាម-ខ្មែរ នៅកន្លែងដែលមានបងប្អូនខ្មែររស់នៅច្រើន។',
        ),
      },
      en: {
        title: 'Where do people in the former Sóc Trăng province go for procedures now?',
        summary:
          'Since 1 July 2025 people in the former Sóc Trăng province use the public administration service centre of their commune or ward, or apply online; many procedures are accepted anywhere, whatever the place of residence.',
        byline: BYLINE_SNV_CAN_THO.en,
        body: body(
          "Procedures once handled by district People's Committees now go to the communes or to city agencies. Each commune's and ward's list of procedures is posted at its office and on the public service portal.",
          h('Three things to remember'),
          ul(
            'Papers issued before 1 July 2025 remain valid.',
            'For procedures not tied to administrative boundaries, apply wherever is most convenient.',
            "For help, call the commune or ward hotline posted at the centre.",
          ),
          "The city's Department of Home Affairs asks communes and wards to deliver the guidance leaflet to every household and to communicate in Vietnamese and Khmer where many Khmer people live.",
        ),
      },
    },
  },
  {
    key: 'boi-duong-cong-chuc-cap-xa-2025',
    kind: 'news',
    date: '2025-09-10T16:30:00+07:00',
    agency: 'so-noi-vu-can-tho',
    reformAreas: ['thu-tuc-hanh-chinh', 'cong-vu'],
    topics: ['sap-nhap-2025', 'tuyen-truyen-vien'],
    audiences: [CB],
    localities: [CAN_THO],
    cover: picture('classroom'),
    text: {
      vi: {
        title: 'Bồi dưỡng công chức cấp xã về thủ tục hành chính trong chính quyền hai cấp',
        summary:
          'Trong hai ngày 8 - 9/9/2025, Sở Nội vụ thành phố Cần Thơ bồi dưỡng cho công chức các Trung tâm Phục vụ hành chính công cấp xã, phường ở khu vực Sóc Trăng và Hậu Giang trước đây.',
        byline: BYLINE_SNV_CAN_THO.vi,
        body: body(
          'Nội dung tập trung vào những thủ tục mới chuyển từ cấp huyện về cấp xã, quy trình tiếp nhận không phụ thuộc địa giới hành chính, số hóa hồ sơ khi tiếp nhận và cách giải thích cho người dân về những thay đổi sau sắp xếp.',
          'Học viên trao đổi những tình huống thực tế trong hai tháng đầu vận hành: người dân mang giấy tờ ghi địa chỉ cũ, hồ sơ tồn từ cấp huyện, thủ tục cần phối hợp giữa các xã.',
          'Bài giảng và tài liệu của lớp được đăng trên chuyên mục cải cách hành chính để công chức các xã, phường khác sử dụng.',
        ),
      },
      en: {
        title: 'Commune officials trained on procedures under two-tier local government',
        summary:
          'On 8–9 September 2025 the Cần Thơ Department of Home Affairs trained the staff of commune and ward public administration service centres in the former Sóc Trăng and Hậu Giang provinces.',
        byline: BYLINE_SNV_CAN_THO.en,
        body: body(
          'The course covered the procedures moved from districts to communes, accepting applications regardless of boundaries, digitising files on receipt, and explaining the changes to citizens.',
          'Participants discussed real cases from the first two months: papers showing old addresses, files left over from the districts, procedures that need several communes to work together.',
          'The slides and materials are posted on the reform web section for staff of other communes and wards.',
        ),
      },
    },
  },
  {
    key: 'phong-van-chuyen-muc-sau-hop-nhat',
    kind: 'interview',
    date: '2025-10-22T08:00:00+07:00',
    agency: 'so-noi-vu-can-tho',
    reformAreas: ['chi-dao-dieu-hanh'],
    topics: ['sap-nhap-2025', 'de-an-2030'],
    audiences: [CB, DAN],
    localities: [CAN_THO],
    cover: picture('meeting'),
    text: {
      vi: {
        title: 'Chuyên mục cải cách hành chính sau hợp nhất: "Giữ những gì người đọc đã quen"',
        summary:
          'Sau khi tiếp nhận chuyên mục cải cách hành chính của Sóc Trăng, Sở Nội vụ thành phố Cần Thơ giữ nguyên các mục quen thuộc, tiếp tục nội dung tiếng Khmer và mở rộng sang toàn thành phố.',
        byline: BYLINE_SNV_CAN_THO.vi,
        body: body(
          h('Điều gì được giữ lại?'),
          'Toàn bộ tin, bài, mô hình, tài liệu đã đăng, cùng với địa bàn cũ của chúng. Một bài viết năm 2023 về Bộ phận một cửa thị xã Vĩnh Châu vẫn gắn với thị xã Vĩnh Châu, vì đó là nơi câu chuyện diễn ra.',
          h('Điều gì thay đổi?'),
          'Nội dung mới bao quát toàn thành phố Cần Thơ; các cơ quan của thành phố trở thành cơ quan sở hữu nội dung. Phần tiếng Khmer được giữ và mở rộng, vì đồng bào Khmer chiếm tỷ lệ đáng kể trong dân số thành phố mới.',
          h('Lời nhắn tới bạn đọc?'),
          quote('Chúng tôi vẫn ở đây để trả lời câu hỏi của bạn. Hãy gửi câu hỏi, góp ý qua chuyên mục; câu trả lời sẽ được công khai để nhiều người cùng biết.'),
        ),
      },
    },
  },
  {
    key: 'trung-tam-phuc-vu-hanh-chinh-cong-phuong',
    kind: 'feature',
    date: '2025-12-18T07:30:00+07:00',
    agency: 'ubnd-tp-can-tho',
    reformAreas: ['thu-tuc-hanh-chinh', 'tac-dong'],
    topics: ['mot-cua'],
    audiences: [DAN],
    localities: [CAN_THO],
    cover: picture('service-desk'),
    text: {
      vi: {
        title: 'Trung tâm Phục vụ hành chính công phường: "Không để người dân chờ lâu"',
        summary:
          'Sáu tháng sau khi vận hành chính quyền hai cấp, một Trung tâm Phục vụ hành chính công phường ở khu vực Sóc Trăng cũ mỗi ngày tiếp nhận gấp đôi số hồ sơ trước đây mà thời gian chờ vẫn được giữ dưới 20 phút.',
        byline: 'Văn phòng UBND thành phố Cần Thơ',
        body: body(
          'Bí quyết, theo cán bộ phụ trách, là phân luồng ngay từ cửa: đoàn viên thanh niên hỏi nhu cầu, hướng dẫn người có tài khoản định danh điện tử nộp trực tuyến tại khu tự phục vụ, người cần tư vấn thì lấy số vào quầy.',
          'Hồ sơ được số hóa khi tiếp nhận; kết quả được trả qua bưu chính nếu người dân yêu cầu. Mỗi tuần, Trung tâm họp rà soát các phiếu đánh giá chưa hài lòng và gọi điện phản hồi cho người dân.',
          'Mô hình đang được Sở Nội vụ thành phố tổng hợp để giới thiệu cho các xã, phường khác.',
        ),
      },
    },
  },
  {
    key: 'ke-hoach-tuyen-truyen-2026-can-tho',
    kind: 'news',
    date: '2026-02-05T15:00:00+07:00',
    agency: 'so-noi-vu-can-tho',
    reformAreas: ['chi-dao-dieu-hanh'],
    topics: ['de-an-2030', 'lan-toa-dvctt'],
    audiences: [CB],
    localities: [CAN_THO],
    cover: picture('documents'),
    text: {
      vi: {
        title: 'Cần Thơ ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026',
        summary:
          'Kế hoạch năm 2026 là kế hoạch đầu tiên xây dựng cho toàn thành phố sau hợp nhất, ưu tiên tuyên truyền ở cấp xã, phường và cho đồng bào Khmer.',
        byline: BYLINE_SNV_CAN_THO.vi,
        body: body(
          'Kế hoạch kế thừa các nhiệm vụ của Đề án tuyên truyền cải cách hành chính của tỉnh Sóc Trăng đến năm 2030 và mở rộng ra toàn thành phố: bồi dưỡng tuyên truyền viên cấp xã, duy trì chuyên mục, khảo sát mức độ am hiểu hằng năm.',
          h('Chỉ tiêu năm 2026'),
          ul(
            'Mỗi xã, phường có ít nhất một tuyên truyền viên được bồi dưỡng.',
            'Mỗi quý ít nhất một buổi tuyên truyền trực tiếp ở mỗi xã, phường.',
            'Tài liệu song ngữ Việt - Khmer cho các thủ tục thường gặp.',
            'Khảo sát mức độ am hiểu cải cách hành chính trong quý IV.',
          ),
        ),
      },
    },
  },
  {
    key: 'doi-thoai-doanh-nghiep-2026',
    kind: 'news',
    date: '2026-04-16T11:30:00+07:00',
    agency: 'ubnd-tp-can-tho',
    reformAreas: ['thu-tuc-hanh-chinh', 'the-che'],
    topics: ['doi-thoai-doanh-nghiep'],
    audiences: [DN],
    localities: [CAN_THO],
    cover: picture('dialogue'),
    gallery: [picture('meeting')],
    text: {
      vi: {
        title: 'Đối thoại với doanh nghiệp khu vực Sóc Trăng cũ: 41 kiến nghị được tiếp nhận',
        summary:
          'Ngày 14/4/2026, UBND thành phố Cần Thơ tổ chức hội nghị đối thoại với doanh nghiệp, hợp tác xã khu vực Sóc Trăng cũ; các sở, ngành trả lời tại chỗ phần lớn trong 41 kiến nghị.',
        byline: 'Văn phòng UBND thành phố Cần Thơ',
        body: body(
          'Doanh nghiệp nuôi trồng, chế biến thủy sản và sản xuất lúa gạo nêu nhiều vướng mắc về thủ tục đất đai, môi trường sau khi thẩm quyền chuyển từ cấp huyện cũ về các sở của thành phố.',
          'Lãnh đạo thành phố giao các sở rà soát, công bố lại quy trình nội bộ, thời hạn giải quyết; kiến nghị chưa trả lời tại chỗ được trả lời bằng văn bản trong 15 ngày và công khai trên chuyên mục cải cách hành chính.',
          'Hội nghị đối thoại với doanh nghiệp tiếp tục được tổ chức định kỳ ở từng khu vực của thành phố.',
        ),
      },
      en: {
        title: 'Dialogue with businesses of the former Sóc Trăng province: 41 questions received',
        summary:
          "On 14 April 2026 the Cần Thơ City People's Committee met businesses and cooperatives from the former Sóc Trăng province; departments answered most of the 41 questions on the spot.",
        byline: "Office of the Cần Thơ City People's Committee",
        body: body(
          "Shrimp farmers, seafood processors and rice producers raised problems with land and environment procedures now that powers have moved from the old districts to the city's departments.",
          'City leaders told departments to review and republish their internal procedures and deadlines; questions not answered on the day will get a written answer within 15 days, published on the reform web section.',
          'Business dialogues will continue regularly in each part of the city.',
        ),
      },
    },
  },
  {
    key: 'infographic-dvctt-6-thang-2026',
    kind: 'infographic',
    date: '2026-07-08T08:00:00+07:00',
    agency: 'so-noi-vu-can-tho',
    reformAreas: ['chinh-phu-so', 'tac-dong'],
    topics: ['lan-toa-dvctt', 'chuyen-doi-so'],
    audiences: [DAN, DN, CB],
    localities: [CAN_THO],
    cover: picture('chart'),
    text: {
      vi: {
        title: 'Infographic: Dịch vụ công trực tuyến 6 tháng đầu năm 2026',
        summary:
          'Sáu tháng đầu năm 2026, hơn sáu trên mười hồ sơ thủ tục hành chính ở các xã, phường của thành phố được nộp trực tuyến; thanh toán trực tuyến và số hóa hồ sơ tiếp tục tăng.',
        byline: BYLINE_SNV_CAN_THO.vi,
        body: body(
          h('Những con số chính'),
          ul(
            'Khoảng 63% hồ sơ cấp xã, phường nộp trực tuyến.',
            'Khoảng 48% hồ sơ có phí, lệ phí được thanh toán trực tuyến.',
            'Gần 90% hồ sơ được số hóa khi tiếp nhận.',
            'Khoảng 97% hồ sơ giải quyết đúng và trước hạn.',
          ),
          'Số liệu tổng hợp từ hệ thống thông tin giải quyết thủ tục hành chính của thành phố, làm tròn để dễ theo dõi (số liệu minh họa của chuyên mục).',
        ),
      },
      km: {
        title: 'ព័ត៌មានក្រាហ្វិក៖ សេវាសាធារណៈតាមអនឡាញ ៦ ខែដើមឆ្នាំ ២០២៦',
        summary:
          'ក្នុងរយៈពេល ៦ ខែដើមឆ្នាំ ២០២៦ ឯកសារនីតិវិធីរដ្ឋបាលជាងប្រាំមួយក្នុងចំណោមដប់ នៅតាមឃុំ សង្កាត់នៃទីក្រុង ត្រូវបានដាក់តាមអនឡាញ ហើយការបង់ប្រាក់តាមអនឡាញ និងការធ្វើឌីជីថលូបនីយកម្មឯកសារ បន្តកើនឡើង។',
        byline: BYLINE_SNV_CAN_THO.km,
        body: body(
          h('តួលេខសំខាន់ៗ'),
          ul(
            'ប្រហែល ៦៣% នៃឯកសារថ្នាក់ឃុំ សង្កាត់ ត្រូវបានដាក់តាមអនឡាញ។',
            'ប្រហែល ៤៨% នៃឯកសារដែលមានកម្រៃ ត្រូវបានបង់ប្រាក់តាមអនឡាញ។',
            'ជិត ៩០% នៃឯកសារត្រូវបានធ្វើឌីជីថលូបនីយកម្មនៅពេលទទួល។',
            'ប្រហែល ៩៧% នៃឯកសារត្រូវបានដោះស្រាយទាន់ពេល ឬមុនកាលកំណត់។',
          ),
          'តួលេខប្រមូលពីប្រព័ន្ធព័ត៌មានដោះស្រាយនីតិវិធីរដ្ឋបាលរបស់ទីក្រុង ហើយបានបង្គត់ដើម្បីងាយស្រួលតាមដាន (តួលេខគំរូនៃទំព័រព័ត៌មាន)។',
        ),
      },
      en: {
        title: 'Infographic: online public services in the first half of 2026',
        summary:
          "In the first six months of 2026 more than six in ten applications at the city's communes and wards were filed online; online payment and digitised files kept rising.",
        byline: BYLINE_SNV_CAN_THO.en,
        body: body(
          h('Key figures'),
          ul(
            'About 63% of commune and ward applications filed online.',
            'About 48% of fee-paying applications paid online.',
            'Nearly 90% of files digitised on receipt.',
            'About 97% of files settled on time or early.',
          ),
          "Figures from the city's administrative procedure system, rounded for readability (illustrative figures of the section).",
        ),
      },
    },
  },
  {
    key: 'hoi-thi-tim-hieu-cchc-truc-tuyen-2026',
    kind: 'news',
    date: '2026-09-17T16:00:00+07:00',
    agency: 'so-noi-vu-can-tho',
    reformAreas: ['chi-dao-dieu-hanh'],
    topics: ['de-an-2030'],
    audiences: [CB, DAN, HSSV],
    localities: [CAN_THO],
    cover: picture('phone'),
    text: {
      vi: {
        title: 'Hội thi tìm hiểu cải cách hành chính trực tuyến 2026: hơn 12.000 lượt thi',
        summary:
          'Sau sáu tuần, Hội thi tìm hiểu cải cách hành chính trực tuyến của thành phố Cần Thơ thu hút hơn 12.000 lượt thi, trong đó gần một phần ba là học sinh, sinh viên.',
        byline: BYLINE_SNV_CAN_THO.vi,
        body: body(
          'Mỗi tuần, người dự thi trả lời 20 câu hỏi trắc nghiệm về Chương trình tổng thể cải cách hành chính, chính quyền địa phương hai cấp, dịch vụ công trực tuyến và dự đoán số người trả lời đúng. Đề thi có bản tiếng Khmer.',
          'Ban tổ chức trao giải tuần và giải chung cuộc cho cá nhân, giải tập thể cho xã, phường và trường có nhiều người tham gia. Kết quả tổng hợp được dùng làm một nguồn tham khảo khi đánh giá mức độ am hiểu cải cách hành chính năm 2026.',
          'Hội thi trực tuyến là cách tiếp cận mới, rẻ và lan tỏa rộng, được đề xuất duy trì hằng năm đến năm 2030.',
        ),
      },
      en: {
        title: 'Online administrative reform contest 2026: more than 12,000 entries',
        summary:
          "Over six weeks Cần Thơ's online administrative reform contest drew more than 12,000 entries, nearly a third of them from pupils and students.",
        byline: BYLINE_SNV_CAN_THO.en,
        body: body(
          'Each week entrants answered 20 multiple-choice questions on the master reform programme, two-tier local government and online public services, and guessed how many would answer correctly. The questions were also in Khmer.',
          'Weekly and overall prizes went to individuals, with group prizes for the communes, wards and schools with most entrants. The results feed into the 2026 assessment of how well people understand the reform.',
          'The online contest is cheap, reaches far and is proposed as a yearly event until 2030.',
        ),
      },
    },
  },
  {
    key: 'video-khai-sinh-truc-tuyen-3-phut',
    kind: 'video',
    date: '2026-11-12T19:00:00+07:00',
    agency: 'so-noi-vu-can-tho',
    reformAreas: ['thu-tuc-hanh-chinh', 'chinh-phu-so'],
    topics: ['lan-toa-dvctt'],
    audiences: [DAN],
    localities: [CAN_THO],
    cover: picture('phone'),
    attachments: [
      {
        source: { pdf: 'demo-kich-ban-video-lan-toa-dvctt' },
        title: { vi: 'Kịch bản video (PDF)' },
        description: { vi: 'Lời bình và các cảnh của video hướng dẫn.' },
      },
    ],
    text: {
      vi: {
        title: 'Video: Đăng ký khai sinh trực tuyến trong 3 phút',
        summary:
          'Video hướng dẫn từng bước đăng ký khai sinh, đăng ký thường trú và cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi trên điện thoại, thuộc Chương trình "Lan tỏa dịch vụ công trực tuyến".',
        byline: 'Trung tâm truyền thông - Sở Nội vụ thành phố Cần Thơ',
        body: body(
          'Nhân vật của video là chị Lan, chủ một tiệm tạp hóa, cần làm giấy khai sinh cho con nhưng không thể đóng cửa tiệm cả buổi. Chỉ với điện thoại và tài khoản VNeID, chị hoàn thành hồ sơ trong vài phút.',
          ol(
            'Đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản VNeID.',
            'Chọn nhóm thủ tục liên thông khai sinh - thường trú - bảo hiểm y tế.',
            'Chụp giấy chứng sinh, điền tờ khai.',
            'Theo dõi hồ sơ, nhận kết quả điện tử và bản giấy qua bưu điện.',
          ),
          'Video được phát trên chuyên mục, Zalo của các xã, phường và màn hình tại Trung tâm Phục vụ hành chính công.',
        ),
      },
    },
  },
  {
    key: 'du-thao-ket-qua-khao-sat-2026',
    kind: 'news',
    date: '2026-11-24T10:00:00+07:00',
    agency: 'so-noi-vu-can-tho',
    reformAreas: ['chi-dao-dieu-hanh', 'tac-dong'],
    topics: ['par-index-sipas', 'de-an-2030'],
    audiences: [CB, DAN],
    localities: [CAN_THO],
    // Still in review: never published, so it must stay out of every public listing and API.
    draft: true,
    cover: picture('chart'),
    text: {
      vi: {
        title: 'Kết quả khảo sát mức độ am hiểu cải cách hành chính năm 2026 (bản chờ duyệt)',
        summary:
          'Bản thảo đang chờ lãnh đạo Sở duyệt: số liệu sơ bộ về mức độ am hiểu cải cách hành chính của cán bộ, công chức, viên chức và người dân thành phố năm 2026.',
        byline: BYLINE_SNV_CAN_THO.vi,
        body: body(
          'Số liệu sơ bộ đang được đối chiếu với kết quả điều tra xã hội học của Chỉ số cải cách hành chính; không trích dẫn trước khi công bố chính thức.',
          'Biên tập viên: bổ sung biểu đồ so sánh với năm 2024 và ý kiến của lãnh đạo Sở trước khi gửi duyệt.',
        ),
      },
    },
  },
];
