/**
 * Good-practice models (mô hình, điển hình tốt): the problem, the solution, measured results,
 * who carried it out and where it was taken up. The scheme asks for such models to be found,
 * presented and replicated (Part II.I.3). Contacts are office lines and official mailboxes only.
 */
import type { GoodPracticeSeed } from '../types';
import { body, ol, ul } from './blocks';
import { picture } from './pictures';
import { CAN_THO, CB, DAN, DN, SOC_TRANG } from './tags';

const days = { vi: 'ngày', km: 'ថ្ងៃ', en: 'days' } as const;
const percent = { vi: '%', km: '%', en: '%' } as const;
const trips = { vi: 'lần', km: 'ដង', en: 'trips' } as const;
const minutes = { vi: 'phút', km: 'នាទី', en: 'minutes' } as const;

export const GOOD_PRACTICES: readonly GoodPracticeSeed[] = [
  {
    key: 'tra-ket-qua-tai-nha-my-tu',
    year: 2022,
    stage: 'replicated',
    replicatedIn: ['944', '946', '949', '942'],
    agency: 'ubnd-huyen-my-tu',
    reformAreas: ['thu-tuc-hanh-chinh', 'tac-dong'],
    topics: ['mo-hinh-hay', 'mot-cua'],
    audiences: [DAN],
    localities: ['944'],
    results: [
      { indicator: { vi: 'Số lần người cao tuổi phải đến trụ sở cho một thủ tục chứng thực', km: 'ចំនួនដងដែលមនុស្សចាស់ត្រូវមកទីស្នាក់ការសម្រាប់នីតិវិធីបញ្ជាក់ឯកសារមួយ', en: 'Trips to the office an elderly person needed for one certification' }, before: '2', after: '0', unit: trips },
      { indicator: { vi: 'Thời gian trả kết quả chứng thực, hộ tịch tại nhà', km: 'រយៈពេលប្រគល់លទ្ធផលបញ្ជាក់ឯកសារ និងអត្រានុកូលដ្ឋាននៅផ្ទះ', en: 'Time to deliver certification and civil status results at home' }, before: '3', after: '1', unit: days },
    ],
    contact: {
      name: { vi: 'Bộ phận Một cửa UBND xã (đầu mối mô hình)', km: 'ផ្នែកច្រកចេញចូលតែមួយនៃគណៈកម្មាធិការប្រជាជនឃុំ (ចំណុចទំនាក់ទំនងនៃគំរូ)', en: "Commune People's Committee one-stop counter (model contact)" },
      unit: { vi: 'Phòng Nội vụ huyện Mỹ Tú', km: 'ការិយាល័យកិច្ចការផ្ទៃក្នុងស្រុកមីទូ', en: 'Mỹ Tú District Home Affairs Office' },
      phone: '0299 3871 126',
      email: 'motcua.mytu@soctrang.gov.vn',
    },
    cover: picture('service-desk'),
    files: [
      {
        source: { pdf: 'demo-quy-trinh-tra-ket-qua-tai-nha' },
        title: { vi: 'Quy trình tiếp nhận và trả kết quả tại nhà (PDF)', km: 'នីតិវិធីទទួល និងប្រគល់លទ្ធផលនៅផ្ទះ (PDF ជាភាសាវៀតណាម)', en: 'Home service procedure (PDF, in Vietnamese)' },
      },
    ],
    text: {
      vi: {
        title: 'Tiếp nhận và trả kết quả thủ tục hành chính tại nhà cho người cao tuổi, người khuyết tật',
        summary: 'Công chức một cửa xã mang thiết bị đến tận nhà tiếp nhận hồ sơ chứng thực, hộ tịch cho người cao tuổi, người khuyết tật, người bệnh nặng; kết quả trả tại nhà, không thu thêm phí.',
        implementer: 'UBND các xã, thị trấn huyện Mỹ Tú',
        problem: body('Nhiều người cao tuổi, người khuyết tật ở các ấp xa phải nhờ người chở đi 10 - 15 km để chứng thực một giấy tờ hoặc đăng ký khai tử cho người thân, có người phải đi hai lần vì thiếu giấy tờ.'),
        solution: body(
          'Người dân gọi điện hoặc nhắn Zalo cho Bộ phận một cửa xã. Công chức hẹn giờ, mang máy tính bảng, máy quét và con dấu đến nhà tiếp nhận, cập nhật hồ sơ ngay vào hệ thống một cửa điện tử, rồi trả kết quả tại nhà hoặc qua bưu chính.',
          ul('Không thu thêm bất kỳ khoản nào ngoài phí, lệ phí theo quy định.', 'Mỗi xã công khai số điện thoại, Zalo tiếp nhận yêu cầu.'),
        ),
      },
      km: {
        title: 'ការទទួល និងប្រគល់លទ្ធផលនីតិវិធីរដ្ឋបាលនៅផ្ទះ សម្រាប់មនុស្សចាស់ និងជនពិការ',
        summary: 'មន្ត្រីច្រកចេញចូលតែមួយនៃឃុំ យកឧបករណ៍ទៅដល់ផ្ទះ ដើម្បីទទួលឯកសារបញ្ជាក់ និងអត្រានុកូលដ្ឋាន សម្រាប់មនុស្សចាស់ ជនពិការ និងអ្នកជំងឺធ្ងន់ ហើយប្រគល់លទ្ធផលនៅផ្ទះ ដោយមិនយកថ្លៃបន្ថែម។',
        implementer: 'គណៈកម្មាធិការប្រជាជនឃុំ និងទីប្រជុំជននៃស្រុកមីទូ',
        problem: body('មនុស្សចាស់ និងជនពិការជាច្រើននៅភូមិឆ្ងាយៗ ត្រូវសុំគេដឹកទៅចម្ងាយ ១០ ទៅ ១៥ គីឡូម៉ែត្រ ដើម្បីបញ្ជាក់ឯកសារមួយ ឬចុះបញ្ជីមរណភាពឱ្យសាច់ញាតិ ហើយអ្នកខ្លះត្រូវទៅពីរដង ដោយសារខ្វះឯកសារ។'),
        solution: body(
          'ប្រជាជនទូរស័ព្ទ ឬផ្ញើសារតាម Zalo ទៅផ្នែកច្រកចេញចូលតែមួយនៃឃុំ។ មន្ត្រីណាត់ពេល យកថេប្លេត ម៉ាស៊ីនស្កេន និងត្រា ទៅដល់ផ្ទះ ដើម្បីទទួលឯកសារ បញ្ចូលភ្លាមៗទៅក្នុងប្រព័ន្ធច្រកចេញចូលតែមួយអេឡិចត្រូនិក ហើយប្រគល់លទ្ធផលនៅផ្ទះ ឬតាមប៉ុស្តិ៍។',
          ul('មិនយកប្រាក់បន្ថែមណាមួយក្រៅពីកម្រៃ និងថ្លៃសេវាតាមបទប្បញ្ញត្តិ។', 'ឃុំនីមួយៗប្រកាសជាសាធារណៈនូវលេខទូរស័ព្ទ និង Zalo សម្រាប់ទទួលសំណើ។'),
        ),
      },
      en: {
        title: 'Administrative procedures at home for elderly and disabled people',
        summary: 'Commune one-stop staff bring their equipment to the homes of elderly, disabled and seriously ill people to take certification and civil status applications, and deliver the results there, at no extra charge.',
        implementer: "Commune and township People's Committees of Mỹ Tú district",
        problem: body('Many elderly and disabled people in remote hamlets had to be driven 10–15 km to certify a paper or register a relative\'s death, and some had to go twice because a document was missing.'),
        solution: body(
          'People call or message the commune one-stop counter on Zalo. An official books a time, brings a tablet, a scanner and the seal, enters the file straight into the electronic one-stop system and delivers the result at home or by post.',
          ul('No charge beyond the statutory fees.', 'Every commune publishes the phone number and Zalo account for requests.'),
        ),
      },
    },
  },
  {
    key: 'mot-cua-song-ngu-vinh-chau',
    year: 2023,
    stage: 'replicating',
    replicatedIn: ['951', '947'],
    agency: 'ubnd-tx-vinh-chau',
    reformAreas: ['thu-tuc-hanh-chinh', 'tac-dong'],
    topics: ['mo-hinh-hay', 'mot-cua'],
    audiences: [DAN],
    localities: ['950'],
    results: [
      { indicator: { vi: 'Tỷ lệ người dân Khmer hài lòng tại Bộ phận một cửa', km: 'អត្រាប្រជាជនខ្មែរពេញចិត្តនៅផ្នែកច្រកចេញចូលតែមួយ', en: 'Satisfaction of Khmer citizens at the one-stop counter' }, before: '78', after: '94', unit: percent },
      { indicator: { vi: 'Thủ tục thường gặp có tờ hướng dẫn song ngữ', km: 'នីតិវិធីដែលជួបញឹកញាប់ ដែលមានសន្លឹកណែនាំពីរភាសា', en: 'Common procedures with a bilingual guide sheet' }, before: '0', after: '46', unit: { vi: 'thủ tục', km: 'នីតិវិធី', en: 'procedures' } },
    ],
    contact: {
      name: { vi: 'Văn phòng HĐND và UBND thị xã (bộ phận một cửa)', km: 'ការិយាល័យក្រុមប្រឹក្សា និងគណៈកម្មាធិការប្រជាជនទីរួមខេត្ត (ផ្នែកច្រកចេញចូលតែមួយ)', en: 'Town council and committee office (one-stop counter)' },
      unit: { vi: 'UBND thị xã Vĩnh Châu', km: 'គណៈកម្មាធិការប្រជាជនទីរួមខេត្តវិញចូវ', en: "Vĩnh Châu Town People's Committee" },
      phone: '0299 3861 215',
      email: 'motcua.vinhchau@soctrang.gov.vn',
    },
    cover: picture('service-desk'),
    text: {
      vi: {
        title: 'Bộ phận một cửa song ngữ Việt - Khmer',
        summary: 'Công chức biết tiếng Khmer ở quầy hướng dẫn, bảng niêm yết và tờ hướng dẫn song ngữ: đồng bào Khmer tự đi làm thủ tục, không cần người phiên dịch.',
        implementer: 'Bộ phận một cửa thị xã Vĩnh Châu và các phường, xã',
        problem: body('Hơn một nửa dân số thị xã là đồng bào Khmer; nhiều người lớn tuổi không đọc được tiếng Việt, phải nhờ con cháu đi cùng, ngại hỏi và dễ nộp thiếu giấy tờ.'),
        solution: body(
          'Bố trí công chức biết tiếng Khmer ở quầy hướng dẫn; dịch và niêm yết song ngữ các thủ tục thường gặp; phát thanh hướng dẫn bằng tiếng Khmer trên loa của khóm, ấp.',
          ol('Chọn thủ tục theo số hồ sơ nhiều nhất.', 'Dịch, nhờ sư sãi và giáo viên song ngữ đọc soát.', 'In, niêm yết và đăng lên Zalo của khóm, ấp.'),
        ),
      },
      km: {
        title: 'ផ្នែកច្រកចេញចូលតែមួយពីរភាសា វៀតណាម-ខ្មែរ',
        summary: 'មន្ត្រីដែលចេះភាសាខ្មែរនៅបញ្ជរណែនាំ ផ្ទាំងប្រកាស និងសន្លឹកណែនាំពីរភាសា៖ បងប្អូនខ្មែរអាចទៅធ្វើនីតិវិធីដោយខ្លួនឯង ដោយមិនត្រូវការអ្នកបកប្រែ។',
        implementer: 'ផ្នែកច្រកចេញចូលតែមួយនៃទីរួមខេត្តវិញចូវ និងសង្កាត់ ឃុំ',
        problem: body('ប្រជាជនជាងពាក់កណ្តាលនៃទីរួមខេត្តជាជនជាតិខ្មែរ មនុស្សចាស់ជាច្រើនមិនអាចអានភាសាវៀតណាមបាន ត្រូវសុំកូនចៅទៅជាមួយ ខ្មាស់សួរ និងងាយដាក់ឯកសារមិនគ្រប់។'),
        solution: body(
          'ចាត់មន្ត្រីដែលចេះភាសាខ្មែរនៅបញ្ជរណែនាំ បកប្រែ និងបិទប្រកាសពីរភាសានូវនីតិវិធីដែលជួបញឹកញាប់ ហើយផ្សាយការណែនាំជាភាសាខ្មែរតាមឧបករណ៍បំពងសំឡេងនៃភូមិ។',
          ol('ជ្រើសរើសនីតិវិធីតាមចំនួនឯកសារច្រើនជាងគេ។', 'បកប្រែ ហើយសុំព្រះសង្ឃ និងគ្រូបង្រៀនពីរភាសាពិនិត្យ។', 'បោះពុម្ព បិទប្រកាស និងដាក់បង្ហោះលើ Zalo នៃភូមិ។'),
        ),
      },
      en: {
        title: 'A bilingual Vietnamese–Khmer one-stop counter',
        summary: 'A Khmer-speaking official at the help desk and bilingual notices and guide sheets: Khmer citizens handle their procedures themselves, without an interpreter.',
        implementer: 'One-stop counters of Vĩnh Châu town and its wards and communes',
        problem: body('More than half of the town is Khmer; many older people cannot read Vietnamese, came with a grandchild, hesitated to ask and often missed a document.'),
        solution: body(
          'A Khmer-speaking official at the help desk; the most common procedures translated and posted in both languages; guidance broadcast in Khmer on the hamlet loudspeakers.',
          ol('Pick the procedures with the most files.', 'Translate, and have monks and bilingual teachers check the text.', 'Print, post and share on the hamlet Zalo groups.'),
        ),
      },
    },
  },
  {
    key: 'zalo-tuyen-truyen-cchc-ke-sach',
    year: 2022,
    stage: 'replicated',
    replicatedIn: ['943', '942', '948'],
    agency: 'ubnd-huyen-ke-sach',
    reformAreas: ['chinh-phu-so', 'chi-dao-dieu-hanh'],
    topics: ['mo-hinh-hay', 'lan-toa-dvctt'],
    audiences: [DAN],
    localities: ['943'],
    results: [
      { indicator: { vi: 'Thời gian trả lời câu hỏi của người dân', en: "Time to answer a citizen's question" }, before: '3', after: '1', unit: { vi: 'ngày', en: 'days' } },
      { indicator: { vi: 'Số hộ tham gia nhóm Zalo của ấp', en: 'Households in the hamlet Zalo groups' }, before: '0', after: '18.500', unit: { vi: 'hộ', en: 'households' } },
    ],
    contact: {
      name: { vi: 'Phòng Nội vụ huyện (quản trị nội dung)', en: 'District Home Affairs Office (content administrators)' },
      unit: { vi: 'UBND huyện Kế Sách', en: "Kế Sách District People's Committee" },
      phone: '0299 3879 040',
      email: 'phongnoivu.kesach@soctrang.gov.vn',
    },
    cover: picture('phone'),
    files: [
      { source: { pdf: 'demo-quy-che-zalo-tuyen-truyen-cchc' }, title: { vi: 'Quy chế quản lý nhóm Zalo tuyên truyền CCHC (PDF)', en: 'Rules for the reform Zalo groups (PDF, in Vietnamese)' } },
    ],
    text: {
      vi: {
        title: 'Nhóm Zalo tuyên truyền cải cách hành chính ở từng ấp',
        summary: 'Mỗi ấp một nhóm Zalo do công chức xã và trưởng ấp quản trị: đăng hướng dẫn thủ tục, lịch tiếp nhận, trả lời câu hỏi trong một ngày làm việc.',
        implementer: 'UBND các xã, thị trấn huyện Kế Sách',
        problem: body('Thông tin thủ tục dán ở trụ sở xã ít người đọc; người dân hỏi qua điện thoại cá nhân của cán bộ, câu trả lời không thống nhất và không ai theo dõi.'),
        solution: body('Lập nhóm Zalo theo từng ấp, có quy chế quản lý: nội dung do công chức văn phòng - thống kê duyệt, câu hỏi riêng tư chuyển sang nhắn riêng, không đăng thông tin cá nhân người khác. Hằng tuần đăng một thủ tục "bỏ túi" với hình ảnh minh họa.'),
      },
      en: {
        title: 'A reform Zalo group for every hamlet',
        summary: 'Every hamlet has a Zalo group run by commune staff and the hamlet head: procedure guides, opening times, and answers within one working day.',
        implementer: "Commune and township People's Committees of Kế Sách district",
        problem: body("Few people read the notices at the commune office; questions went to officials' personal phones, answers varied and nobody kept track."),
        solution: body("A Zalo group per hamlet under written rules: content approved by the commune office, private questions moved to direct messages, no one else's personal data posted. Each week a \"pocket guide\" to one procedure, with pictures."),
      },
    },
  },
  {
    key: 'to-cong-nghe-so-cong-dong',
    year: 2022,
    stage: 'replicated',
    replicatedIn: ['941', '942', '943', '944', '945', '946', '947', '948', '949', '950', '951'],
    agency: 'so-tttt',
    reformAreas: ['chinh-phu-so'],
    topics: ['mo-hinh-hay', 'lan-toa-dvctt', 'chuyen-doi-so'],
    audiences: [DAN],
    localities: [SOC_TRANG],
    results: [
      { indicator: { vi: 'Tỷ lệ hồ sơ cấp xã nộp trực tuyến', km: 'អត្រាឯកសារថ្នាក់ឃុំដែលដាក់តាមអនឡាញ', en: 'Share of commune applications filed online' }, before: '12', after: '58', unit: percent },
      { indicator: { vi: 'Tỷ lệ người trưởng thành có tài khoản định danh điện tử mức 2', km: 'អត្រាមនុស្សពេញវ័យដែលមានគណនីអត្តសញ្ញាណអេឡិចត្រូនិកកម្រិត ២', en: 'Adults with a level-2 electronic identity account' }, before: '21', after: '74', unit: percent },
    ],
    contact: {
      name: { vi: 'Phòng Bưu chính - Viễn thông và Chuyển đổi số', km: 'ការិយាល័យប្រៃសណីយ៍-ទូរគមនាគមន៍ និងការផ្លាស់ប្តូរឌីជីថល', en: 'Posts, Telecommunications and Digital Transformation Division' },
      unit: { vi: 'Sở Thông tin và Truyền thông tỉnh Sóc Trăng', km: 'មន្ទីរព័ត៌មាន និងទំនាក់ទំនងខេត្តសុកត្រាំង', en: 'Sóc Trăng Department of Information and Communications' },
      phone: '0299 3622 666',
      email: 'chuyendoiso@soctrang.gov.vn',
    },
    cover: picture('phone'),
    text: {
      vi: {
        title: 'Tổ công nghệ số cộng đồng hướng dẫn người dân dùng dịch vụ công trực tuyến',
        summary: 'Ở mỗi ấp, khóm, tổ công nghệ số cộng đồng gồm trưởng ấp, công an viên, đoàn viên thanh niên đến từng nhà hướng dẫn cài ứng dụng, tạo tài khoản và nộp hồ sơ trực tuyến.',
        implementer: 'Tổ công nghệ số cộng đồng các ấp, khóm',
        problem: body('Dịch vụ công trực tuyến đã sẵn sàng nhưng tỷ lệ người dân sử dụng thấp: nhiều người không biết, không tin hoặc sợ thao tác sai trên điện thoại.'),
        solution: body('Thành lập tổ công nghệ số cộng đồng ở tất cả các ấp, khóm; tập huấn cho tổ viên; giao chỉ tiêu hướng dẫn theo hộ; phối hợp với Bộ phận một cửa xã để hướng dẫn đúng thủ tục người dân đang cần.'),
      },
      km: {
        title: 'ក្រុមបច្ចេកវិទ្យាឌីជីថលសហគមន៍ណែនាំប្រជាជនឱ្យប្រើសេវាសាធារណៈតាមអនឡាញ',
        summary: 'នៅតាមភូមិនីមួយៗ ក្រុមបច្ចេកវិទ្យាឌីជីថលសហគមន៍ ដែលមានមេភូមិ ប៉ូលិសភូមិ និងសមាជិកយុវជន ទៅដល់ផ្ទះនីមួយៗ ដើម្បីណែនាំការដំឡើងកម្មវិធី ការបង្កើតគណនី និងការដាក់ឯកសារតាមអនឡាញ។',
        implementer: 'ក្រុមបច្ចេកវិទ្យាឌីជីថលសហគមន៍នៃភូមិនានា',
        problem: body('សេវាសាធារណៈតាមអនឡាញបានត្រៀមរួចរាល់ ប៉ុន្តែអត្រាប្រជាជនប្រើប្រាស់នៅទាប៖ មនុស្សជាច្រើនមិនដឹង មិនជឿ ឬខ្លាចធ្វើខុសនៅលើទូរស័ព្ទ។'),
        solution: body('បង្កើតក្រុមបច្ចេកវិទ្យាឌីជីថលសហគមន៍នៅគ្រប់ភូមិ បណ្តុះបណ្តាលសមាជិកក្រុម កំណត់ចំនួនគ្រួសារដែលត្រូវណែនាំ និងសហការជាមួយផ្នែកច្រកចេញចូលតែមួយនៃឃុំ ដើម្បីណែនាំឱ្យត្រូវនីតិវិធីដែលប្រជាជនកំពុងត្រូវការ។'),
      },
      en: {
        title: 'Community digital technology teams help people use online public services',
        summary: 'In every hamlet a community digital technology team (the hamlet head, the village police officer, Youth Union members) goes from house to house helping people install the apps, create accounts and apply online.',
        implementer: 'Community digital technology teams of the hamlets',
        problem: body('Online public services were ready but few people used them: many did not know, did not trust them or were afraid of getting it wrong on a phone.'),
        solution: body('Teams set up in every hamlet, their members trained, household targets assigned, and work coordinated with the commune one-stop counter so that people get help with the procedure they actually need.'),
      },
    },
  },
  {
    key: 'lien-thong-dat-dai-tp-soc-trang',
    year: 2023,
    stage: 'replicating',
    replicatedIn: ['947', '942'],
    agency: 'ubnd-tp-soc-trang',
    reformAreas: ['thu-tuc-hanh-chinh'],
    topics: ['mo-hinh-hay', 'mot-cua'],
    audiences: [DAN, DN],
    localities: ['941'],
    results: [
      { indicator: { vi: 'Thời gian giải quyết hồ sơ đăng ký biến động đất đai', en: 'Time to process a land change registration' }, before: '15', after: '5', unit: { vi: 'ngày', en: 'days' } },
      { indicator: { vi: 'Tỷ lệ hồ sơ trễ hạn', en: 'Share of files late' }, before: '9', after: '0,8', unit: { vi: '%', en: '%' } },
    ],
    contact: {
      name: { vi: 'Bộ phận Một cửa thành phố', en: 'City one-stop counter' },
      unit: { vi: 'UBND thành phố Sóc Trăng', en: "Sóc Trăng City People's Committee" },
      phone: '0299 3821 340',
      email: 'motcua.tpst@soctrang.gov.vn',
    },
    cover: picture('documents'),
    text: {
      vi: {
        title: 'Liên thông giải quyết thủ tục đất đai: từ 15 xuống 5 ngày',
        summary: 'Phối hợp trên cùng một hệ thống giữa Bộ phận một cửa, chi nhánh văn phòng đăng ký đất đai và cơ quan thuế giúp hồ sơ đăng ký biến động đất đai được giải quyết trong 5 ngày thay vì 15 ngày.',
        implementer: 'Bộ phận một cửa thành phố Sóc Trăng, Chi nhánh Văn phòng Đăng ký đất đai, Chi cục Thuế khu vực',
        problem: body('Hồ sơ đất đai phải chuyển giấy qua lại giữa ba cơ quan; mỗi lần chuyển mất một đến hai ngày, hồ sơ thiếu thì trả về từ đầu, người dân không biết hồ sơ đang nằm ở đâu.'),
        solution: body(
          'Ba cơ quan cùng xử lý trên hệ thống một cửa điện tử: hồ sơ được số hóa khi tiếp nhận, chuyển điện tử, thông tin thuế được trao đổi trực tuyến. Mỗi bước có thời hạn riêng, quá hạn hệ thống tự nhắc.',
          ul('Kiểm tra đầy đủ hồ sơ ngay tại quầy theo danh mục.', 'Người dân nhận tin nhắn khi hồ sơ chuyển bước.'),
        ),
      },
      en: {
        title: 'Linked land procedures: from 15 days to 5',
        summary: 'The one-stop counter, the land registration office branch and the tax office working on one system cut the processing of land change registrations from 15 days to 5.',
        implementer: 'Sóc Trăng City one-stop counter, Land Registration Office branch, area Tax Office',
        problem: body('Land files travelled on paper between three offices; every hand-over took a day or two, an incomplete file went back to the start and applicants never knew where their file was.'),
        solution: body(
          'The three offices work on the electronic one-stop system: files are digitised on receipt and passed on electronically, and tax details are exchanged online. Every step has its own deadline and the system sends reminders.',
          ul('Files checked for completeness at the counter against a list.', 'Applicants get a text message when their file moves on.'),
        ),
      },
    },
  },
  {
    key: 'sang-thu-bay-khong-hen-tran-de',
    year: 2023,
    stage: 'pilot',
    agency: 'ubnd-huyen-tran-de',
    reformAreas: ['thu-tuc-hanh-chinh', 'cong-vu'],
    topics: ['mo-hinh-hay', 'mot-cua'],
    audiences: [DAN],
    localities: ['951'],
    results: [
      { indicator: { vi: 'Hồ sơ tiếp nhận mỗi sáng thứ Bảy', en: 'Files received each Saturday morning' }, after: '45', unit: { vi: 'hồ sơ', en: 'files' } },
    ],
    contact: {
      name: { vi: 'Bộ phận Một cửa huyện', en: 'District one-stop counter' },
      unit: { vi: 'UBND huyện Trần Đề', en: "Trần Đề District People's Committee" },
      phone: '0299 3838 126',
      email: 'motcua.trande@soctrang.gov.vn',
    },
    cover: picture('service-desk'),
    text: {
      vi: {
        title: 'Sáng thứ Bảy tiếp nhận hồ sơ cho người lao động',
        summary: 'Bộ phận một cửa huyện mở cửa sáng thứ Bảy để công nhân, người đi biển, người làm thuê làm thủ tục mà không phải nghỉ việc.',
        implementer: 'Bộ phận một cửa huyện Trần Đề',
        problem: body('Nhiều người lao động, ngư dân chỉ có thể đi làm thủ tục vào ngày nghỉ, trong khi Bộ phận một cửa chỉ làm việc giờ hành chính các ngày trong tuần.'),
        solution: body('Thí điểm tiếp nhận hồ sơ và trả kết quả sáng thứ Bảy với một số thủ tục thường gặp (chứng thực, hộ tịch), công chức trực luân phiên và được nghỉ bù theo quy định.'),
      },
    },
  },
  {
    key: 'thanh-toan-khong-dung-tien-mat-mot-cua',
    year: 2024,
    stage: 'replicating',
    replicatedIn: ['941', '950', '948'],
    agency: 'so-tai-chinh',
    reformAreas: ['tai-chinh-cong', 'chinh-phu-so'],
    topics: ['mo-hinh-hay', 'lan-toa-dvctt'],
    audiences: [DAN, DN],
    localities: [SOC_TRANG],
    results: [
      { indicator: { vi: 'Tỷ lệ hồ sơ có phí được thanh toán trực tuyến', km: 'អត្រាឯកសារមានកម្រៃដែលបង់ប្រាក់តាមអនឡាញ', en: 'Share of fee-paying files paid online' }, before: '5', after: '41', unit: percent },
      { indicator: { vi: 'Thời gian nộp phí tại quầy', km: 'រយៈពេលបង់កម្រៃនៅបញ្ជរ', en: 'Time spent paying at the counter' }, before: '10', after: '1', unit: minutes },
    ],
    contact: {
      name: { vi: 'Phòng Quản lý ngân sách', km: 'ការិយាល័យគ្រប់គ្រងថវិកា', en: 'Budget Management Division' },
      unit: { vi: 'Sở Tài chính tỉnh Sóc Trăng', km: 'មន្ទីរហិរញ្ញវត្ថុខេត្តសុកត្រាំង', en: 'Sóc Trăng Department of Finance' },
      phone: '0299 3822 478',
      email: 'sotaichinh@soctrang.gov.vn',
    },
    cover: picture('phone'),
    text: {
      vi: {
        title: 'Thanh toán không dùng tiền mặt tại Bộ phận một cửa',
        summary: 'Mã QR thanh toán in sẵn trên phiếu hẹn và thanh toán trực tuyến trên Cổng dịch vụ công giúp người dân nộp phí, lệ phí trong một phút, cơ quan không phải giữ tiền mặt.',
        implementer: 'Bộ phận một cửa các cấp, Kho bạc Nhà nước và các ngân hàng thương mại',
        problem: body('Thu phí, lệ phí bằng tiền mặt khiến người dân phải chờ, công chức mất thời gian kiểm đếm, nộp tiền vào kho bạc và dễ sai sót.'),
        solution: body('In mã QR thanh toán trên phiếu hẹn, bố trí máy POS tại quầy, hướng dẫn thanh toán trực tuyến khi nộp hồ sơ qua Cổng dịch vụ công; biên lai điện tử gửi ngay cho người nộp.'),
      },
      km: {
        title: 'ការបង់ប្រាក់ដោយមិនប្រើសាច់ប្រាក់នៅផ្នែកច្រកចេញចូលតែមួយ',
        summary: 'កូដ QR សម្រាប់បង់ប្រាក់ដែលបោះពុម្ពរួចនៅលើប័ណ្ណណាត់ជួប និងការបង់ប្រាក់តាមអនឡាញនៅលើវិបផតថលសេវាសាធារណៈ ជួយប្រជាជនបង់កម្រៃក្នុងរយៈពេលមួយនាទី ហើយស្ថាប័នមិនចាំបាច់រក្សាសាច់ប្រាក់។',
        implementer: 'ផ្នែកច្រកចេញចូលតែមួយគ្រប់ថ្នាក់ រតនាគាររដ្ឋ និងធនាគារពាណិជ្ជ',
        problem: body('ការប្រមូលកម្រៃជាសាច់ប្រាក់ ធ្វើឱ្យប្រជាជនត្រូវរង់ចាំ មន្ត្រីចំណាយពេលរាប់ប្រាក់ និងដាក់ប្រាក់ចូលរតនាគារ ហើយងាយមានកំហុស។'),
        solution: body('បោះពុម្ពកូដ QR សម្រាប់បង់ប្រាក់នៅលើប័ណ្ណណាត់ជួប ដាក់ម៉ាស៊ីន POS នៅបញ្ជរ និងណែនាំការបង់ប្រាក់តាមអនឡាញ នៅពេលដាក់ឯកសារតាមវិបផតថលសេវាសាធារណៈ ហើយបង្កាន់ដៃអេឡិចត្រូនិកត្រូវបានផ្ញើភ្លាមៗទៅអ្នកបង់។'),
      },
    },
  },
  {
    key: 'danh-gia-cong-chuc-bang-phieu-dien-tu',
    year: 2024,
    stage: 'pilot',
    agency: 'so-noi-vu',
    reformAreas: ['cong-vu', 'tac-dong'],
    topics: ['mo-hinh-hay', 'par-index-sipas'],
    audiences: [DAN, CB],
    localities: [SOC_TRANG],
    results: [
      { indicator: { vi: 'Tỷ lệ người dân để lại đánh giá sau khi giải quyết thủ tục', en: 'Share of applicants who leave a rating' }, before: '0', after: '63', unit: { vi: '%', en: '%' } },
    ],
    contact: {
      name: { vi: 'Phòng Cải cách hành chính', en: 'Administrative Reform Division' },
      unit: { vi: 'Sở Nội vụ tỉnh Sóc Trăng', en: 'Sóc Trăng Department of Home Affairs' },
      phone: '0299 3820 163',
      email: 'cchc.snv@soctrang.gov.vn',
    },
    cover: picture('chart'),
    text: {
      vi: {
        title: 'Người dân đánh giá công chức bằng phiếu điện tử tại quầy',
        summary: 'Sau mỗi lần giải quyết thủ tục, người dân chạm vào màn hình hoặc quét mã QR để đánh giá thái độ, thời gian và kết quả; kết quả được dùng khi xếp loại công chức cuối năm.',
        problem: body('Sổ góp ý đặt ở quầy hầu như không ai viết; cơ quan không có số liệu để biết người dân hài lòng hay không với từng công chức, từng thủ tục.'),
        solution: body('Đặt thiết bị đánh giá ở từng quầy và in mã QR trên giấy hẹn; tổng hợp kết quả hằng tháng, công khai tại trụ sở; ý kiến không hài lòng được lãnh đạo gọi lại trong tuần.'),
      },
    },
  },
  {
    key: 'doan-vien-ho-tro-trung-tam-phuc-vu-hcc',
    year: 2025,
    stage: 'replicated',
    replicatedIn: [CAN_THO],
    agency: 'ubnd-tp-can-tho',
    reformAreas: ['thu-tuc-hanh-chinh', 'tac-dong'],
    topics: ['mo-hinh-hay', 'mot-cua', 'sap-nhap-2025'],
    audiences: [DAN],
    localities: [CAN_THO],
    results: [
      { indicator: { vi: 'Thời gian chờ trung bình tại Trung tâm', en: 'Average waiting time at the centre' }, before: '40', after: '15', unit: { vi: 'phút', en: 'minutes' } },
      { indicator: { vi: 'Tỷ lệ hồ sơ nộp trực tuyến tại khu tự phục vụ', en: 'Files submitted online at the self-service area' }, before: '20', after: '55', unit: { vi: '%', en: '%' } },
    ],
    contact: {
      name: { vi: 'Phòng Cải cách hành chính', en: 'Administrative Reform Division' },
      unit: { vi: 'Sở Nội vụ thành phố Cần Thơ', en: 'Cần Thơ Department of Home Affairs' },
      phone: '0292 3820 368',
      email: 'cchc.snv@cantho.gov.vn',
    },
    cover: picture('service-desk'),
    text: {
      vi: {
        title: 'Đoàn viên thanh niên phân luồng, hỗ trợ tại Trung tâm Phục vụ hành chính công xã, phường',
        summary: 'Đoàn viên đứng ở cửa Trung tâm hỏi nhu cầu, hướng dẫn người có tài khoản định danh điện tử tự nộp hồ sơ tại khu tự phục vụ; người cần tư vấn mới vào quầy.',
        implementer: 'Đoàn Thanh niên các xã, phường khu vực Sóc Trăng (cũ), thành phố Cần Thơ',
        problem: body('Sau khi bỏ cấp huyện, số hồ sơ ở Trung tâm Phục vụ hành chính công cấp xã tăng mạnh; người dân xếp hàng lâu kể cả với những thủ tục có thể tự nộp trực tuyến.'),
        solution: body('Mỗi Trung tâm có tổ đoàn viên trực theo ca: phân luồng ngay từ cửa, hướng dẫn nộp trực tuyến tại máy tính của khu tự phục vụ, giúp người lớn tuổi điền tờ khai. Công chức tập trung thẩm định hồ sơ.'),
      },
      en: {
        title: 'Youth Union volunteers guide people at commune public administration service centres',
        summary: 'Volunteers at the door ask what people need and help those with an electronic identity account to apply themselves at the self-service area; only those who need advice queue at the counters.',
        implementer: 'Youth Union branches of the communes and wards of the former Sóc Trăng province, Cần Thơ city',
        problem: body('After the district level was abolished, files at commune service centres rose sharply and people queued for a long time even for procedures they could do online.'),
        solution: body('Each centre has volunteers on shifts: sorting people at the door, helping them apply online at the self-service computers, helping elderly people fill in forms. Officials concentrate on examining files.'),
      },
    },
  },
  {
    key: 'so-hoa-so-ho-tich',
    year: 2023,
    stage: 'replicated',
    replicatedIn: ['941', '942', '943', '944', '945', '946', '947', '948', '949', '950', '951'],
    agency: 'so-tu-phap',
    reformAreas: ['chinh-phu-so', 'thu-tuc-hanh-chinh'],
    topics: ['mo-hinh-hay', 'chuyen-doi-so'],
    audiences: [DAN, CB],
    localities: [SOC_TRANG],
    results: [
      { indicator: { vi: 'Thời gian tìm một sổ hộ tịch gốc', km: 'រយៈពេលស្វែងរកសៀវភៅអត្រានុកូលដ្ឋានដើមមួយ', en: 'Time to find an original civil status register entry' }, before: '120', after: '5', unit: minutes },
      { indicator: { vi: 'Thời gian cấp bản sao trích lục hộ tịch', km: 'រយៈពេលចេញច្បាប់ចម្លងដកស្រង់អត្រានុកូលដ្ឋាន', en: 'Time to issue a civil status extract' }, before: '3', after: '1', unit: days },
    ],
    contact: {
      name: { vi: 'Phòng Hành chính tư pháp', km: 'ការិយាល័យរដ្ឋបាលយុត្តិធម៌', en: 'Judicial Administration Division' },
      unit: { vi: 'Sở Tư pháp tỉnh Sóc Trăng', km: 'មន្ទីរយុត្តិធម៌ខេត្តសុកត្រាំង', en: 'Sóc Trăng Department of Justice' },
      phone: '0299 3821 614',
      email: 'sotuphap@soctrang.gov.vn',
    },
    cover: picture('documents'),
    text: {
      vi: {
        title: 'Số hóa sổ hộ tịch: tra cứu trong 5 phút',
        summary: 'Hàng trăm nghìn trang sổ hộ tịch giấy từ những năm trước được số hóa, nhập vào cơ sở dữ liệu hộ tịch điện tử; công chức tìm một bản gốc trong vài phút thay vì lật sổ hàng giờ.',
        implementer: 'Sở Tư pháp, công chức tư pháp - hộ tịch cấp xã',
        problem: body('Sổ hộ tịch giấy lưu ở xã, huyện bị ẩm, mục; mỗi lần người dân xin bản sao trích lục, công chức phải lật từng trang, có khi hẹn người dân quay lại ngày khác.'),
        solution: body('Quét toàn bộ sổ hộ tịch, nhập dữ liệu theo chuẩn của cơ sở dữ liệu hộ tịch điện tử, đối chiếu hai lần; sau đó cấp bản sao trích lục trực tuyến và kết nối với Cơ sở dữ liệu quốc gia về dân cư.'),
      },
      km: {
        title: 'ការធ្វើឌីជីថលូបនីយកម្មសៀវភៅអត្រានុកូលដ្ឋាន៖ ស្វែងរកបានក្នុងរយៈពេល ៥ នាទី',
        summary: 'ទំព័រសៀវភៅអត្រានុកូលដ្ឋានក្រដាសរាប់សែនទំព័រពីឆ្នាំមុនៗ ត្រូវបានធ្វើឌីជីថលូបនីយកម្ម និងបញ្ចូលទៅក្នុងមូលដ្ឋានទិន្នន័យអត្រានុកូលដ្ឋានអេឡិចត្រូនិក៖ មន្ត្រីស្វែងរកច្បាប់ដើមមួយក្នុងរយៈពេលប៉ុន្មាននាទី ជំនួសឱ្យការបើកសៀវភៅរាប់ម៉ោង។',
        implementer: 'មន្ទីរយុត្តិធម៌ និងមន្ត្រីយុត្តិធម៌-អត្រានុកូលដ្ឋានថ្នាក់ឃុំ',
        problem: body('សៀវភៅអត្រានុកូលដ្ឋានក្រដាសដែលរក្សាទុកនៅឃុំ និងស្រុក ត្រូវសំណើម និងពុកផុយ។ រាល់ពេលប្រជាជនស្នើសុំច្បាប់ចម្លងដកស្រង់ មន្ត្រីត្រូវបើកមើលម្តងមួយទំព័រ ហើយពេលខ្លះត្រូវណាត់ឱ្យប្រជាជនត្រឡប់មកវិញនៅថ្ងៃផ្សេង។'),
        solution: body('ស្កេនសៀវភៅអត្រានុកូលដ្ឋានទាំងអស់ បញ្ចូលទិន្នន័យតាមស្តង់ដារនៃមូលដ្ឋានទិន្នន័យអត្រានុកូលដ្ឋានអេឡិចត្រូនិក ផ្ទៀងផ្ទាត់ពីរដង បន្ទាប់មកចេញច្បាប់ចម្លងដកស្រង់តាមអនឡាញ និងតភ្ជាប់ជាមួយមូលដ្ឋានទិន្នន័យជាតិស្តីពីប្រជាជន។'),
      },
      en: {
        title: 'Digitised civil status registers: found in five minutes',
        summary: 'Hundreds of thousands of pages of old paper civil status registers were scanned and entered into the electronic civil status database; officials now find an original entry in minutes instead of leafing through books for hours.',
        implementer: 'Department of Justice and commune justice and civil status officials',
        problem: body('Paper registers kept in communes and districts were damp and decaying; for every extract an official had to turn page after page, sometimes asking the applicant to come back another day.'),
        solution: body('Every register scanned, its entries keyed in to the electronic civil status database standard and checked twice; extracts are now issued online and linked to the National Population Database.'),
      },
    },
  },
];
