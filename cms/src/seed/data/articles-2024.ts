/** Articles of 2024: the scheme at full speed in Sóc Trăng province. */
import type { ArticleSeed } from '../types';
import { body, h, ol, quote, ul } from './blocks';
import { AUDIO } from './files';
import { picture } from './pictures';
import { BYLINE_SNV, CB, DAN, DN, HSSV, SOC_TRANG } from './tags';

export const ARTICLES_2024: readonly ArticleSeed[] = [
  {
    key: 'ke-hoach-tuyen-truyen-2024',
    kind: 'news',
    date: '2024-01-18T15:00:00+07:00',
    agency: 'so-noi-vu',
    reformAreas: ['chi-dao-dieu-hanh'],
    topics: ['de-an-2030'],
    audiences: [CB],
    localities: [SOC_TRANG],
    cover: picture('documents'),
    attachments: [
      {
        source: { pdf: 'demo-ke-hoach-tuyen-truyen-cchc-2024' },
        title: { vi: 'Kế hoạch tuyên truyền cải cách hành chính năm 2024 (PDF)' },
        description: { vi: 'Văn bản mẫu minh họa: mục đích, nội dung trọng tâm, hình thức và tổ chức thực hiện.' },
      },
    ],
    text: {
      vi: {
        title: 'Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024',
        summary:
          'Kế hoạch năm 2024 chọn bốn nội dung trọng tâm: dịch vụ công trực tuyến toàn trình, kết quả Chỉ số PAR INDEX và SIPAS, mô hình hay ở Bộ phận một cửa và đạo đức công vụ.',
        byline: BYLINE_SNV.vi,
        body: body(
          'Kế hoạch cụ thể hóa Đề án tuyên truyền cải cách hành chính đến năm 2030 cho năm 2024, giao rõ cơ quan chủ trì, phối hợp và thời gian thực hiện từng hoạt động. Lần đầu tiên, mỗi hoạt động đi kèm chỉ tiêu đo được: số tin, bài, số buổi tuyên truyền ở cơ sở, số người tham dự.',
          h('Các hình thức chính'),
          ul(
            'Tin, bài, phóng sự trên Báo Sóc Trăng, Đài PT-TH Sóc Trăng (tiếng Việt và tiếng Khmer).',
            'Hội thi "Tuyên truyền viên cải cách hành chính giỏi".',
            'Sân khấu hóa tại ba huyện có đông đồng bào Khmer.',
            'Nhóm Zalo tuyên truyền CCHC ở ấp, khóm.',
          ),
          'Các sở, ngành, địa phương xây dựng kế hoạch của đơn vị trước ngày 15/2/2024 và báo cáo kết quả định kỳ về Sở Nội vụ.',
        ),
      },
    },
  },
  {
    key: 'lien-thong-khai-sinh-thuong-tru-bhyt',
    kind: 'news',
    date: '2024-03-08T09:00:00+07:00',
    agency: 'so-tu-phap',
    reformAreas: ['thu-tuc-hanh-chinh', 'chinh-phu-so'],
    topics: ['lan-toa-dvctt', 'chuyen-doi-so'],
    audiences: [DAN],
    localities: [SOC_TRANG],
    cover: picture('phone'),
    text: {
      vi: {
        title: 'Một lần nộp, ba kết quả: liên thông khai sinh, thường trú, thẻ BHYT cho trẻ dưới 6 tuổi',
        summary:
          'Cha mẹ có thể đăng ký khai sinh, đăng ký thường trú và cấp thẻ bảo hiểm y tế cho con dưới 6 tuổi bằng một bộ hồ sơ trực tuyến, không phải đi đến ba cơ quan.',
        byline: 'Phòng Hành chính tư pháp - Sở Tư pháp',
        body: body(
          'Nhóm thủ tục liên thông được thực hiện trên Cổng Dịch vụ công quốc gia. Cha hoặc mẹ đăng nhập bằng tài khoản định danh điện tử mức độ 2, điền một tờ khai chung, đính kèm ảnh chụp giấy chứng sinh và nộp lệ phí trực tuyến nếu có.',
          'Kết quả gồm giấy khai sinh điện tử, thông tin thường trú được cập nhật vào Cơ sở dữ liệu quốc gia về dân cư và thẻ bảo hiểm y tế điện tử hiển thị trên ứng dụng VNeID. Bản giấy được gửi qua bưu chính nếu người dân yêu cầu.',
          'Sở Tư pháp khuyến nghị người dân liên hệ công chức tư pháp - hộ tịch hoặc tổ công nghệ số cộng đồng ở ấp, khóm khi cần hướng dẫn.',
        ),
      },
      km: {
        title: 'ដាក់ម្តង ទទួលលទ្ធផលបី៖ ការចុះបញ្ជីកំណើត ស្នាក់នៅអចិន្ត្រៃយ៍ និងប័ណ្ណធានារ៉ាប់រងសុខភាពសម្រាប់កុមារក្រោម ៦ ឆ្នាំ',
        summary:
          'ឪពុកម្តាយអាចចុះបញ្ជីកំណើត ចុះបញ្ជីស្នាក់នៅអចិន្ត្រៃយ៍ និងស្នើសុំប័ណ្ណធានារ៉ាប់រងសុខភាពសម្រាប់កូនអាយុក្រោម ៦ ឆ្នាំ ដោយប្រើឯកសារតាមអនឡាញតែមួយឈុត ដោយមិនចាំបាច់ទៅស្ថាប័នបីផ្សេងគ្នា។',
        byline: 'ការិយាល័យរដ្ឋបាលយុត្តិធម៌ - មន្ទីរយុត្តិធម៌',
        body: body(
          'ក្រុមនីតិវិធីភ្ជាប់គ្នានេះត្រូវបានអនុវត្តនៅលើវិបផតថលសេវាសាធារណៈជាតិ។ ឪពុក ឬម្តាយចូលប្រើដោយគណនីអត្តសញ្ញាណអេឡិចត្រូនិកកម្រិត ២ បំពេញពាក្យស្នើសុំរួមមួយ ភ្ជាប់រូបថតលិខិតបញ្ជាក់កំណើត និងបង់កម្រៃតាមអនឡាញ ប្រសិនបើមាន។',
          'លទ្ធផលរួមមានសំបុត្រកំណើតអេឡិចត្រូនិក ព័ត៌មានស្នាក់នៅអចិន្ត្រៃយ៍ដែលធ្វើបច្ចុប្បន្នភាពក្នុងមូលដ្ឋានទិន្នន័យជាតិស្តីពីប្រជាជន និងប័ណ្ណធានារ៉ាប់រងសុខភាពអេឡិចត្រូនិកដែលបង្ហាញនៅលើកម្មវិធី VNeID។ ច្បាប់ក្រដាសត្រូវបានផ្ញើតាមប៉ុស្តិ៍ ប្រសិនបើប្រជាជនស្នើសុំ។',
          'មន្ទីរយុត្តិធម៌ណែនាំឱ្យប្រជាជនទាក់ទងមន្ត្រីយុត្តិធម៌-អត្រានុកូលដ្ឋាន ឬក្រុមបច្ចេកវិទ្យាឌីជីថលសហគមន៍នៅភូមិ នៅពេលត្រូវការការណែនាំ។',
        ),
      },
      en: {
        title: 'Apply once, get three results: birth, residence and health insurance for children under six',
        summary:
          "Parents can register a child's birth and permanent residence and obtain the child's health insurance card with one online application, instead of visiting three offices.",
        byline: 'Judicial Administration Division, Department of Justice',
        body: body(
          "The linked procedures run on the National Public Service Portal. A parent logs in with a level-2 electronic identity account, fills in one form, attaches a photo of the birth certificate from the hospital and pays any fee online.",
          'The results are an electronic birth certificate, residence details updated in the National Population Database and an electronic health insurance card shown in the VNeID app. Paper copies are posted on request.',
          'The Department of Justice suggests contacting the commune justice and civil status official or the community digital technology team when help is needed.',
        ),
      },
    },
  },
  {
    key: 'infographic-par-index-sipas-2023',
    kind: 'infographic',
    date: '2024-04-25T08:00:00+07:00',
    agency: 'so-noi-vu',
    reformAreas: ['chi-dao-dieu-hanh', 'tac-dong'],
    topics: ['par-index-sipas'],
    audiences: [CB, DAN],
    localities: [SOC_TRANG],
    cover: picture('chart'),
    text: {
      vi: {
        title: 'Infographic: Đọc hiểu Chỉ số PAR INDEX và SIPAS',
        summary:
          'PAR INDEX đo kết quả cải cách hành chính của từng tỉnh; SIPAS đo sự hài lòng của người dân, tổ chức. Hai chỉ số được tính thế nào và người dân góp phần ra sao?',
        byline: BYLINE_SNV.vi,
        body: body(
          h('PAR INDEX'),
          'Chỉ số cải cách hành chính do Bộ Nội vụ công bố hằng năm, gồm điểm tự đánh giá có thẩm định của tỉnh và điểm điều tra xã hội học đối với cán bộ lãnh đạo, quản lý và người dân. Các lĩnh vực được chấm điểm bám theo sáu nội dung của Chương trình tổng thể cùng công tác chỉ đạo, điều hành và tác động của cải cách hành chính.',
          h('SIPAS'),
          'Chỉ số hài lòng về sự phục vụ hành chính đo cảm nhận của người dân, tổ chức về tiếp cận dịch vụ, thủ tục, công chức trực tiếp giải quyết công việc, kết quả và việc tiếp nhận, xử lý góp ý, phản ánh.',
          h('Người dân góp phần thế nào?'),
          ol(
            'Trả lời trung thực khi được chọn vào mẫu khảo sát.',
            'Đánh giá mức độ hài lòng sau mỗi lần giải quyết thủ tục.',
            'Gửi góp ý, phản ánh qua chuyên mục hỏi đáp để cơ quan khắc phục.',
          ),
        ),
      },
      en: {
        title: 'Infographic: understanding the PAR INDEX and SIPAS',
        summary:
          'The PAR INDEX measures how far each province has come with administrative reform; SIPAS measures how satisfied citizens and organisations are. How are they calculated, and how can citizens take part?',
        byline: BYLINE_SNV.en,
        body: body(
          h('PAR INDEX'),
          "The administrative reform index, published every year by the Ministry of Home Affairs, combines the province's verified self-assessment with survey scores from leaders, managers and citizens. It follows the six parts of the master programme plus direction and management and the impact of reform.",
          h('SIPAS'),
          'The satisfaction index of administrative services measures how citizens and organisations experience access to services, procedures, the officials who handle their cases, the results and the handling of their feedback.',
          h('How citizens take part'),
          ol(
            'Answer honestly when chosen for the survey sample.',
            'Rate your satisfaction after each procedure.',
            'Send suggestions and complaints through the questions page so that agencies can put things right.',
          ),
        ),
      },
    },
  },
  {
    key: 'to-cong-nghe-so-cong-dong-ke-sach',
    kind: 'feature',
    date: '2024-05-16T07:00:00+07:00',
    agency: 'ubnd-huyen-ke-sach',
    reformAreas: ['chinh-phu-so'],
    topics: ['lan-toa-dvctt', 'chuyen-doi-so', 'mo-hinh-hay'],
    audiences: [DAN],
    localities: ['943'],
    cover: picture('phone'),
    gallery: [picture('service-desk'), picture('landscape')],
    text: {
      vi: {
        title: 'Tổ công nghệ số cộng đồng: "cánh tay nối dài" đưa dịch vụ công về ấp',
        summary:
          'Ở huyện Kế Sách, mỗi ấp có một tổ công nghệ số cộng đồng gồm trưởng ấp, công an viên và đoàn viên thanh niên. Họ đến từng nhà hướng dẫn bà con cài ứng dụng, tạo tài khoản và nộp hồ sơ trực tuyến.',
        byline: 'Văn phòng HĐND và UBND huyện Kế Sách',
        body: body(
          'Anh Trần Minh Khoa, đoàn viên ấp An Phú, mỗi tối dành một giờ đi hướng dẫn những hộ đã đăng ký trước qua Zalo. "Khó nhất là bà con sợ làm sai, sợ mất tiền. Mình ngồi làm cùng, giải thích từng bước thì bà con yên tâm", anh kể.',
          'Sau một năm, hầu hết các hộ có điện thoại thông minh ở xã đã có tài khoản định danh điện tử, và tỷ lệ hồ sơ nộp trực tuyến ở Bộ phận một cửa xã tăng gấp nhiều lần.',
          'Tổ cũng nhắc bà con cảnh giác với các cuộc gọi giả danh cơ quan nhà nước: không đưa mật khẩu, mã OTP cho bất kỳ ai.',
        ),
      },
      km: {
        title: 'ក្រុមបច្ចេកវិទ្យាឌីជីថលសហគមន៍៖ «ដៃបន្ត» ដែលនាំសេវាសាធារណៈទៅដល់ភូមិ',
        summary:
          'នៅស្រុកកេសាច ភូមិនីមួយៗមានក្រុមបច្ចេកវិទ្យាឌីជីថលសហគមន៍មួយ រួមមានមេភូមិ ប៉ូលិសភូមិ និងសមាជិកយុវជន។ ពួកគេទៅដល់ផ្ទះនីមួយៗ ដើម្បីណែនាំប្រជាជនឱ្យដំឡើងកម្មវិធី បង្កើតគណនី និងដាក់ឯកសារតាមអនឡាញ។',
        byline: 'ការិយាល័យក្រុមប្រឹក្សា និងគណៈកម្មាធិការប្រជាជនស្រុកកេសាច',
        body: body(
          'បងប្រុស ត្រឹន មិញខ្វា សមាជិកយុវជនភូមិអានភូ ចំណាយពេលមួយម៉ោងរៀងរាល់យប់ ដើម្បីណែនាំគ្រួសារដែលបានចុះឈ្មោះជាមុនតាម Zalo។ គាត់និយាយថា «ពិបាកបំផុតគឺប្រជាជនខ្លាចធ្វើខុស ខ្លាចបាត់លុយ។ យើងអង្គុយធ្វើជាមួយ ពន្យល់ម្តងមួយជំហាន នោះពួកគាត់ក៏ទុកចិត្ត»។',
          'ក្រោយរយៈពេលមួយឆ្នាំ គ្រួសារភាគច្រើនដែលមានស្មាតហ្វូននៅក្នុងឃុំ មានគណនីអត្តសញ្ញាណអេឡិចត្រូនិករួចហើយ ហើយអត្រាឯកសារដាក់តាមអនឡាញនៅផ្នែកច្រកចេញចូលតែមួយនៃឃុំបានកើនឡើងច្រើនដង។',
          'ក្រុមនេះក៏រំលឹកប្រជាជនឱ្យប្រុងប្រយ័ត្នចំពោះការហៅទូរស័ព្ទក្លែងខ្លួនជាស្ថាប័នរដ្ឋ៖ កុំផ្តល់ពាក្យសម្ងាត់ ឬលេខកូដ OTP ដល់នរណាម្នាក់ឡើយ។',
        ),
      },
      en: {
        title: 'Community digital technology teams take public services to the hamlets',
        summary:
          'In Kế Sách district every hamlet has a community digital technology team: the hamlet head, the village police officer and Youth Union members. They go from house to house helping people install the apps, create accounts and apply online.',
        byline: "Office of the Kế Sách District Council and People's Committee",
        body: body(
          'Trần Minh Khoa, a Youth Union member in An Phú hamlet, spends an hour every evening visiting households that signed up on Zalo. "The hardest part is that people are afraid of doing it wrong or losing money. When you sit with them and explain step by step, they relax," he says.',
          "After a year most households with a smartphone in the commune have an electronic identity account, and the share of applications filed online at the commune's one-stop counter has multiplied.",
          'The teams also warn people about calls from impostors posing as officials: never give a password or OTP code to anyone.',
        ),
      },
    },
  },
  {
    key: 'truong-chinh-tri-chuyen-de-cchc',
    kind: 'news',
    date: '2024-06-20T10:00:00+07:00',
    agency: 'truong-chinh-tri',
    reformAreas: ['cong-vu'],
    topics: ['de-an-2030'],
    audiences: [CB, HSSV],
    localities: [SOC_TRANG],
    cover: picture('classroom'),
    text: {
      vi: {
        title: 'Trường Chính trị tỉnh đưa chuyên đề cải cách hành chính vào chương trình giảng dạy',
        summary:
          'Từ năm học 2024 - 2025, học viên các lớp trung cấp lý luận chính trị học một chuyên đề riêng về cải cách hành chính nhà nước, gắn với thực tiễn của tỉnh.',
        byline: 'Khoa Nhà nước và pháp luật - Trường Chính trị tỉnh',
        body: body(
          'Chuyên đề gồm bốn phần: Chương trình tổng thể cải cách hành chính 2021 - 2030; cải cách thủ tục hành chính và cơ chế một cửa; chuyển đổi số trong cơ quan nhà nước; và kỹ năng tuyên truyền cải cách hành chính ở cơ sở.',
          'Học viên làm bài tập nhóm: phân tích một thủ tục hành chính ở địa phương mình, chỉ ra điểm còn phiền hà và đề xuất cách đơn giản hóa. Những đề xuất tốt được nhà trường gửi Sở Nội vụ tham khảo.',
          'Việc đưa nội dung cải cách hành chính vào giảng dạy là nhiệm vụ mà Đề án tuyên truyền CCHC giao cho Trường Chính trị và các trường cao đẳng trực thuộc UBND tỉnh.',
        ),
      },
    },
  },
  {
    key: 'phat-thanh-hoi-dap-thanh-toan-truc-tuyen',
    kind: 'audio',
    date: '2024-07-11T18:30:00+07:00',
    agency: 'dai-ptth-soc-trang',
    reformAreas: ['chinh-phu-so', 'tai-chinh-cong'],
    topics: ['lan-toa-dvctt'],
    audiences: [DAN, DN],
    localities: [SOC_TRANG],
    cover: picture('radio'),
    audio: AUDIO.radioTune,
    text: {
      vi: {
        title: 'Chuyên mục phát thanh "Cải cách hành chính và cuộc sống": hỏi đáp về thanh toán trực tuyến',
        summary:
          'Nộp phí, lệ phí thủ tục hành chính trực tuyến có an toàn không? Tiền trả nhầm có được hoàn lại không? Chuyên mục phát thanh tuần này giải đáp những câu hỏi thính giả gửi về.',
        byline: 'Ban Thời sự - Đài PT-TH Sóc Trăng',
        body: body(
          'Khách mời của chuyên mục là đại diện Văn phòng UBND tỉnh, đơn vị quản lý Cổng dịch vụ công của tỉnh. Theo khách mời, thanh toán trực tuyến được thực hiện qua nền tảng thanh toán của Cổng Dịch vụ công quốc gia, kết nối với các ngân hàng và ví điện tử; người dân nhận biên lai điện tử ngay sau khi thanh toán.',
          'Với trường hợp thanh toán nhầm hoặc hồ sơ bị từ chối, khoản phí được hoàn lại theo quy định. Người dân nên lưu biên lai điện tử và liên hệ Bộ phận một cửa nơi nộp hồ sơ.',
          'Chuyên mục phát vào 18 giờ 30 thứ Năm hằng tuần trên sóng phát thanh của Đài, có bản tiếng Khmer phát cùng ngày.',
        ),
      },
      km: {
        title: 'កម្មវិធីវិទ្យុ «កំណែទម្រង់រដ្ឋបាល និងជីវភាព»៖ សំណួរ-ចម្លើយអំពីការបង់ប្រាក់តាមអនឡាញ',
        summary:
          'តើការបង់កម្រៃ និងថ្លៃសេវានីតិវិធីរដ្ឋបាលតាមអនឡាញមានសុវត្ថិភាពឬទេ? ប្រាក់ដែលបង់ខុសអាចទទួលបានវិញឬទេ? កម្មវិធីវិទ្យុសប្តាហ៍នេះឆ្លើយសំណួរដែលអ្នកស្តាប់បានផ្ញើមក។',
        byline: 'ផ្នែកព័ត៌មាន - ស្ថានីយ៍វិទ្យុ និងទូរទស្សន៍សុកត្រាំង',
        body: body(
          'ភ្ញៀវកិត្តិយសនៃកម្មវិធីគឺតំណាងការិយាល័យគណៈកម្មាធិការប្រជាជនខេត្ត ដែលជាអង្គភាពគ្រប់គ្រងវិបផតថលសេវាសាធារណៈរបស់ខេត្ត។ យោងតាមភ្ញៀវកិត្តិយស ការបង់ប្រាក់តាមអនឡាញត្រូវបានធ្វើតាមវេទិកាបង់ប្រាក់នៃវិបផតថលសេវាសាធារណៈជាតិ ដែលភ្ជាប់ជាមួយធនាគារ និងកាបូបអេឡិចត្រូនិក ហើយប្រជាជនទទួលបានបង្កាន់ដៃអេឡិចត្រូនិកភ្លាមៗក្រោយពេលបង់ប្រាក់។',
          'ក្នុងករណីបង់ប្រាក់ខុស ឬឯកសារត្រូវបានបដិសេធ ប្រាក់កម្រៃនឹងត្រូវបានបង្វិលសងវិញតាមបទប្បញ្ញត្តិ។ ប្រជាជនគួររក្សាទុកបង្កាន់ដៃអេឡិចត្រូនិក ហើយទាក់ទងផ្នែកច្រកចេញចូលតែមួយដែលបានដាក់ឯកសារ។',
          'កម្មវិធីនេះផ្សាយនៅម៉ោង ១៨:៣០ រៀងរាល់ថ្ងៃព្រហស្បតិ៍ តាមរលកវិទ្យុរបស់ស្ថានីយ៍ ហើយមានកំណែជាភាសាខ្មែរផ្សាយនៅថ្ងៃតែមួយ។',
        ),
      },
    },
  },
  {
    key: 'mttq-giam-sat-mot-cua-cap-xa',
    kind: 'news',
    date: '2024-08-28T14:00:00+07:00',
    agency: 'mttq-tinh',
    reformAreas: ['thu-tuc-hanh-chinh', 'cong-vu'],
    topics: ['mot-cua'],
    audiences: [DAN, CB],
    localities: ['946', '947'],
    cover: picture('meeting'),
    text: {
      vi: {
        title: 'Mặt trận tỉnh giám sát việc tiếp nhận hồ sơ tại Bộ phận một cửa cấp xã',
        summary:
          'Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh làm việc tại 8 xã thuộc huyện Long Phú và Mỹ Xuyên, ghi nhận nhiều chuyển biến và kiến nghị giảm giấy tờ yêu cầu ngoài quy định.',
        byline: 'Ban Dân chủ - Pháp luật, Ủy ban MTTQ Việt Nam tỉnh',
        body: body(
          'Đoàn kiểm tra việc niêm yết thủ tục, sổ theo dõi hồ sơ, thư xin lỗi khi trễ hạn và trò chuyện trực tiếp với người dân đang chờ giải quyết thủ tục.',
          'Qua giám sát, đoàn ghi nhận phần lớn hồ sơ được giải quyết đúng hạn, thái độ công chức niềm nở. Tuy vậy, ở một số nơi người dân vẫn được yêu cầu nộp bản sao giấy tờ đã có trong cơ sở dữ liệu dân cư.',
          'Ủy ban MTTQ tỉnh kiến nghị UBND các huyện chấn chỉnh việc yêu cầu giấy tờ ngoài quy định và tiếp tục phối hợp tuyên truyền để người dân biết quyền của mình khi làm thủ tục.',
        ),
      },
    },
  },
  {
    key: 'hoi-thi-tuyen-truyen-vien-gioi-2024',
    kind: 'news',
    date: '2024-09-19T17:30:00+07:00',
    agency: 'so-noi-vu',
    reformAreas: ['chi-dao-dieu-hanh'],
    topics: ['tuyen-truyen-vien'],
    audiences: [CB],
    localities: [SOC_TRANG],
    cover: picture('stage'),
    gallery: [picture('classroom'), picture('meeting'), picture('stage')],
    text: {
      vi: {
        title: 'Hội thi "Tuyên truyền viên cải cách hành chính giỏi" năm 2024',
        summary:
          'Ngày 17/9/2024, 30 thí sinh là tuyên truyền viên của các sở, ngành, địa phương trình bày bài tuyên truyền về dịch vụ công trực tuyến, một cửa liên thông và đạo đức công vụ.',
        byline: BYLINE_SNV.vi,
        body: body(
          'Mỗi thí sinh có 7 phút trình bày trước ban giám khảo và khán giả là người dân được mời đến. Ban giám khảo chấm điểm nội dung, cách nói và khả năng trả lời câu hỏi của người nghe.',
          'Giải Nhất thuộc về một công chức tư pháp - hộ tịch huyện Mỹ Tú với bài "Giấy khai sinh trong 1 ngày", minh họa bằng chính điện thoại của khán giả. Hai thí sinh trình bày song ngữ Việt - Khmer nhận giải Nhì.',
          'Các bài thi đoạt giải được ghi hình, đăng trên chuyên mục cải cách hành chính để các đơn vị tham khảo.',
        ),
      },
      km: {
        title: 'ការប្រកួត «អ្នកផ្សព្វផ្សាយកំណែទម្រង់រដ្ឋបាលពូកែ» ឆ្នាំ ២០២៤',
        summary:
          'នៅថ្ងៃទី ១៧ ខែកញ្ញា ឆ្នាំ ២០២៤ បេក្ខជន ៣០ នាក់ ដែលជាអ្នកផ្សព្វផ្សាយនៃមន្ទីរ អង្គភាព និងមូលដ្ឋាន បានបង្ហាញបទផ្សព្វផ្សាយអំពីសេវាសាធារណៈតាមអនឡាញ ច្រកចេញចូលតែមួយអន្តរស្ថាប័ន និងក្រមសីលធម៌មុខងារសាធារណៈ។',
        byline: BYLINE_SNV.km,
        body: body(
          'បេក្ខជនម្នាក់ៗមានពេល ៧ នាទី ដើម្បីបង្ហាញនៅមុខគណៈកម្មការ និងទស្សនិកជនដែលជាប្រជាជនត្រូវបានអញ្ជើញមក។ គណៈកម្មការដាក់ពិន្ទុលើខ្លឹមសារ របៀបនិយាយ និងសមត្ថភាពឆ្លើយសំណួររបស់អ្នកស្តាប់។',
          'រង្វាន់លេខមួយបានទៅលើមន្ត្រីយុត្តិធម៌-អត្រានុកូលដ្ឋានម្នាក់នៃស្រុកមីទូ ជាមួយបទ «សំបុត្រកំណើតក្នុងមួយថ្ងៃ» ដែលបង្ហាញដោយប្រើទូរស័ព្ទរបស់ទស្សនិកជនផ្ទាល់។ បេក្ខជនពីររូបដែលបង្ហាញជាពីរភាសា វៀតណាម-ខ្មែរ ទទួលបានរង្វាន់លេខពីរ។',
          'បទប្រកួតដែលឈ្នះរង្វាន់ត្រូវបានថតទុក និងដាក់បង្ហោះនៅលើទំព័រព័ត៌មានកំណែទម្រង់រដ្ឋបាល ដើម្បីឱ្យអង្គភាពនានាយកធ្វើជាឯកសារយោង។',
        ),
      },
      en: {
        title: '"Best administrative reform communicator" contest 2024',
        summary:
          'On 17 September 2024, 30 communicators from departments and localities gave talks on online public services, inter-agency one-stop shops and public service ethics.',
        byline: BYLINE_SNV.en,
        body: body(
          'Each contestant had seven minutes before the jury and an audience of invited residents. The jury scored the content, the delivery and how well they answered questions from the floor.',
          'First prize went to a justice and civil status official from Mỹ Tú district for "A birth certificate in one day", demonstrated on audience members\' own phones. Two contestants who spoke in both Vietnamese and Khmer won second prizes.',
          'The winning talks were filmed and posted on the reform web section for other agencies to learn from.',
        ),
      },
    },
  },
  {
    key: 'iso-dien-tu-so-khcn',
    kind: 'news',
    date: '2024-10-24T09:00:00+07:00',
    agency: 'so-khcn',
    reformAreas: ['to-chuc-bo-may', 'chinh-phu-so'],
    topics: ['chuyen-doi-so'],
    audiences: [CB],
    localities: [SOC_TRANG],
    cover: picture('documents'),
    text: {
      vi: {
        title: 'Hệ thống quản lý chất lượng ISO 9001 chạy trên môi trường điện tử',
        summary:
          'Sở Khoa học và Công nghệ hướng dẫn các cơ quan hành chính chuyển hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 lên môi trường điện tử, bỏ dần hồ sơ giấy trong quy trình nội bộ.',
        byline: 'Chi cục Tiêu chuẩn Đo lường Chất lượng',
        body: body(
          'Thay vì in và ký hàng chục biểu mẫu, các quy trình giải quyết thủ tục hành chính được số hóa, theo dõi tiến độ và lưu vết trên phần mềm. Lãnh đạo cơ quan biết ngay hồ sơ nào sắp trễ hạn để nhắc việc.',
          'Một số sở đã hoàn thành việc chuyển đổi trong năm 2024. Sở Khoa học và Công nghệ tổ chức đánh giá nội bộ và tập huấn cho công chức làm đầu mối ISO ở các đơn vị.',
          'Áp dụng ISO trên môi trường điện tử góp phần vào cải cách tổ chức bộ máy và xây dựng Chính phủ số: quy trình rõ ràng, trách nhiệm rõ ràng, người dân được phục vụ nhanh hơn.',
        ),
      },
    },
  },
  {
    key: 'bao-soc-trang-chuyen-trang-cchc',
    kind: 'news',
    date: '2024-11-14T08:00:00+07:00',
    agency: 'bao-soc-trang',
    reformAreas: ['chi-dao-dieu-hanh'],
    topics: ['de-an-2030'],
    audiences: [DAN, CB, DN],
    localities: [SOC_TRANG],
    cover: picture('documents'),
    text: {
      vi: {
        title: 'Báo Sóc Trăng ra mắt chuyên trang "Cải cách hành chính - Vì Nhân dân phục vụ"',
        summary:
          'Chuyên trang xuất hiện trên báo in số thứ Năm hằng tuần và trên báo điện tử, tập trung vào câu chuyện của người dân khi làm thủ tục, những chỗ đã tốt lên và những chỗ còn phải sửa.',
        byline: 'Ban Biên tập Báo Sóc Trăng',
        body: body(
          'Ngoài tin, bài thường xuyên, chuyên trang có mục "Hỏi nhanh - đáp gọn" do các sở, ngành trả lời câu hỏi của bạn đọc và mục "Phản ánh" đăng những phiền hà người dân gặp phải kèm phản hồi của cơ quan có trách nhiệm.',
          quote('Báo chí đồng hành với cải cách hành chính không chỉ bằng cách đưa tin thành tích, mà bằng cách giúp người dân được lắng nghe.'),
          'Nội dung chuyên trang được chia sẻ với chuyên mục cải cách hành chính của tỉnh và Zalo tuyên truyền CCHC, theo cơ chế phối hợp giữa Báo với Sở Nội vụ mà Đề án tuyên truyền CCHC đặt ra.',
        ),
      },
      en: {
        title: 'Sóc Trăng Newspaper launches its page "Administrative reform: serving the people"',
        summary:
          "The page runs in every Thursday print edition and online. It tells citizens' stories of dealing with procedures: what has improved and what still needs fixing.",
        byline: 'Editorial Board, Sóc Trăng Newspaper',
        body: body(
          'Besides regular news and features, the page has "Quick questions, short answers", where departments answer readers, and "Complaints", which prints the problems people met together with the responsible agency\'s reply.',
          quote('The press supports administrative reform not by reporting achievements, but by helping people be heard.'),
          "Its content is shared with the province's reform web section and Zalo channel, under the cooperation between the newspaper and the Department of Home Affairs that the communication scheme provides for.",
        ),
      },
    },
  },
  {
    key: 'nhin-lai-2024-tuyen-truyen-den-ap-soc',
    kind: 'feature',
    date: '2024-12-12T07:00:00+07:00',
    agency: 'so-noi-vu',
    reformAreas: ['chi-dao-dieu-hanh', 'tac-dong'],
    topics: ['de-an-2030', 'lan-toa-dvctt'],
    audiences: [CB, DAN],
    localities: [SOC_TRANG, '950', '951', '947', '949'],
    cover: picture('landscape'),
    text: {
      vi: {
        title: 'Nhìn lại năm 2024: tuyên truyền cải cách hành chính đến từng ấp, sóc',
        summary:
          'Năm 2024, tuyên truyền cải cách hành chính không chỉ diễn ra ở hội trường mà ở sân chùa, ở nhà văn hóa ấp và trên chiếc điện thoại của người dân.',
        byline: BYLINE_SNV.vi,
        body: body(
          'Ở những ấp, sóc có đông đồng bào Khmer, các buổi tuyên truyền được tổ chức sau giờ lễ ở chùa, có sư sãi và người có uy tín cùng giải thích. Tờ rơi song ngữ Việt - Khmer được phát tận tay, bản tin phát thanh tiếng Khmer được phát lại trên loa của ấp.',
          'Tổ công nghệ số cộng đồng trở thành lực lượng quen thuộc. Hội thi tuyên truyền viên giỏi, sân khấu hóa và chuyên trang trên Báo Sóc Trăng giúp câu chuyện cải cách hành chính gần gũi hơn.',
          'Năm 2025 là năm sơ kết Đề án. Sở Nội vụ đề nghị các đơn vị chuẩn bị số liệu đầy đủ về hoạt động tuyên truyền giai đoạn 2022 - 2025 để đánh giá khách quan kết quả và những việc còn phải làm.',
        ),
      },
    },
  },
];
