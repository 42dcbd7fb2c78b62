/** Articles from the approval of the scheme (mid-2022) to the end of 2023: Sóc Trăng province. */
import type { ArticleSeed } from '../types';
import { body, h, quote, ul } from './blocks';
import { AUDIO } from './files';
import { picture } from './pictures';
import { BYLINE_SNV, CB, DAN, DN, HSSV, SOC_TRANG } from './tags';

export const ARTICLES_2022_2023: readonly ArticleSeed[] = [
  {
    key: 'phe-duyet-de-an-2030',
    kind: 'news',
    date: '2022-07-15T09:00:00+07:00',
    agency: 'so-noi-vu',
    reformAreas: ['chi-dao-dieu-hanh'],
    topics: ['de-an-2030'],
    audiences: [CB, DAN],
    localities: [SOC_TRANG],
    cover: picture('documents'),
    attachments: [],
    text: {
      vi: {
        title: 'UBND tỉnh phê duyệt Đề án tuyên truyền cải cách hành chính đến năm 2030',
        summary:
          'Ngày 30/6/2022, UBND tỉnh ban hành Quyết định số 1738/QĐ-UBND phê duyệt Đề án tuyên truyền cải cách hành chính tỉnh Sóc Trăng đến năm 2030, với mục tiêu 100% cán bộ, công chức, viên chức và 95% người dân, tổ chức được khảo sát hiểu rõ về cải cách hành chính.',
        byline: BYLINE_SNV.vi,
        body: body(
          'Đề án được xây dựng trên cơ sở Nghị quyết số 76/NQ-CP của Chính phủ về Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 và Kế hoạch số 163/KH-UBND của UBND tỉnh. Theo đánh giá khi xây dựng Đề án, công tác tuyên truyền thời gian qua đã góp phần giữ tỷ lệ hài lòng của người dân, tổ chức trên 80% mỗi năm, nhưng vẫn còn gần 10% cán bộ, công chức, viên chức chưa được đánh giá tốt về mức độ am hiểu kiến thức cải cách hành chính (khảo sát Chỉ số CCHC năm 2021).',
          'Đề án đặt ra bảy nhiệm vụ thường xuyên: tập huấn tuyên truyền viên; xây dựng Chương trình "Lan tỏa dịch vụ công trực tuyến"; chia sẻ kiến thức, kinh nghiệm; duy trì chuyên trang, chuyên mục cải cách hành chính; khảo sát ý kiến người dân, tổ chức, doanh nghiệp; sơ kết vào năm 2025 và tổng kết vào năm 2030.',
          'Sở Nội vụ là cơ quan đầu mối, phối hợp với Sở Thông tin và Truyền thông, Sở Văn hóa, Thể thao và Du lịch, các sở, ngành, Ủy ban MTTQ Việt Nam tỉnh, Báo Sóc Trăng, Đài Phát thanh - Truyền hình Sóc Trăng và UBND các huyện, thị xã, thành phố triển khai thực hiện.',
        ),
      },
      km: {
        title: 'គណៈកម្មាធិការប្រជាជនខេត្តអនុម័តគម្រោងផ្សព្វផ្សាយកំណែទម្រង់រដ្ឋបាលដល់ឆ្នាំ ២០៣០',
        summary:
          'នៅថ្ងៃទី ៣០ ខែមិថុនា ឆ្នាំ ២០២២ គណៈកម្មាធិការប្រជាជនខេត្តបានចេញសេចក្តីសម្រេចលេខ ១៧៣៨/QĐ-UBND អនុម័តគម្រោងផ្សព្វផ្សាយកំណែទម្រង់រដ្ឋបាលខេត្តសុកត្រាំងដល់ឆ្នាំ ២០៣០ ដោយមានគោលដៅឱ្យកម្មាភិបាល មន្ត្រីរាជការ និងបុគ្គលិកសាធារណៈ ១០០% និងប្រជាជន អង្គការ ៩៥% ដែលត្រូវបានស្ទង់មតិ យល់ច្បាស់អំពីកំណែទម្រង់រដ្ឋបាល។',
        byline: BYLINE_SNV.km,
        body: body(
          'គម្រោងនេះត្រូវបានរៀបចំឡើងដោយផ្អែកលើសេចក្តីសម្រេចលេខ ៧៦/NQ-CP របស់រដ្ឋាភិបាលស្តីពីកម្មវិធីរួមកំណែទម្រង់រដ្ឋបាលរដ្ឋ ដំណាក់កាល ២០២១-២០៣០ និងផែនការលេខ ១៦៣/KH-UBND របស់គណៈកម្មាធិការប្រជាជនខេត្ត។ ការផ្សព្វផ្សាយកន្លងមកបានរួមចំណែករក្សាអត្រាការពេញចិត្តរបស់ប្រជាជន និងអង្គការលើសពី ៨០% ជារៀងរាល់ឆ្នាំ ប៉ុន្តែនៅមានកម្មាភិបាល មន្ត្រីរាជការ និងបុគ្គលិកសាធារណៈជិត ១០% ដែលមិនទាន់ត្រូវបានវាយតម្លៃល្អលើកម្រិតយល់ដឹងអំពីកំណែទម្រង់រដ្ឋបាល (ការស្ទង់មតិសន្ទស្សន៍កំណែទម្រង់រដ្ឋបាលឆ្នាំ ២០២១)។',
          'គម្រោងកំណត់ភារកិច្ចប្រចាំចំនួនប្រាំពីរ៖ បណ្តុះបណ្តាលអ្នកផ្សព្វផ្សាយ កសាងកម្មវិធី «ផ្សព្វផ្សាយសេវាសាធារណៈតាមអនឡាញ» ចែករំលែកចំណេះដឹង និងបទពិសោធន៍ រក្សាទំព័រព័ត៌មានកំណែទម្រង់រដ្ឋបាល ស្ទង់មតិប្រជាជន អង្គការ និងសហគ្រាស បូកសរុបពាក់កណ្តាលអាណត្តិនៅឆ្នាំ ២០២៥ និងបូកសរុបចុងក្រោយនៅឆ្នាំ ២០៣០។',
          'មន្ទីរកិច្ចការផ្ទៃក្នុងជាស្ថាប័នបង្គោល សហការជាមួយមន្ទីរព័ត៌មាន និងទំនាក់ទំនង មន្ទីរវប្បធម៌ កីឡា និងទេសចរណ៍ មន្ទីរ អង្គភាពនានា គណៈកម្មាធិការរណសិរ្សមាតុភូមិវៀតណាមខេត្ត កាសែតសុកត្រាំង ស្ថានីយ៍វិទ្យុ និងទូរទស្សន៍សុកត្រាំង និងគណៈកម្មាធិការប្រជាជនស្រុក ទីរួមខេត្ត និងក្រុង ដើម្បីអនុវត្តគម្រោងនេះ។',
        ),
      },
      en: {
        title: 'Province approves its administrative reform communication scheme to 2030',
        summary:
          "On 30 June 2022 the Provincial People's Committee issued Decision 1738/QĐ-UBND approving Sóc Trăng's scheme for communicating administrative reform to 2030. Its targets: 100% of officials and 95% of the citizens and organisations surveyed understand what the reform is for.",
        byline: BYLINE_SNV.en,
        body: body(
          "The scheme builds on Government Resolution 76/NQ-CP on the master programme for state administrative reform 2021–2030 and on the Provincial People's Committee's Plan 163/KH-UBND. Communication so far had helped keep the satisfaction of citizens and organisations above 80% a year, yet the 2021 PAR index survey still rated nearly 10% of officials poorly on their grasp of the reform.",
          'The scheme sets seven standing tasks: training communicators; a programme to spread online public services; sharing knowledge and experience; keeping up the reform web section; surveying citizens, organisations and businesses; a mid-term review in 2025 and a final review in 2030.',
          "The Department of Home Affairs leads, working with the departments of Information and Communications and of Culture, Sports and Tourism, the other departments, the provincial Fatherland Front, Sóc Trăng Newspaper, Sóc Trăng Radio and Television and the district, town and city People's Committees.",
        ),
      },
    },
  },
  {
    key: 'huong-dan-ke-hoach-tuyen-truyen',
    kind: 'news',
    date: '2022-08-24T14:30:00+07:00',
    agency: 'so-noi-vu',
    reformAreas: ['chi-dao-dieu-hanh'],
    topics: ['de-an-2030', 'tuyen-truyen-vien'],
    audiences: [CB],
    localities: [SOC_TRANG],
    cover: picture('meeting'),
    text: {
      vi: {
        title: 'Sở Nội vụ hướng dẫn các cơ quan xây dựng kế hoạch tuyên truyền CCHC hằng năm',
        summary:
          'Để Đề án tuyên truyền cải cách hành chính đi vào thực chất, Sở Nội vụ đề nghị mỗi sở, ngành, địa phương ban hành kế hoạch riêng, chỉ rõ nội dung trọng tâm, đối tượng, hình thức và người chịu trách nhiệm.',
        byline: BYLINE_SNV.vi,
        body: body(
          'Theo văn bản hướng dẫn, kế hoạch tuyên truyền của từng cơ quan phải gắn với kế hoạch cải cách hành chính của chính cơ quan đó, không sao chép kế hoạch của tỉnh. Mỗi hoạt động cần nêu rõ sản phẩm đầu ra: số tin, bài, số buổi tuyên truyền, số người tham dự, số ý kiến phản hồi được ghi nhận.',
          'Sở Nội vụ lưu ý các địa phương có đông đồng bào Khmer như thị xã Vĩnh Châu, huyện Trần Đề, Mỹ Xuyên, Thạnh Trị bố trí tài liệu song ngữ và phối hợp với các chùa Khmer, người có uy tín trong ấp, sóc để thông tin đến được với bà con.',
          h('Nội dung trọng tâm năm 2022 - 2023'),
          ul(
            'Dịch vụ công trực tuyến và thanh toán trực tuyến.',
            'Kết quả Chỉ số CCHC (PAR INDEX) và Chỉ số hài lòng (SIPAS) của tỉnh.',
            'Trách nhiệm người đứng đầu và đạo đức công vụ.',
            'Mô hình hay ở Bộ phận một cửa các cấp.',
          ),
          'Kết quả thực hiện kế hoạch được báo cáo định kỳ hằng quý, 6 tháng và năm, cùng với báo cáo công tác cải cách hành chính, gửi về Sở Nội vụ để tổng hợp.',
        ),
      },
    },
  },
  {
    key: 'mot-cua-ke-sach-phuc-vu',
    kind: 'feature',
    date: '2022-09-20T07:30:00+07:00',
    agency: 'bao-soc-trang',
    reformAreas: ['thu-tuc-hanh-chinh', 'cong-vu'],
    topics: ['mot-cua'],
    audiences: [DAN, CB],
    localities: ['943'],
    cover: picture('service-desk'),
    text: {
      vi: {
        title: 'Bộ phận một cửa huyện Kế Sách: từ "xin - cho" đến "phục vụ"',
        summary:
          'Bảng niêm yết thủ tục rõ ràng, ghế chờ đủ chỗ, công chức chủ động hướng dẫn: những đổi thay nhỏ ở Bộ phận một cửa huyện Kế Sách khiến người dân thấy việc đi làm giấy tờ không còn là nỗi ngại.',
        byline: 'Hoàng Yến - Báo Sóc Trăng',
        body: body(
          'Chín giờ sáng, ông Nguyễn Văn Tám ở xã Phong Nẫm ngồi chờ lấy kết quả chuyển mục đích sử dụng đất. "Hồi trước phải hỏi mấy lượt mới biết nộp thiếu giấy gì. Giờ cán bộ đưa tờ hướng dẫn ghi rõ từng thứ, hẹn ngày là có", ông kể.',
          'Theo lãnh đạo Văn phòng HĐND và UBND huyện, từ đầu năm 2022, toàn bộ hồ sơ được tiếp nhận qua hệ thống một cửa điện tử, người dân có thể tra cứu tiến độ bằng mã hồ sơ. Hồ sơ trễ hạn phải có văn bản xin lỗi gửi người dân và nêu rõ lý do.',
          quote('Người dân đến đây là để được phục vụ, không phải để xin. Công chức nào để người dân đi lại nhiều lần thì phải giải trình.'),
          'Huyện cũng bố trí một công chức trực hướng dẫn dịch vụ công trực tuyến ngay tại sảnh, giúp người dân tạo tài khoản và nộp hồ sơ thử trên điện thoại của chính mình.',
        ),
      },
      en: {
        title: 'Kế Sách one-stop counter: from "asking for favours" to "being served"',
        summary:
          'Clear lists of procedures, enough seats, officials who explain before being asked: small changes at the Kế Sách district one-stop counter have taken the dread out of paperwork.',
        byline: 'Hoàng Yến, Sóc Trăng Newspaper',
        body: body(
          'At nine in the morning Mr Nguyễn Văn Tám from Phong Nẫm commune waits for a land-use change decision. "It used to take several trips just to learn which paper was missing. Now they hand you a sheet listing everything, give you a date, and it is ready," he says.',
          "According to the district office, since early 2022 every file has gone through the electronic one-stop system and people can follow their file with its code. A late file means a written apology to the applicant, giving the reason.",
          quote('People come here to be served, not to ask for favours. An official who makes someone come back again and again has to explain why.'),
          'The district also keeps an official in the lobby to help people create accounts and submit a first online application on their own phones.',
        ),
      },
    },
  },
  {
    key: 'khoi-dong-lan-toa-dvctt',
    kind: 'news',
    date: '2022-10-18T10:00:00+07:00',
    agency: 'so-tttt',
    reformAreas: ['chinh-phu-so', 'thu-tuc-hanh-chinh'],
    topics: ['lan-toa-dvctt', 'chuyen-doi-so'],
    audiences: [DAN, DN],
    localities: [SOC_TRANG],
    cover: picture('phone'),
    text: {
      vi: {
        title: 'Khởi động Chương trình "Lan tỏa dịch vụ công trực tuyến"',
        summary:
          'Sở Thông tin và Truyền thông phối hợp Sở Nội vụ triển khai Chương trình "Lan tỏa dịch vụ công trực tuyến", nhiệm vụ thứ hai của Đề án tuyên truyền CCHC, đưa hướng dẫn nộp hồ sơ trực tuyến đến từng ấp, khóm.',
        byline: 'Trung tâm Công nghệ thông tin và Truyền thông',
        body: body(
          'Chương trình tập trung vào những thủ tục người dân làm nhiều nhất: đăng ký khai sinh, đăng ký thường trú, chứng thực, cấp phiếu lý lịch tư pháp, đăng ký hộ kinh doanh. Mỗi thủ tục có một video ngắn và một tờ hướng dẫn các bước, phát trên Zalo, trang thông tin điện tử và loa truyền thanh cơ sở.',
          'Tổ công nghệ số cộng đồng ở các ấp, khóm, cùng đoàn viên thanh niên, được giao hướng dẫn trực tiếp trên điện thoại của người dân. Bộ phận một cửa cấp xã bố trí máy tính để người dân tự nộp hồ sơ với sự hỗ trợ của công chức.',
          'Kết quả của Chương trình được đo bằng tỷ lệ hồ sơ nộp trực tuyến của từng địa phương, báo cáo hằng quý về Sở Nội vụ để đưa vào đánh giá Chỉ số cải cách hành chính.',
        ),
      },
      km: {
        title: 'ចាប់ផ្តើមកម្មវិធី «ផ្សព្វផ្សាយសេវាសាធារណៈតាមអនឡាញ»',
        summary:
          'មន្ទីរព័ត៌មាន និងទំនាក់ទំនង សហការជាមួយមន្ទីរកិច្ចការផ្ទៃក្នុង ដាក់ឱ្យអនុវត្តកម្មវិធី «ផ្សព្វផ្សាយសេវាសាធារណៈតាមអនឡាញ» ដែលជាភារកិច្ចទីពីរនៃគម្រោងផ្សព្វផ្សាយកំណែទម្រង់រដ្ឋបាល ដើម្បីនាំការណែនាំអំពីការដាក់ឯកសារតាមអនឡាញទៅដល់ភូមិ និងសង្កាត់នីមួយៗ។',
        byline: 'មជ្ឈមណ្ឌលបច្ចេកវិទ្យាព័ត៌មាន និងទំនាក់ទំនង',
        body: body(
          'កម្មវិធីផ្តោតលើនីតិវិធីដែលប្រជាជនធ្វើញឹកញាប់បំផុត៖ ការចុះបញ្ជីកំណើត ការចុះបញ្ជីស្នាក់នៅអចិន្ត្រៃយ៍ ការបញ្ជាក់ឯកសារ ការស្នើសុំលិខិតប្រវត្តិតុលាការ និងការចុះបញ្ជីអាជីវកម្មគ្រួសារ។ នីតិវិធីនីមួយៗមានវីដេអូខ្លីមួយ និងសន្លឹកណែនាំជំហាន ដែលផ្សាយតាម Zalo គេហទំព័រ និងវិទ្យុមូលដ្ឋាន។',
          'ក្រុមបច្ចេកវិទ្យាឌីជីថលសហគមន៍នៅតាមភូមិ និងសមាជិកយុវជន ត្រូវបានចាត់តាំងឱ្យណែនាំដោយផ្ទាល់នៅលើទូរស័ព្ទរបស់ប្រជាជន។ ផ្នែកច្រកចេញចូលតែមួយថ្នាក់ឃុំរៀបចំកុំព្យូទ័រ ដើម្បីឱ្យប្រជាជនដាក់ឯកសារដោយខ្លួនឯង ដោយមានជំនួយពីមន្ត្រី។',
          'លទ្ធផលនៃកម្មវិធីត្រូវបានវាស់វែងតាមអត្រាឯកសារដែលដាក់តាមអនឡាញរបស់មូលដ្ឋាននីមួយៗ ហើយរាយការណ៍ជារៀងរាល់ត្រីមាសទៅមន្ទីរកិច្ចការផ្ទៃក្នុង ដើម្បីបញ្ចូលក្នុងការវាយតម្លៃសន្ទស្សន៍កំណែទម្រង់រដ្ឋបាល។',
        ),
      },
      en: {
        title: 'The "Spreading online public services" programme begins',
        summary:
          'The Department of Information and Communications and the Department of Home Affairs launch the programme to spread online public services, the second task of the reform communication scheme, taking step-by-step help to every hamlet and neighbourhood.',
        byline: 'Information and Communications Technology Centre',
        body: body(
          'The programme starts with the procedures people use most: birth registration, permanent residence, certified copies, criminal record certificates and household business registration. Each has a short video and a step-by-step sheet, shared on Zalo, websites and the commune loudspeakers.',
          "Community digital technology teams in the hamlets, with Youth Union members, help people directly on their own phones. Commune one-stop counters set up computers where people can apply themselves with an official's help.",
          "Success is measured by each locality's share of applications filed online, reported quarterly to the Department of Home Affairs and counted in the PAR index assessment.",
        ),
      },
    },
  },
  {
    key: 'ban-tin-khmer-so-dau-tien',
    kind: 'audio',
    date: '2022-11-10T18:00:00+07:00',
    agency: 'dai-ptth-soc-trang',
    reformAreas: ['thu-tuc-hanh-chinh'],
    topics: ['lan-toa-dvctt'],
    audiences: [DAN],
    localities: [SOC_TRANG, '950', '951'],
    cover: picture('radio'),
    audio: AUDIO.khmerBulletinTune,
    text: {
      vi: {
        title: 'Lên sóng bản tin phát thanh cải cách hành chính bằng tiếng Khmer',
        summary:
          'Từ tháng 11/2022, Đài Phát thanh - Truyền hình Sóc Trăng phát bản tin cải cách hành chính bằng tiếng Khmer vào tối thứ Năm hằng tuần, giúp đồng bào Khmer nắm thông tin về thủ tục và dịch vụ công.',
        byline: 'Ban Thời sự tiếng Khmer - Đài PT-TH Sóc Trăng',
        body: body(
          'Mỗi bản tin dài 10 phút, gồm tin tức cải cách hành chính trong tỉnh, một thủ tục hành chính được giải thích cụ thể và phần giải đáp câu hỏi của thính giả gửi qua điện thoại, Zalo.',
          'Số đầu tiên hướng dẫn thủ tục đăng ký khai sinh, đăng ký thường trú và cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi, và giới thiệu tổ công nghệ số cộng đồng ở các ấp, sóc.',
          'Bản tin được phát lại trên hệ thống truyền thanh cơ sở ở các xã có đông đồng bào Khmer và đăng tải trên chuyên mục cải cách hành chính để người nghe có thể nghe lại bất cứ lúc nào.',
        ),
      },
      km: {
        title: 'ចាប់ផ្តើមផ្សាយព្រឹត្តិបត្រវិទ្យុកំណែទម្រង់រដ្ឋបាលជាភាសាខ្មែរ',
        summary:
          'ចាប់ពីខែវិច្ឆិកា ឆ្នាំ ២០២២ ស្ថានីយ៍វិទ្យុ និងទូរទស្សន៍សុកត្រាំងផ្សាយព្រឹត្តិបត្រកំណែទម្រង់រដ្ឋបាលជាភាសាខ្មែរ រៀងរាល់យប់ថ្ងៃព្រហស្បតិ៍ ដើម្បីជួយបងប្អូនខ្មែរឱ្យយល់ដឹងអំពីនីតិវិធី និងសេវាសាធារណៈ។',
        byline: 'ផ្នែកព័ត៌មានភាសាខ្មែរ - ស្ថានីយ៍វិទ្យុ និងទូរទស្សន៍សុកត្រាំង',
        body: body(
          'ព្រឹត្តិបត្រនីមួយៗមានរយៈពេល ១០ នាទី រួមមានព័ត៌មានកំណែទម្រង់រដ្ឋបាលក្នុងខេត្ត ការពន្យល់លម្អិតអំពីនីតិវិធីរដ្ឋបាលមួយ និងការឆ្លើយសំណួររបស់អ្នកស្តាប់ដែលផ្ញើមកតាមទូរស័ព្ទ និង Zalo។',
          'លេខដំបូងណែនាំអំពីនីតិវិធីចុះបញ្ជីកំណើត ការចុះបញ្ជីស្នាក់នៅអចិន្ត្រៃយ៍ និងការចេញប័ណ្ណធានារ៉ាប់រងសុខភាពសម្រាប់កុមារអាយុក្រោម ៦ ឆ្នាំ ព្រមទាំងណែនាំក្រុមបច្ចេកវិទ្យាឌីជីថលសហគមន៍នៅតាមភូមិ និងស្រុក។',
          'ព្រឹត្តិបត្រត្រូវបានចាក់ផ្សាយឡើងវិញតាមប្រព័ន្ធវិទ្យុមូលដ្ឋាននៅតាមឃុំដែលមានបងប្អូនខ្មែររស់នៅច្រើន ហើយដាក់បង្ហោះនៅលើទំព័រព័ត៌មានកំណែទម្រង់រដ្ឋបាល ដើម្បីឱ្យអ្នកស្តាប់អាចស្តាប់ឡើងវិញបានគ្រប់ពេល។',
        ),
      },
      en: {
        title: 'Administrative reform radio bulletin in Khmer goes on air',
        summary:
          'From November 2022 Sóc Trăng Radio and Television airs an administrative reform bulletin in Khmer every Thursday evening, so that Khmer listeners learn about procedures and public services.',
        byline: 'Khmer News Desk, Sóc Trăng Radio and Television',
        body: body(
          "Each ten-minute bulletin brings reform news from the province, one administrative procedure explained in detail, and answers to listeners' questions sent by phone or Zalo.",
          'The first edition explained birth registration, permanent residence registration and health insurance cards for children under six, and introduced the community digital technology teams in the hamlets.',
          'The bulletin is replayed on the commune loudspeaker systems where many Khmer people live and posted on the reform web section, so listeners can hear it again at any time.',
        ),
      },
    },
  },
  {
    key: 'boi-duong-tuyen-truyen-vien-2022',
    kind: 'news',
    date: '2022-12-08T16:00:00+07:00',
    agency: 'so-noi-vu',
    reformAreas: ['chi-dao-dieu-hanh', 'cong-vu'],
    topics: ['tuyen-truyen-vien', 'de-an-2030'],
    audiences: [CB],
    localities: [SOC_TRANG],
    cover: picture('classroom'),
    gallery: [picture('meeting'), picture('documents')],
    text: {
      vi: {
        title: '120 tuyên truyền viên được bồi dưỡng kiến thức, kỹ năng tuyên truyền CCHC',
        summary:
          'Trong hai ngày 6 - 7/12/2022, Sở Nội vụ phối hợp Trường Chính trị tỉnh mở lớp bồi dưỡng cho 120 công chức, viên chức làm tuyên truyền viên cải cách hành chính của các sở, ngành, huyện, thị xã, thành phố.',
        byline: BYLINE_SNV.vi,
        body: body(
          'Học viên được giới thiệu Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030, Đề án tuyên truyền CCHC của tỉnh và cách xây dựng kế hoạch tuyên truyền của cơ quan, đơn vị.',
          'Phần thực hành chiếm nửa thời lượng: mỗi nhóm chọn một thủ tục hành chính thường gặp và chuẩn bị một buổi tuyên truyền 10 phút cho người dân ấp, khóm. Nhiều nhóm chọn hình thức hỏi - đáp, tiểu phẩm ngắn và hướng dẫn trực tiếp trên điện thoại.',
          'Kết thúc lớp học, mỗi học viên nhận bộ tài liệu gồm sổ tay tuyên truyền viên, bài giảng và tờ rơi mẫu để sử dụng tại đơn vị.',
        ),
      },
      km: {
        title: 'អ្នកផ្សព្វផ្សាយ ១២០ នាក់ទទួលបានការបណ្តុះបណ្តាលចំណេះដឹង និងជំនាញផ្សព្វផ្សាយកំណែទម្រង់រដ្ឋបាល',
        summary:
          'ក្នុងរយៈពេលពីរថ្ងៃ គឺថ្ងៃទី ៦ ដល់ទី ៧ ខែធ្នូ ឆ្នាំ ២០២២ មន្ទីរកិច្ចការផ្ទៃក្នុងសហការជាមួយសាលានយោបាយខេត្ត បើកវគ្គបណ្តុះបណ្តាលសម្រាប់មន្ត្រីរាជការ និងបុគ្គលិកសាធារណៈ ១២០ នាក់ ដែលជាអ្នកផ្សព្វផ្សាយកំណែទម្រង់រដ្ឋបាលនៃមន្ទីរ អង្គភាព ស្រុក ទីរួមខេត្ត និងក្រុង។',
        byline: BYLINE_SNV.km,
        body: body(
          'សិក្ខាកាមត្រូវបានណែនាំអំពីកម្មវិធីរួមកំណែទម្រង់រដ្ឋបាលរដ្ឋ ដំណាក់កាល ២០២១-២០៣០ គម្រោងផ្សព្វផ្សាយកំណែទម្រង់រដ្ឋបាលរបស់ខេត្ត និងវិធីរៀបចំផែនការផ្សព្វផ្សាយរបស់ស្ថាប័ន។',
          'ការអនុវត្តជាក់ស្តែងមានរយៈពេលពាក់កណ្តាលនៃវគ្គ៖ ក្រុមនីមួយៗជ្រើសរើសនីតិវិធីរដ្ឋបាលមួយដែលជួបញឹកញាប់ ហើយរៀបចំការផ្សព្វផ្សាយរយៈពេល ១០ នាទីសម្រាប់ប្រជាជននៅភូមិ។ ក្រុមជាច្រើនបានជ្រើសរើសទម្រង់សំណួរ-ចម្លើយ ល្ខោនខ្លី និងការណែនាំដោយផ្ទាល់នៅលើទូរស័ព្ទ។',
          'នៅចុងវគ្គ សិក្ខាកាមម្នាក់ៗបានទទួលឯកសាររួមមានសៀវភៅណែនាំអ្នកផ្សព្វផ្សាយ មេរៀន និងខិត្តប័ណ្ណគំរូ ដើម្បីប្រើប្រាស់នៅអង្គភាពរបស់ខ្លួន។',
        ),
      },
      en: {
        title: '120 communicators trained in administrative reform communication',
        summary:
          'On 6–7 December 2022 the Department of Home Affairs and the Provincial Political School trained 120 officials who act as administrative reform communicators for departments, districts, towns and the city.',
        byline: BYLINE_SNV.en,
        body: body(
          "Participants studied the master programme for state administrative reform 2021–2030, the province's communication scheme and how to write their own agency's communication plan.",
          'Half of the time went to practice: each group picked a common procedure and prepared a ten-minute session for hamlet residents. Many chose questions and answers, short sketches and hands-on help on a phone.',
          "At the end every participant took home a kit with the communicator's handbook, the slides and sample leaflets to use in their own agency.",
        ),
      },
    },
  },
  {
    key: 'infographic-sau-noi-dung-cchc',
    kind: 'infographic',
    date: '2023-01-12T08:00:00+07:00',
    agency: 'so-noi-vu',
    reformAreas: ['the-che', 'thu-tuc-hanh-chinh', 'to-chuc-bo-may', 'cong-vu', 'tai-chinh-cong', 'chinh-phu-so'],
    topics: ['de-an-2030'],
    audiences: [CB, DAN, HSSV],
    localities: [SOC_TRANG],
    cover: picture('chart'),
    text: {
      vi: {
        title: 'Infographic: Sáu nội dung của Chương trình tổng thể cải cách hành chính 2021 - 2030',
        summary:
          'Những điều cần biết về Chương trình tổng thể cải cách hành chính nhà nước theo Nghị quyết 76/NQ-CP: sáu nội dung, ba trọng tâm và cách đo kết quả.',
        byline: BYLINE_SNV.vi,
        body: body(
          h('Sáu nội dung'),
          ul(
            'Cải cách thể chế',
            'Cải cách thủ tục hành chính',
            'Cải cách tổ chức bộ máy hành chính nhà nước',
            'Cải cách chế độ công vụ',
            'Cải cách tài chính công',
            'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số',
          ),
          h('Ba trọng tâm'),
          'Cải cách thể chế; xây dựng đội ngũ cán bộ, công chức, viên chức chuyên nghiệp, có năng lực, phẩm chất; xây dựng Chính phủ điện tử, Chính phủ số.',
          'Kết quả được đo hằng năm bằng Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng về sự phục vụ hành chính (SIPAS).',
        ),
      },
      km: {
        title: 'ព័ត៌មានក្រាហ្វិក៖ ខ្លឹមសារទាំងប្រាំមួយនៃកម្មវិធីរួមកំណែទម្រង់រដ្ឋបាល ២០២១-២០៣០',
        summary:
          'អ្វីដែលត្រូវដឹងអំពីកម្មវិធីរួមកំណែទម្រង់រដ្ឋបាលរដ្ឋ តាមសេចក្តីសម្រេចលេខ ៧៦/NQ-CP៖ ខ្លឹមសារប្រាំមួយ ចំណុចសំខាន់បី និងវិធីវាស់វែងលទ្ធផល។',
        byline: BYLINE_SNV.km,
        body: body(
          h('ខ្លឹមសារប្រាំមួយ'),
          ul(
            'កំណែទម្រង់ស្ថាប័ន',
            'កំណែទម្រង់នីតិវិធីរដ្ឋបាល',
            'កំណែទម្រង់ការរៀបចំរចនាសម្ព័ន្ធរដ្ឋបាលរដ្ឋ',
            'កំណែទម្រង់របបមុខងារសាធារណៈ',
            'កំណែទម្រង់ហិរញ្ញវត្ថុសាធារណៈ',
            'ការកសាង និងអភិវឌ្ឍរដ្ឋាភិបាលអេឡិចត្រូនិក និងរដ្ឋាភិបាលឌីជីថល',
          ),
          h('ចំណុចសំខាន់បី'),
          'កំណែទម្រង់ស្ថាប័ន ការកសាងក្រុមកម្មាភិបាល មន្ត្រីរាជការ និងបុគ្គលិកសាធារណៈប្រកបដោយវិជ្ជាជីវៈ សមត្ថភាព និងគុណធម៌ និងការកសាងរដ្ឋាភិបាលអេឡិចត្រូនិក រដ្ឋាភិបាលឌីជីថល។',
          'លទ្ធផលត្រូវបានវាស់វែងជារៀងរាល់ឆ្នាំតាមសន្ទស្សន៍កំណែទម្រង់រដ្ឋបាល (PAR INDEX) និងសន្ទស្សន៍ការពេញចិត្តចំពោះសេវារដ្ឋបាល (SIPAS)។',
        ),
      },
      en: {
        title: 'Infographic: the six parts of the administrative reform master programme 2021–2030',
        summary:
          'What to know about the state administrative reform master programme of Resolution 76/NQ-CP: six parts, three priorities and how results are measured.',
        byline: BYLINE_SNV.en,
        body: body(
          h('Six parts'),
          ul(
            'Institutional reform',
            'Administrative procedure reform',
            'Reform of the state administrative apparatus',
            'Civil service reform',
            'Public finance reform',
            'E-government and digital government',
          ),
          h('Three priorities'),
          'Institutional reform; professional, capable and ethical officials and public employees; e-government and digital government.',
          'Results are measured every year by the public administration reform index (PAR INDEX) and the satisfaction index of administrative services (SIPAS).',
        ),
      },
    },
  },
  {
    key: 'phong-van-tuyen-truyen-di-truoc',
    kind: 'interview',
    date: '2023-03-02T08:30:00+07:00',
    agency: 'bao-soc-trang',
    reformAreas: ['chi-dao-dieu-hanh'],
    topics: ['de-an-2030', 'tuyen-truyen-vien'],
    audiences: [CB, DAN],
    localities: [SOC_TRANG],
    cover: picture('meeting'),
    text: {
      vi: {
        title: 'Lãnh đạo Sở Nội vụ: "Tuyên truyền phải đi trước một bước"',
        summary:
          'Trao đổi với Báo Sóc Trăng, lãnh đạo Sở Nội vụ cho rằng mỗi cải cách chỉ thành công khi người dân biết, hiểu và dùng được nó, vì vậy tuyên truyền phải đi trước, không chạy theo.',
        byline: 'Minh Anh - Báo Sóc Trăng',
        body: body(
          h('Thưa ông, vì sao tỉnh cần một đề án riêng cho tuyên truyền cải cách hành chính?'),
          'Vì có những cải cách làm xong rồi mà người dân không biết để dùng. Dịch vụ công trực tuyến là ví dụ: hệ thống có sẵn, nhưng nếu bà con không biết, không tin, thì tỷ lệ hồ sơ trực tuyến vẫn thấp. Đề án giúp các cơ quan coi tuyên truyền là một nhiệm vụ có kế hoạch, có kinh phí, có người chịu trách nhiệm.',
          h('Cái khó lớn nhất hiện nay là gì?'),
          'Là làm sao để thông tin đến được với người ở ấp xa, người lớn tuổi, đồng bào Khmer. Chúng tôi đẩy mạnh tài liệu song ngữ, phối hợp với Đài phát bản tin tiếng Khmer và dựa vào đội ngũ tuyên truyền viên ở cơ sở.',
          h('Ông kỳ vọng gì ở báo chí?'),
          'Báo chí không chỉ đưa tin thành tích. Chúng tôi cần báo chí phản ánh cả những chỗ còn chậm, còn phiền hà, để cơ quan nhà nước biết mà sửa.',
        ),
      },
    },
  },
  {
    key: 'doi-thoai-doanh-nghiep-quy-1-2023',
    kind: 'news',
    date: '2023-04-14T11:00:00+07:00',
    agency: 'so-khdt',
    reformAreas: ['thu-tuc-hanh-chinh', 'tac-dong'],
    topics: ['doi-thoai-doanh-nghiep'],
    audiences: [DN],
    localities: [SOC_TRANG],
    cover: picture('dialogue'),
    text: {
      vi: {
        title: 'Đối thoại doanh nghiệp quý I/2023: 37 kiến nghị được trả lời tại chỗ',
        summary:
          'Tại hội nghị đối thoại ngày 12/4/2023, lãnh đạo UBND tỉnh và các sở, ngành đã trả lời 37 kiến nghị của doanh nghiệp về đất đai, đầu tư, thuế và thủ tục xây dựng.',
        byline: 'Sở Kế hoạch và Đầu tư',
        body: body(
          'Nhiều kiến nghị tập trung vào thời gian giải quyết thủ tục đất đai cho dự án và việc chứng nhận quyền sử dụng đất cho hộ kinh doanh. Các sở chuyên ngành cam kết rút ngắn thời gian xử lý hồ sơ và công khai tiến độ trên Cổng dịch vụ công.',
          'Với 6 kiến nghị chưa thể trả lời ngay, Văn phòng UBND tỉnh ghi nhận, giao cơ quan chủ trì trả lời bằng văn bản trong 15 ngày và đăng kết quả trên chuyên mục cải cách hành chính.',
          'Hội nghị đối thoại được tổ chức hằng quý, là một trong những hình thức tuyên truyền cải cách hành chính đến doanh nghiệp, nhà đầu tư mà Đề án tuyên truyền CCHC giao cho các sở, ngành.',
        ),
      },
      en: {
        title: 'Business dialogue, first quarter 2023: 37 questions answered on the spot',
        summary:
          "At the dialogue conference of 12 April 2023, leaders of the Provincial People's Committee and departments answered 37 questions from businesses on land, investment, tax and construction procedures.",
        byline: 'Department of Planning and Investment',
        body: body(
          'Many questions were about how long land procedures take for projects and about land-use certificates for household businesses. The departments promised shorter processing times and progress published on the public service portal.',
          "For the six questions that could not be answered on the day, the Provincial People's Committee Office asked the lead agencies for written answers within 15 days, to be published on the reform web section.",
          'The dialogue is held every quarter: one of the ways the communication scheme asks departments to explain reform to businesses and investors.',
        ),
      },
    },
  },
  {
    key: 'vinh-chau-mot-cua-song-ngu',
    kind: 'feature',
    date: '2023-05-22T07:00:00+07:00',
    agency: 'ubnd-tx-vinh-chau',
    reformAreas: ['thu-tuc-hanh-chinh', 'tac-dong'],
    topics: ['mot-cua', 'mo-hinh-hay'],
    audiences: [DAN],
    localities: ['950'],
    cover: picture('service-desk'),
    text: {
      vi: {
        title: 'Vĩnh Châu: Bộ phận một cửa nói hai thứ tiếng',
        summary:
          'Ở thị xã Vĩnh Châu, nơi hơn một nửa dân số là đồng bào Khmer, bảng niêm yết, tờ hướng dẫn và cả lời chào ở Bộ phận một cửa đều song ngữ Việt - Khmer.',
        byline: 'Văn phòng HĐND và UBND thị xã Vĩnh Châu',
        body: body(
          'Từ năm 2023, Bộ phận một cửa thị xã và các phường, xã bố trí công chức biết tiếng Khmer ở quầy hướng dẫn. Các thủ tục thường gặp như chứng thực, hộ tịch, đất đai đều có tờ hướng dẫn song ngữ.',
          'Bà Thạch Thị Sa Rênh ở phường Vĩnh Phước cho biết trước đây bà phải nhờ con cháu đi cùng để hỏi thủ tục. "Giờ cán bộ nói tiếng Khmer, giải thích kỹ, tôi tự đi làm được", bà nói.',
          'Kết quả khảo sát sự hài lòng cuối năm cho thấy tỷ lệ người dân hài lòng tại Bộ phận một cửa thị xã tăng rõ rệt; mô hình đang được các huyện Trần Đề, Mỹ Xuyên học tập.',
        ),
      },
      km: {
        title: 'វិញចូវ៖ ផ្នែកច្រកចេញចូលតែមួយដែលនិយាយពីរភាសា',
        summary:
          'នៅទីរួមខេត្តវិញចូវ ដែលប្រជាជនជាងពាក់កណ្តាលជាជនជាតិខ្មែរ ផ្ទាំងប្រកាស សន្លឹកណែនាំ និងសូម្បីតែពាក្យស្វាគមន៍នៅផ្នែកច្រកចេញចូលតែមួយ សុទ្ធតែជាពីរភាសា វៀតណាម-ខ្មែរ។',
        byline: 'ការិយាល័យក្រុមប្រឹក្សា និងគណៈកម្មាធិការប្រជាជនទីរួមខេត្តវិញចូវ',
        body: body(
          'ចាប់ពីឆ្នាំ ២០២៣ ផ្នែកច្រកចេញចូលតែមួយនៃទីរួមខេត្ត និងសង្កាត់ ឃុំ បានចាត់មន្ត្រីដែលចេះភាសាខ្មែរនៅបញ្ជរណែនាំ។ នីតិវិធីដែលជួបញឹកញាប់ ដូចជាការបញ្ជាក់ឯកសារ អត្រានុកូលដ្ឋាន និងដីធ្លី សុទ្ធតែមានសន្លឹកណែនាំពីរភាសា។',
          'លោកស្រី ថាច់ ធីសារេញ នៅសង្កាត់វិញភឿក បាននិយាយថា ពីមុនគាត់ត្រូវសុំកូនចៅទៅជាមួយដើម្បីសួរអំពីនីតិវិធី។ គាត់និយាយថា «ឥឡូវនេះ មន្ត្រីនិយាយភាសាខ្មែរ ពន្យល់យ៉ាងល្អិតល្អន់ ខ្ញុំអាចទៅធ្វើដោយខ្លួនឯងបាន»។',
          'លទ្ធផលស្ទង់មតិការពេញចិត្តនៅចុងឆ្នាំបង្ហាញថា អត្រាប្រជាជនពេញចិត្តនៅផ្នែកច្រកចេញចូលតែមួយនៃទីរួមខេត្តបានកើនឡើងយ៉ាងច្បាស់ ហើយគំរូនេះកំពុងត្រូវបានស្រុកត្រឹនដេ និងមីស្វៀងសិក្សាយកតម្រាប់។',
        ),
      },
      en: {
        title: 'Vĩnh Châu: a one-stop counter that speaks two languages',
        summary:
          'In Vĩnh Châu town, where more than half of the people are Khmer, the notices, the guide sheets and even the greeting at the one-stop counter are in Vietnamese and Khmer.',
        byline: "Office of the Vĩnh Châu Town Council and People's Committee",
        body: body(
          'Since 2023 the town counter and those of its wards and communes have had a Khmer-speaking official at the help desk. Common procedures such as certified copies, civil status and land all have bilingual guide sheets.',
          'Mrs Thạch Thị Sa Rênh of Vĩnh Phước ward used to bring a grandchild along to ask about procedures. "Now the officials speak Khmer and explain carefully, so I can go on my own," she says.',
          "The year-end satisfaction survey showed a clear rise in satisfaction at the town's counter; Trần Đề and Mỹ Xuyên districts are now learning from the model.",
        ),
      },
    },
  },
  {
    key: 'phong-su-trung-tam-phuc-vu-hanh-chinh-cong',
    kind: 'video',
    date: '2023-06-16T19:30:00+07:00',
    agency: 'dai-ptth-soc-trang',
    reformAreas: ['thu-tuc-hanh-chinh', 'chinh-phu-so'],
    topics: ['mot-cua'],
    audiences: [DAN, DN],
    localities: ['941'],
    cover: picture('service-desk'),
    text: {
      vi: {
        title: 'Phóng sự: Một ngày ở Trung tâm Phục vụ hành chính công tỉnh',
        summary:
          'Ống kính phóng viên theo chân người dân, doanh nghiệp và công chức trong một ngày làm việc tại Trung tâm Phục vụ hành chính công tỉnh Sóc Trăng, nơi mỗi ngày tiếp nhận hàng trăm hồ sơ.',
        byline: 'Thanh Tâm - Đài PT-TH Sóc Trăng',
        body: body(
          'Bảy giờ sáng, những người đầu tiên đã lấy số thứ tự. Trung tâm có quầy của hầu hết các sở, ngành, cùng khu vực hỗ trợ nộp hồ sơ trực tuyến với máy tính và nhân viên hướng dẫn.',
          'Phóng sự ghi lại câu chuyện của anh Lâm Quốc Huy, chủ một cơ sở chế biến thủy sản, lần đầu đăng ký thay đổi nội dung đăng ký doanh nghiệp hoàn toàn trực tuyến, nhận kết quả sau hai ngày làm việc.',
          'Cuối ngày, các phiếu đánh giá mức độ hài lòng được tổng hợp tự động. Những ý kiến chưa hài lòng được lãnh đạo Trung tâm xem xét và phản hồi cho người dân trong tuần.',
          'Phóng sự phát trên kênh STV trong chuyên mục "Cải cách hành chính và cuộc sống".',
        ),
      },
    },
  },
  {
    key: 'hoi-thi-tim-hieu-cchc-2023',
    kind: 'news',
    date: '2023-08-30T17:00:00+07:00',
    agency: 'so-noi-vu',
    reformAreas: ['chi-dao-dieu-hanh'],
    topics: ['tuyen-truyen-vien', 'de-an-2030'],
    audiences: [CB],
    localities: [SOC_TRANG],
    cover: picture('stage'),
    gallery: [picture('meeting'), picture('classroom')],
    text: {
      vi: {
        title: 'Hội thi tìm hiểu cải cách hành chính năm 2023: 22 đội tranh tài',
        summary:
          'Ngày 25/8/2023, 22 đội thi của các sở, ngành, huyện, thị xã, thành phố tranh tài ở chung kết Hội thi tìm hiểu cải cách hành chính; đội UBND thị xã Vĩnh Châu giành giải Nhất.',
        byline: BYLINE_SNV.vi,
        body: body(
          'Hội thi gồm ba phần: trả lời câu hỏi kiến thức về Chương trình tổng thể CCHC và Đề án tuyên truyền của tỉnh; xử lý tình huống tại Bộ phận một cửa; và tiểu phẩm tuyên truyền.',
          'Phần tiểu phẩm của đội Vĩnh Châu, diễn song ngữ Việt - Khmer, kể chuyện một cụ bà lần đầu làm thủ tục trực tuyến với sự giúp đỡ của đoàn viên thanh niên, được ban giám khảo đánh giá cao.',
          'Ban tổ chức trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 5 giải Khuyến khích. Các tiểu phẩm đoạt giải được Đài Phát thanh - Truyền hình Sóc Trăng ghi hình, phát lại trên sóng.',
        ),
      },
      km: {
        title: 'ការប្រកួតស្វែងយល់អំពីកំណែទម្រង់រដ្ឋបាលឆ្នាំ ២០២៣៖ ក្រុមចំនួន ២២ ចូលរួមប្រកួត',
        summary:
          'នៅថ្ងៃទី ២៥ ខែសីហា ឆ្នាំ ២០២៣ ក្រុមប្រកួតចំនួន ២២ មកពីមន្ទីរ អង្គភាព ស្រុក ទីរួមខេត្ត និងក្រុង បានប្រកួតវគ្គផ្តាច់ព្រ័ត្រនៃការប្រកួតស្វែងយល់អំពីកំណែទម្រង់រដ្ឋបាល ហើយក្រុមគណៈកម្មាធិការប្រជាជនទីរួមខេត្តវិញចូវ បានឈ្នះរង្វាន់លេខមួយ។',
        byline: BYLINE_SNV.km,
        body: body(
          'ការប្រកួតមានបីផ្នែក៖ ការឆ្លើយសំណួរចំណេះដឹងអំពីកម្មវិធីរួមកំណែទម្រង់រដ្ឋបាល និងគម្រោងផ្សព្វផ្សាយរបស់ខេត្ត ការដោះស្រាយស្ថានភាពនៅផ្នែកច្រកចេញចូលតែមួយ និងការសម្តែងល្ខោនខ្លីផ្សព្វផ្សាយ។',
          'ល្ខោនខ្លីរបស់ក្រុមវិញចូវ ដែលសម្តែងជាពីរភាសា វៀតណាម-ខ្មែរ និទានរឿងអំពីលោកយាយម្នាក់ដែលធ្វើនីតិវិធីតាមអនឡាញជាលើកដំបូង ដោយមានជំនួយពីសមាជិកយុវជន ត្រូវបានគណៈកម្មការវាយតម្លៃខ្ពស់។',
          'គណៈកម្មការរៀបចំបានប្រគល់រង្វាន់លេខមួយ ១ រង្វាន់លេខពីរ ២ រង្វាន់លេខបី ៣ និងរង្វាន់លើកទឹកចិត្ត ៥។ ល្ខោនខ្លីដែលឈ្នះរង្វាន់ត្រូវបានស្ថានីយ៍វិទ្យុ និងទូរទស្សន៍សុកត្រាំងថត និងចាក់ផ្សាយឡើងវិញ។',
        ),
      },
      en: {
        title: '2023 administrative reform knowledge contest: 22 teams compete',
        summary:
          "On 25 August 2023, 22 teams from departments, districts, towns and the city met in the final of the administrative reform knowledge contest; the team of Vĩnh Châu Town People's Committee won first prize.",
        byline: BYLINE_SNV.en,
        body: body(
          "The contest had three rounds: questions on the master reform programme and the province's communication scheme; handling a case at the one-stop counter; and a short communication sketch.",
          'The Vĩnh Châu sketch, played in Vietnamese and Khmer, told of an elderly woman filing her first online application with the help of a Youth Union member, and impressed the jury.',
          'The organisers gave one first, two second, three third and five encouragement prizes. Sóc Trăng Radio and Television recorded the winning sketches and broadcast them again.',
        ),
      },
    },
  },
  {
    key: 'san-khau-hoa-tran-de-2023',
    kind: 'news',
    date: '2023-10-05T08:00:00+07:00',
    agency: 'so-vhttdl',
    reformAreas: ['thu-tuc-hanh-chinh'],
    topics: ['mot-cua', 'lan-toa-dvctt'],
    audiences: [DAN],
    localities: ['951'],
    cover: picture('stage'),
    text: {
      vi: {
        title: 'Sân khấu hóa cải cách hành chính ở Trần Đề thu hút hơn 600 người xem',
        summary:
          'Tối 3/10/2023, tiểu phẩm "Một cửa, một lòng" và các tiết mục ca múa nhạc song ngữ Việt - Khmer về cải cách hành chính được biểu diễn tại sân văn hóa xã Đại Ân 2, huyện Trần Đề.',
        byline: 'Trung tâm Văn hóa tỉnh',
        body: body(
          'Chương trình do Sở Văn hóa, Thể thao và Du lịch phối hợp UBND huyện Trần Đề tổ chức, với kịch bản được Sở Nội vụ góp ý nội dung. Xen giữa các tiết mục là phần đố vui có thưởng về thủ tục hành chính và dịch vụ công trực tuyến.',
          'Nhiều khán giả lớn tuổi cho biết lần đầu được nghe giải thích rằng có thể nộp hồ sơ bằng điện thoại và nhận kết quả qua bưu điện. Sau buổi diễn, tổ công nghệ số cộng đồng của xã hướng dẫn tại chỗ cho những ai có nhu cầu.',
          'Sân khấu hóa là hình thức tuyên truyền được Đề án giao Sở Văn hóa, Thể thao và Du lịch xây dựng kịch bản; năm 2023 chương trình được tổ chức ở ba địa phương.',
        ),
      },
      km: {
        title: 'ការសម្តែងលើឆាកអំពីកំណែទម្រង់រដ្ឋបាលនៅត្រឹនដេ ទាក់ទាញអ្នកទស្សនាជាង ៦០០ នាក់',
        summary:
          'នៅយប់ថ្ងៃទី ៣ ខែតុលា ឆ្នាំ ២០២៣ ល្ខោនខ្លី «ច្រកតែមួយ ចិត្តតែមួយ» និងកម្មវិធីចម្រៀង របាំពីរភាសា វៀតណាម-ខ្មែរ អំពីកំណែទម្រង់រដ្ឋបាល ត្រូវបានសម្តែងនៅទីលានវប្បធម៌ឃុំដាយអឹន ២ ស្រុកត្រឹនដេ។',
        byline: 'មជ្ឈមណ្ឌលវប្បធម៌ខេត្ត',
        body: body(
          'កម្មវិធីនេះរៀបចំដោយមន្ទីរវប្បធម៌ កីឡា និងទេសចរណ៍ សហការជាមួយគណៈកម្មាធិការប្រជាជនស្រុកត្រឹនដេ ដោយមានស្គ្រីបដែលមន្ទីរកិច្ចការផ្ទៃក្នុងបានផ្តល់យោបល់លើខ្លឹមសារ។ នៅចន្លោះការសម្តែង មានការលេងល្បែងសួរ-ឆ្លើយមានរង្វាន់អំពីនីតិវិធីរដ្ឋបាល និងសេវាសាធារណៈតាមអនឡាញ។',
          'ទស្សនិកជនវ័យចាស់ជាច្រើនបាននិយាយថា ទើបតែលើកដំបូងដែលពួកគេបានឮការពន្យល់ថា អាចដាក់ឯកសារតាមទូរស័ព្ទ និងទទួលលទ្ធផលតាមប៉ុស្តិ៍។ ក្រោយការសម្តែង ក្រុមបច្ចេកវិទ្យាឌីជីថលសហគមន៍នៃឃុំបានណែនាំនៅនឹងកន្លែងសម្រាប់អ្នកដែលត្រូវការ។',
          'ការសម្តែងលើឆាកជាទម្រង់ផ្សព្វផ្សាយដែលគម្រោងបានប្រគល់ឱ្យមន្ទីរវប្បធម៌ កីឡា និងទេសចរណ៍ រៀបចំស្គ្រីប ហើយក្នុងឆ្នាំ ២០២៣ កម្មវិធីនេះត្រូវបានរៀបចំនៅមូលដ្ឋានចំនួនបី។',
        ),
      },
    },
  },
  {
    key: 'so-hoa-ho-so-nhung-con-so',
    kind: 'feature',
    date: '2023-11-20T07:30:00+07:00',
    agency: 'van-phong-ubnd-tinh',
    reformAreas: ['chinh-phu-so', 'thu-tuc-hanh-chinh'],
    topics: ['chuyen-doi-so'],
    audiences: [CB, DAN],
    localities: [SOC_TRANG],
    cover: picture('documents'),
    text: {
      vi: {
        title: 'Số hóa hồ sơ, kết quả giải quyết thủ tục: những con số biết nói',
        summary:
          'Khi hồ sơ và kết quả giải quyết thủ tục được số hóa ngay từ khâu tiếp nhận, người dân không phải nộp lại những giấy tờ cơ quan nhà nước đã có. Nhưng để làm được, cần cả một quy trình thay đổi phía sau quầy.',
        byline: 'Phòng Kiểm soát thủ tục hành chính - Văn phòng UBND tỉnh',
        body: body(
          'Từ năm 2023, Bộ phận một cửa các cấp thực hiện số hóa hồ sơ khi tiếp nhận: giấy tờ được quét, ký số và lưu vào kho dữ liệu của tổ chức, cá nhân trên Cổng dịch vụ công. Lần sau, người dân chỉ cần cho biết mã hồ sơ cũ.',
          'Theo Văn phòng UBND tỉnh, tỷ lệ số hóa hồ sơ ở cấp tỉnh cao hơn rõ rệt so với cấp xã, nơi máy quét và đường truyền còn thiếu. Tỉnh đang ưu tiên trang bị thiết bị cho các xã vùng sâu.',
          h('Ba điều người dân nên biết'),
          ul(
            'Giấy tờ đã số hóa có giá trị sử dụng cho các thủ tục sau.',
            'Người dân có thể xem kho dữ liệu của mình khi đăng nhập bằng tài khoản định danh điện tử.',
            'Công chức không được yêu cầu nộp lại giấy tờ đã có trong kho dữ liệu.',
          ),
        ),
      },
    },
  },
  {
    key: 'cong-khai-ngan-sach-xa-zalo',
    kind: 'news',
    date: '2023-12-15T09:30:00+07:00',
    agency: 'so-tai-chinh',
    reformAreas: ['tai-chinh-cong'],
    topics: ['mo-hinh-hay'],
    audiences: [DAN],
    localities: ['944', '949'],
    cover: picture('documents'),
    text: {
      vi: {
        title: 'Công khai ngân sách xã: người dân xem dự toán trên bảng tin và Zalo',
        summary:
          'Sở Tài chính hướng dẫn các xã công khai dự toán, quyết toán ngân sách bằng bảng tóm tắt dễ hiểu, niêm yết tại trụ sở và đăng trên nhóm Zalo của ấp, khóm.',
        byline: 'Sở Tài chính',
        body: body(
          'Thay vì niêm yết các biểu mẫu dày đặc số liệu, bảng tóm tắt mới trả lời những câu hỏi người dân quan tâm: xã thu bao nhiêu, chi cho việc gì, công trình nào đang làm và ai chịu trách nhiệm.',
          'Các huyện Mỹ Tú, Thạnh Trị làm thí điểm từ tháng 7/2023. Nhiều ý kiến góp ý của người dân về thứ tự ưu tiên làm đường giao thông nông thôn đã được HĐND xã xem xét khi quyết định dự toán năm 2024.',
          'Công khai, minh bạch ngân sách là một nội dung của cải cách tài chính công mà Đề án tuyên truyền CCHC giao Sở Tài chính xây dựng nội dung tuyên truyền hằng năm.',
        ),
      },
    },
  },
];
