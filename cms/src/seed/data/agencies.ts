/**
 * The agencies that Part III of the scheme gives a duty, a few district committees, and the
 * Cần Thơ bodies that own the section's content after the merger of 1 July 2025.
 */
import type { AgencySeed } from '../types';

const DATA = [
  {
    code: 'ubnd-tinh-soc-trang',
    validTo: '2025-06-30',
    successors: ['ubnd-tp-can-tho'],
    agencyKind: 'people_committee',
    website: 'https://www.soctrang.gov.vn',
    locality: '94',
    text: {
      vi: { name: 'Ủy ban nhân dân tỉnh Sóc Trăng', shortName: 'UBND tỉnh', address: 'Số 01 Châu Văn Tiếp, Phường 2, thành phố Sóc Trăng', description: 'Cơ quan ban hành Đề án tuyên truyền cải cách hành chính tỉnh Sóc Trăng đến năm 2030 (Quyết định 1738/QĐ-UBND ngày 30/6/2022).' },
      km: { name: 'គណៈកម្មាធិការប្រជាជនខេត្តសុកត្រាំង', shortName: 'គណៈកម្មាធិការប្រជាជនខេត្ត', address: 'លេខ ០១ ផ្លូវចូវវ៉ាន់ទៀប សង្កាត់ ២ ក្រុងសុកត្រាំង', description: 'ស្ថាប័នដែលបានចេញគម្រោងផ្សព្វផ្សាយកំណែទម្រង់រដ្ឋបាលខេត្តសុកត្រាំងដល់ឆ្នាំ ២០៣០ (សេចក្តីសម្រេចលេខ ១៧៣៨/QĐ-UBND ចុះថ្ងៃទី ៣០ ខែមិថុនា ឆ្នាំ ២០២២)។' },
      en: { name: "Sóc Trăng Provincial People's Committee", shortName: 'PPC', address: '01 Châu Văn Tiếp Street, Ward 2, Sóc Trăng City', description: 'Issued the Sóc Trăng administrative reform communication scheme to 2030 (Decision 1738/QĐ-UBND of 30 June 2022).' },
    },
  },
  {
    code: 'van-phong-ubnd-tinh',
    validTo: '2025-06-30',
    agencyKind: 'department',
    locality: '94',
    text: {
      vi: { name: 'Văn phòng Ủy ban nhân dân tỉnh Sóc Trăng', shortName: 'VP UBND tỉnh', description: 'Phụ trách kiểm soát thủ tục hành chính, Trung tâm Phục vụ hành chính công và Cổng dịch vụ công của tỉnh.' },
      km: { name: 'ការិយាល័យគណៈកម្មាធិការប្រជាជនខេត្តសុកត្រាំង', shortName: 'ការិយាល័យ គ.ក.ប ខេត្ត', description: 'ទទួលបន្ទុកត្រួតពិនិត្យនីតិវិធីរដ្ឋបាល មជ្ឈមណ្ឌលបម្រើរដ្ឋបាលសាធារណៈ និងវិបផតថលសេវាសាធារណៈរបស់ខេត្ត។' },
      en: { name: "Office of the Sóc Trăng Provincial People's Committee", shortName: 'PPC Office', description: "In charge of administrative procedure control, the Public Administration Service Centre and the province's public service portal." },
    },
  },
  {
    code: 'so-noi-vu',
    validTo: '2025-06-30',
    successors: ['so-noi-vu-can-tho'],
    agencyKind: 'department',
    locality: '94',
    text: {
      vi: { name: 'Sở Nội vụ tỉnh Sóc Trăng', shortName: 'SNV', description: 'Cơ quan thường trực về cải cách hành chính: chủ trì Đề án tuyên truyền, tập huấn tuyên truyền viên, quản lý chuyên trang, chuyên mục CCHC và Zalo tuyên truyền CCHC.' },
      km: { name: 'មន្ទីរកិច្ចការផ្ទៃក្នុងខេត្តសុកត្រាំង', shortName: 'មន្ទីរកិច្ចការផ្ទៃក្នុង', description: 'ស្ថាប័នអចិន្ត្រៃយ៍ទទួលបន្ទុកកំណែទម្រង់រដ្ឋបាល៖ ដឹកនាំគម្រោងផ្សព្វផ្សាយ បណ្តុះបណ្តាលអ្នកផ្សព្វផ្សាយ គ្រប់គ្រងទំព័រព័ត៌មានកំណែទម្រង់រដ្ឋបាល និង Zalo ផ្សព្វផ្សាយ។' },
      en: { name: 'Sóc Trăng Department of Home Affairs', shortName: 'DOHA', description: 'The standing agency for administrative reform: leads the communication scheme, trains communicators and runs the reform web section and Zalo channel.' },
    },
  },
  {
    code: 'so-tttt',
    validTo: '2025-02-28',
    successors: ['so-khcn'],
    agencyKind: 'department',
    locality: '94',
    text: {
      vi: { name: 'Sở Thông tin và Truyền thông tỉnh Sóc Trăng', shortName: 'STTTT', description: 'Chủ trì Chương trình "Lan tỏa dịch vụ công trực tuyến"; tuyên truyền về chuyển đổi số và dịch vụ công trực tuyến.' },
      km: { name: 'មន្ទីរព័ត៌មាន និងទំនាក់ទំនងខេត្តសុកត្រាំង', shortName: 'មន្ទីរព័ត៌មាន', description: 'ដឹកនាំកម្មវិធី "ផ្សព្វផ្សាយសេវាសាធារណៈតាមអនឡាញ" និងការផ្សព្វផ្សាយអំពីការផ្លាស់ប្តូរឌីជីថល និងសេវាសាធារណៈតាមអនឡាញ។' },
      en: { name: 'Sóc Trăng Department of Information and Communications', shortName: 'DIC', description: 'Leads the "Spreading online public services" programme and communication on digital transformation and online services.' },
    },
  },
  {
    code: 'so-vhttdl',
    validTo: '2025-06-30',
    agencyKind: 'department',
    locality: '94',
    text: {
      vi: { name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Sóc Trăng', shortName: 'SVHTTDL', description: 'Xây dựng, kiểm tra kịch bản tuyên truyền cải cách hành chính bằng hình thức sân khấu hóa.' },
      km: { name: 'មន្ទីរវប្បធម៌ កីឡា និងទេសចរណ៍ខេត្តសុកត្រាំង', shortName: 'មន្ទីរវប្បធម៌', description: 'រៀបចំ និងត្រួតពិនិត្យស្គ្រីបផ្សព្វផ្សាយកំណែទម្រង់រដ្ឋបាលតាមទម្រង់សម្តែងលើឆាក។' },
      en: { name: 'Sóc Trăng Department of Culture, Sports and Tourism', shortName: 'DCST', description: 'Writes and reviews the scripts of staged performances that explain administrative reform.' },
    },
  },
  {
    code: 'so-tu-phap',
    validTo: '2025-06-30',
    agencyKind: 'department',
    locality: '94',
    text: {
      vi: { name: 'Sở Tư pháp tỉnh Sóc Trăng', shortName: 'STP', description: 'Phối hợp tuyên truyền cải cách thể chế, phổ biến, giáo dục pháp luật và thủ tục hộ tịch, lý lịch tư pháp.' },
      km: { name: 'មន្ទីរយុត្តិធម៌ខេត្តសុកត្រាំង', shortName: 'មន្ទីរយុត្តិធម៌', description: 'សហការផ្សព្វផ្សាយកំណែទម្រង់ស្ថាប័ន ការអប់រំច្បាប់ និងនីតិវិធីអត្រានុកូលដ្ឋាន និងប្រវត្តិតុលាការ។' },
      en: { name: 'Sóc Trăng Department of Justice', shortName: 'DOJ', description: 'Works on institutional reform, legal education and civil status and criminal record procedures.' },
    },
  },
  {
    code: 'so-khcn',
    validTo: '2025-06-30',
    agencyKind: 'department',
    locality: '94',
    text: {
      vi: { name: 'Sở Khoa học và Công nghệ tỉnh Sóc Trăng', shortName: 'SKHCN', description: 'Phối hợp tuyên truyền về khoa học, công nghệ, đổi mới sáng tạo trong cải cách hành chính.' },
      km: { name: 'មន្ទីរវិទ្យាសាស្ត្រ និងបច្ចេកវិទ្យាខេត្តសុកត្រាំង', shortName: 'មន្ទីរវិទ្យាសាស្ត្រ', description: 'សហការផ្សព្វផ្សាយអំពីវិទ្យាសាស្ត្រ បច្ចេកវិទ្យា និងនវានុវត្តន៍ក្នុងកំណែទម្រង់រដ្ឋបាល។' },
      en: { name: 'Sóc Trăng Department of Science and Technology', shortName: 'DOST', description: 'Works on science, technology and innovation in administrative reform.' },
    },
  },
  {
    code: 'so-khdt',
    validTo: '2025-02-28',
    successors: ['so-tai-chinh'],
    agencyKind: 'department',
    locality: '94',
    text: {
      vi: { name: 'Sở Kế hoạch và Đầu tư tỉnh Sóc Trăng', shortName: 'SKHĐT', description: 'Tổ chức hội nghị đối thoại, giải đáp vướng mắc về thủ tục đầu tư, đăng ký doanh nghiệp cho doanh nghiệp và nhà đầu tư.' },
      km: { name: 'មន្ទីរផែនការ និងវិនិយោគខេត្តសុកត្រាំង', shortName: 'មន្ទីរផែនការ', description: 'រៀបចំសន្និសីទសន្ទនា និងឆ្លើយបំភ្លឺបញ្ហាអំពីនីតិវិធីវិនិយោគ និងការចុះបញ្ជីសហគ្រាស សម្រាប់សហគ្រាស និងវិនិយោគិន។' },
      en: { name: 'Sóc Trăng Department of Planning and Investment', shortName: 'DPI', description: 'Holds dialogue conferences answering businesses and investors on investment and business registration procedures.' },
    },
  },
  {
    code: 'so-tai-chinh',
    validTo: '2025-06-30',
    agencyKind: 'department',
    locality: '94',
    text: {
      vi: { name: 'Sở Tài chính tỉnh Sóc Trăng', shortName: 'STC', description: 'Tuyên truyền cải cách tài chính công; tham mưu bố trí kinh phí thực hiện Đề án tuyên truyền CCHC.' },
      km: { name: 'មន្ទីរហិរញ្ញវត្ថុខេត្តសុកត្រាំង', shortName: 'មន្ទីរហិរញ្ញវត្ថុ', description: 'ផ្សព្វផ្សាយកំណែទម្រង់ហិរញ្ញវត្ថុសាធារណៈ និងផ្តល់យោបល់លើការបែងចែកថវិកាសម្រាប់គម្រោងផ្សព្វផ្សាយកំណែទម្រង់រដ្ឋបាល។' },
      en: { name: 'Sóc Trăng Department of Finance', shortName: 'DOF', description: 'Communicates public finance reform and advises on the budget of the reform communication scheme.' },
    },
  },
  {
    code: 'mttq-tinh',
    agencyKind: 'mass_organisation',
    locality: '94',
    text: {
      vi: { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sóc Trăng', shortName: 'UBMTTQ tỉnh', description: 'Phối hợp tuyên truyền, vận động Nhân dân hưởng ứng cải cách hành chính và giám sát việc thực hiện Đề án.' },
      km: { name: 'គណៈកម្មាធិការរណសិរ្សមាតុភូមិវៀតណាមខេត្តសុកត្រាំង', shortName: 'រណសិរ្សខេត្ត', description: 'សហការផ្សព្វផ្សាយ និងអំពាវនាវប្រជាជនឱ្យគាំទ្រកំណែទម្រង់រដ្ឋបាល ព្រមទាំងត្រួតពិនិត្យការអនុវត្តគម្រោង។' },
      en: { name: 'Sóc Trăng Committee of the Vietnam Fatherland Front', shortName: 'VFF Committee', description: 'Rallies the people behind administrative reform and oversees how the scheme is carried out.' },
    },
  },
  {
    code: 'bao-soc-trang',
    agencyKind: 'press',
    locality: '94',
    text: {
      vi: { name: 'Báo Sóc Trăng', shortName: 'Báo ST', description: 'Duy trì chuyên mục, tin, bài về cải cách hành chính trên báo in và báo điện tử.' },
      km: { name: 'កាសែតសុកត្រាំង', shortName: 'កាសែតសុកត្រាំង', description: 'រក្សាផ្នែកព័ត៌មាន និងអត្ថបទអំពីកំណែទម្រង់រដ្ឋបាលនៅលើកាសែតបោះពុម្ព និងកាសែតអេឡិចត្រូនិក។' },
      en: { name: 'Sóc Trăng Newspaper', shortName: 'Sóc Trăng Newspaper', description: 'Keeps a regular administrative reform column in print and online.' },
    },
  },
  {
    code: 'dai-ptth-soc-trang',
    agencyKind: 'press',
    locality: '94',
    text: {
      vi: { name: 'Đài Phát thanh - Truyền hình Sóc Trăng', shortName: 'STV', description: 'Phát sóng chuyên mục cải cách hành chính bằng tiếng Việt và tiếng Khmer trên sóng phát thanh, truyền hình.' },
      km: { name: 'ស្ថានីយ៍វិទ្យុ និងទូរទស្សន៍សុកត្រាំង', shortName: 'STV', description: 'ផ្សាយកម្មវិធីកំណែទម្រង់រដ្ឋបាលជាភាសាវៀតណាម និងភាសាខ្មែរ តាមវិទ្យុ និងទូរទស្សន៍។' },
      en: { name: 'Sóc Trăng Radio and Television', shortName: 'STV', description: 'Broadcasts the administrative reform programme in Vietnamese and Khmer on radio and television.' },
    },
  },
  {
    code: 'truong-chinh-tri',
    agencyKind: 'school',
    locality: '94',
    text: {
      vi: { name: 'Trường Chính trị tỉnh Sóc Trăng', shortName: 'Trường Chính trị', description: 'Đưa nội dung cải cách hành chính nhà nước vào chương trình giảng dạy cho học viên.' },
      km: { name: 'សាលានយោបាយខេត្តសុកត្រាំង', shortName: 'សាលានយោបាយ', description: 'បញ្ចូលខ្លឹមសារកំណែទម្រង់រដ្ឋបាលរដ្ឋទៅក្នុងកម្មវិធីសិក្សាសម្រាប់សិក្ខាកាម។' },
      en: { name: 'Sóc Trăng Provincial Political School', shortName: 'Political School', description: 'Teaches state administrative reform in its courses for officials.' },
    },
  },
  {
    code: 'ubnd-tp-soc-trang',
    validTo: '2025-06-30',
    agencyKind: 'district_committee',
    locality: '941',
    text: {
      vi: { name: 'Ủy ban nhân dân thành phố Sóc Trăng', shortName: 'UBND TP Sóc Trăng' },
      km: { name: 'គណៈកម្មាធិការប្រជាជនក្រុងសុកត្រាំង', shortName: 'គ.ក.ប ក្រុងសុកត្រាំង' },
      en: { name: "Sóc Trăng City People's Committee", shortName: 'Sóc Trăng City PC' },
    },
  },
  {
    code: 'ubnd-tx-vinh-chau',
    validTo: '2025-06-30',
    agencyKind: 'district_committee',
    locality: '950',
    text: {
      vi: { name: 'Ủy ban nhân dân thị xã Vĩnh Châu', shortName: 'UBND TX Vĩnh Châu' },
      km: { name: 'គណៈកម្មាធិការប្រជាជនទីរួមខេត្តវិញចូវ', shortName: 'គ.ក.ប វិញចូវ' },
      en: { name: "Vĩnh Châu Town People's Committee", shortName: 'Vĩnh Châu PC' },
    },
  },
  {
    code: 'ubnd-huyen-ke-sach',
    validTo: '2025-06-30',
    agencyKind: 'district_committee',
    locality: '943',
    text: {
      vi: { name: 'Ủy ban nhân dân huyện Kế Sách', shortName: 'UBND huyện Kế Sách' },
      km: { name: 'គណៈកម្មាធិការប្រជាជនស្រុកកេសាច', shortName: 'គ.ក.ប កេសាច' },
      en: { name: "Kế Sách District People's Committee", shortName: 'Kế Sách PC' },
    },
  },
  {
    code: 'ubnd-huyen-tran-de',
    validTo: '2025-06-30',
    agencyKind: 'district_committee',
    locality: '951',
    text: {
      vi: { name: 'Ủy ban nhân dân huyện Trần Đề', shortName: 'UBND huyện Trần Đề' },
      km: { name: 'គណៈកម្មាធិការប្រជាជនស្រុកត្រឹនដេ', shortName: 'គ.ក.ប ត្រឹនដេ' },
      en: { name: "Trần Đề District People's Committee", shortName: 'Trần Đề PC' },
    },
  },
  {
    code: 'ubnd-huyen-my-tu',
    validTo: '2025-06-30',
    agencyKind: 'district_committee',
    locality: '944',
    text: {
      vi: { name: 'Ủy ban nhân dân huyện Mỹ Tú', shortName: 'UBND huyện Mỹ Tú' },
      km: { name: 'គណៈកម្មាធិការប្រជាជនស្រុកមីទូ', shortName: 'គ.ក.ប មីទូ' },
      en: { name: "Mỹ Tú District People's Committee", shortName: 'Mỹ Tú PC' },
    },
  },
  {
    code: 'ubnd-tp-can-tho',
    agencyKind: 'people_committee',
    website: 'https://www.cantho.gov.vn',
    locality: '92',
    text: {
      vi: { name: 'Ủy ban nhân dân thành phố Cần Thơ', shortName: 'UBND TP Cần Thơ', description: 'Từ ngày 1/7/2025 quản lý địa bàn tỉnh Sóc Trăng trước đây; tiếp tục thực hiện các nhiệm vụ tuyên truyền cải cách hành chính.' },
      km: { name: 'គណៈកម្មាធិការប្រជាជនទីក្រុងកឹនថើ', shortName: 'គ.ក.ប ទីក្រុងកឹនថើ', description: 'ចាប់ពីថ្ងៃទី ១ ខែកក្កដា ឆ្នាំ ២០២៥ គ្រប់គ្រងដែនដីខេត្តសុកត្រាំងពីមុន និងបន្តភារកិច្ចផ្សព្វផ្សាយកំណែទម្រង់រដ្ឋបាល។' },
      en: { name: "Cần Thơ City People's Committee", shortName: 'Cần Thơ PC', description: 'Governs the former Sóc Trăng province since 1 July 2025 and carries on the administrative reform communication tasks.' },
    },
  },
  {
    code: 'so-noi-vu-can-tho',
    agencyKind: 'department',
    locality: '92',
    text: {
      vi: { name: 'Sở Nội vụ thành phố Cần Thơ', shortName: 'SNV Cần Thơ', description: 'Cơ quan thường trực về cải cách hành chính của thành phố Cần Thơ sau hợp nhất; tiếp nhận chuyên mục CCHC của tỉnh Sóc Trăng.' },
      km: { name: 'មន្ទីរកិច្ចការផ្ទៃក្នុងទីក្រុងកឹនថើ', shortName: 'មន្ទីរកិច្ចការផ្ទៃក្នុងកឹនថើ', description: 'ស្ថាប័នអចិន្ត្រៃយ៍ទទួលបន្ទុកកំណែទម្រង់រដ្ឋបាលនៃទីក្រុងកឹនថើក្រោយការរួមបញ្ចូល ហើយបានទទួលយកទំព័រព័ត៌មានកំណែទម្រង់រដ្ឋបាលនៃខេត្តសុកត្រាំង។' },
      en: { name: 'Cần Thơ City Department of Home Affairs', shortName: 'Cần Thơ DOHA', description: "The standing agency for administrative reform of the merged Cần Thơ city; it took over Sóc Trăng's reform web section." },
    },
  },
] as const satisfies readonly AgencySeed[];

export type AgencyCode = (typeof DATA)[number]['code'];

export const AGENCIES: readonly AgencySeed[] = DATA;
