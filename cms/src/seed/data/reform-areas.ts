/**
 * The six reform areas of Resolution 76/NQ-CP (the master programme 2021–2030) and the two
 * cross-cutting parts of the provincial PAR index. Seed data: editors may rename them.
 */
import type { ReformAreaSeed } from '../types';

const DATA = [
  {
    code: 'the-che',
    order: 1,
    crossCutting: false,
    text: {
      vi: {
        name: 'Cải cách thể chế',
        description:
          'Xây dựng, hoàn thiện và nâng cao chất lượng văn bản quy phạm pháp luật; tổ chức thi hành pháp luật nghiêm minh, hiệu quả.',
      },
      km: {
        name: 'កំណែទម្រង់ស្ថាប័ន',
        description:
          'កសាង បំពេញបន្ថែម និងលើកកម្ពស់គុណភាពឯកសារគតិយុត្ត ព្រមទាំងរៀបចំអនុវត្តច្បាប់ឱ្យបានម៉ឺងម៉ាត់ និងមានប្រសិទ្ធភាព។',
      },
      en: {
        name: 'Institutional reform',
        description: 'Drafting better legal documents and enforcing the law strictly and effectively.',
      },
    },
  },
  {
    code: 'thu-tuc-hanh-chinh',
    order: 2,
    crossCutting: false,
    text: {
      vi: {
        name: 'Cải cách thủ tục hành chính',
        description:
          'Cắt giảm, đơn giản hóa thủ tục hành chính; thực hiện cơ chế một cửa, một cửa liên thông; giảm thời gian và chi phí cho người dân, doanh nghiệp.',
      },
      km: {
        name: 'កំណែទម្រង់នីតិវិធីរដ្ឋបាល',
        description:
          'កាត់បន្ថយ និងសម្រួលនីតិវិធីរដ្ឋបាល អនុវត្តយន្តការច្រកចេញចូលតែមួយ និងច្រកចេញចូលតែមួយអន្តរស្ថាប័ន ដើម្បីកាត់បន្ថយពេលវេលា និងចំណាយរបស់ប្រជាជន និងសហគ្រាស។',
      },
      en: {
        name: 'Administrative procedure reform',
        description:
          'Cutting and simplifying administrative procedures, running one-stop shops, and saving citizens and businesses time and money.',
      },
    },
  },
  {
    code: 'to-chuc-bo-may',
    order: 3,
    crossCutting: false,
    text: {
      vi: {
        name: 'Cải cách tổ chức bộ máy hành chính nhà nước',
        description:
          'Sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả; tinh giản biên chế; sắp xếp đơn vị hành chính các cấp.',
      },
      km: {
        name: 'កំណែទម្រង់ការរៀបចំរចនាសម្ព័ន្ធរដ្ឋបាលរដ្ឋ',
        description:
          'រៀបចំរចនាសម្ព័ន្ធរដ្ឋបាលឱ្យតូចច្រឡឹង ដំណើរការប្រកបដោយប្រសិទ្ធភាព កាត់បន្ថយបុគ្គលិក និងរៀបចំអង្គភាពរដ្ឋបាលគ្រប់ថ្នាក់ឡើងវិញ។',
      },
      en: {
        name: 'Reform of the state administrative apparatus',
        description:
          'A leaner state apparatus that works effectively: streamlined staffing and reorganised administrative units at every level.',
      },
    },
  },
  {
    code: 'cong-vu',
    order: 4,
    crossCutting: false,
    text: {
      vi: {
        name: 'Cải cách chế độ công vụ',
        description:
          'Xây dựng đội ngũ cán bộ, công chức, viên chức chuyên nghiệp, có phẩm chất, năng lực; đề cao kỷ luật, kỷ cương và tinh thần phục vụ Nhân dân.',
      },
      km: {
        name: 'កំណែទម្រង់របបមុខងារសាធារណៈ',
        description:
          'កសាងក្រុមកម្មាភិបាល មន្ត្រីរាជការ និងបុគ្គលិកសាធារណៈប្រកបដោយវិជ្ជាជីវៈ គុណធម៌ និងសមត្ថភាព លើកកម្ពស់វិន័យ និងស្មារតីបម្រើប្រជាជន។',
      },
      en: {
        name: 'Civil service reform',
        description:
          'Professional, capable and ethical officials and public employees, with discipline and a spirit of service to the people.',
      },
    },
  },
  {
    code: 'tai-chinh-cong',
    order: 5,
    crossCutting: false,
    text: {
      vi: {
        name: 'Cải cách tài chính công',
        description:
          'Đổi mới cơ chế quản lý tài chính, ngân sách; tăng tự chủ của đơn vị sự nghiệp công lập; công khai, minh bạch chi tiêu công.',
      },
      km: {
        name: 'កំណែទម្រង់ហិរញ្ញវត្ថុសាធារណៈ',
        description:
          'កែលម្អយន្តការគ្រប់គ្រងហិរញ្ញវត្ថុ និងថវិកា បង្កើនស្វ័យភាពនៃអង្គភាពសេវាសាធារណៈ និងធានាតម្លាភាពក្នុងការចំណាយសាធារណៈ។',
      },
      en: {
        name: 'Public finance reform',
        description:
          'New ways of managing finance and budgets, more autonomy for public service units, and open, transparent public spending.',
      },
    },
  },
  {
    code: 'chinh-phu-so',
    order: 6,
    crossCutting: false,
    text: {
      vi: {
        name: 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số',
        description:
          'Ứng dụng công nghệ thông tin, chuyển đổi số trong hoạt động của cơ quan nhà nước; cung cấp dịch vụ công trực tuyến toàn trình; kết nối, chia sẻ dữ liệu.',
      },
      km: {
        name: 'ការកសាង និងអភិវឌ្ឍរដ្ឋាភិបាលអេឡិចត្រូនិក និងរដ្ឋាភិបាលឌីជីថល',
        description:
          'អនុវត្តបច្ចេកវិទ្យាព័ត៌មាន និងការផ្លាស់ប្តូរឌីជីថលក្នុងសកម្មភាពរបស់ស្ថាប័នរដ្ឋ ផ្តល់សេវាសាធារណៈតាមអនឡាញពេញលេញ និងតភ្ជាប់ ចែករំលែកទិន្នន័យ។',
      },
      en: {
        name: 'E-government and digital government',
        description:
          'Information technology and digital transformation in state agencies: end-to-end online public services and connected, shared data.',
      },
    },
  },
  {
    code: 'chi-dao-dieu-hanh',
    order: 7,
    crossCutting: true,
    text: {
      vi: {
        name: 'Công tác chỉ đạo, điều hành cải cách hành chính',
        description:
          'Kế hoạch, kiểm tra, tuyên truyền CCHC và trách nhiệm của người đứng đầu: nội dung chung trong Chỉ số CCHC của tỉnh.',
      },
      km: {
        name: 'ការដឹកនាំ និងចាត់ចែងកំណែទម្រង់រដ្ឋបាល',
        description:
          'ផែនការ ការត្រួតពិនិត្យ ការផ្សព្វផ្សាយកំណែទម្រង់រដ្ឋបាល និងការទទួលខុសត្រូវរបស់ប្រមុខស្ថាប័ន៖ ខ្លឹមសាររួមនៃសន្ទស្សន៍កំណែទម្រង់រដ្ឋបាលខេត្ត។',
      },
      en: {
        name: 'Direction and management of administrative reform',
        description:
          'Plans, inspections, reform communication and the accountability of agency heads: a cross-cutting part of the provincial PAR index.',
      },
    },
  },
  {
    code: 'tac-dong',
    order: 8,
    crossCutting: true,
    text: {
      vi: {
        name: 'Tác động của cải cách hành chính',
        description:
          'Sự hài lòng của người dân, tổ chức và tác động của CCHC đến phát triển kinh tế - xã hội: nội dung chung trong Chỉ số CCHC của tỉnh.',
      },
      km: {
        name: 'ផលប៉ះពាល់នៃកំណែទម្រង់រដ្ឋបាល',
        description:
          'ការពេញចិត្តរបស់ប្រជាជន និងអង្គការ ព្រមទាំងផលប៉ះពាល់នៃកំណែទម្រង់រដ្ឋបាលលើការអភិវឌ្ឍសេដ្ឋកិច្ច និងសង្គម៖ ខ្លឹមសាររួមនៃសន្ទស្សន៍កំណែទម្រង់រដ្ឋបាលខេត្ត។',
      },
      en: {
        name: 'Impact of administrative reform',
        description:
          'How satisfied citizens and organisations are, and what reform does for socio-economic development: a cross-cutting part of the PAR index.',
      },
    },
  },
] as const satisfies readonly ReformAreaSeed[];

export type ReformAreaCode = (typeof DATA)[number]['code'];

export const REFORM_AREAS: readonly ReformAreaSeed[] = DATA;
