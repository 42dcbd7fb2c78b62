/** Editors' topics (chuyên đề): the threads the section follows across reform areas. */
import type { TopicSeed } from '../types';

const DATA = [
  {
    key: 'lan-toa-dvctt',
    text: {
      vi: {
        name: 'Lan tỏa dịch vụ công trực tuyến',
        description: 'Chương trình đưa người dân, doanh nghiệp đến với dịch vụ công trực tuyến: hướng dẫn, tổ công nghệ số cộng đồng, kết quả từng địa phương.',
      },
      km: {
        name: 'ផ្សព្វផ្សាយសេវាសាធារណៈតាមអនឡាញ',
        description: 'កម្មវិធីនាំប្រជាជន និងសហគ្រាសឱ្យស្គាល់ និងប្រើសេវាសាធារណៈតាមអនឡាញ៖ ការណែនាំ ក្រុមបច្ចេកវិទ្យាឌីជីថលសហគមន៍ និងលទ្ធផលនៃមូលដ្ឋាននីមួយៗ។',
      },
      en: {
        name: 'Spreading online public services',
        description: 'The programme that brings citizens and businesses to online public services: guides, community digital technology teams and local results.',
      },
    },
  },
  {
    key: 'chuyen-doi-so',
    text: {
      vi: { name: 'Chuyển đổi số', description: 'Chính quyền số, dữ liệu số, công dân số: những thay đổi trong cách cơ quan nhà nước làm việc và phục vụ.' },
      km: { name: 'ការផ្លាស់ប្តូរឌីជីថល', description: 'រដ្ឋាភិបាលឌីជីថល ទិន្នន័យឌីជីថល និងពលរដ្ឋឌីជីថល៖ ការផ្លាស់ប្តូរក្នុងរបៀបធ្វើការ និងបម្រើរបស់ស្ថាប័នរដ្ឋ។' },
      en: { name: 'Digital transformation', description: 'Digital government, digital data, digital citizens: how state agencies change the way they work and serve.' },
    },
  },
  {
    key: 'mot-cua',
    text: {
      vi: { name: 'Một cửa, một cửa liên thông', description: 'Bộ phận một cửa các cấp, Trung tâm Phục vụ hành chính công và những cải tiến trong tiếp nhận, trả kết quả hồ sơ.' },
      km: { name: 'ច្រកចេញចូលតែមួយ និងច្រកចេញចូលតែមួយអន្តរស្ថាប័ន', description: 'ផ្នែកច្រកចេញចូលតែមួយគ្រប់ថ្នាក់ មជ្ឈមណ្ឌលបម្រើរដ្ឋបាលសាធារណៈ និងការកែលម្អក្នុងការទទួល និងប្រគល់លទ្ធផលឯកសារ។' },
      en: { name: 'One-stop shops', description: 'One-stop counters at every level, the Public Administration Service Centre and better ways of receiving files and returning results.' },
    },
  },
  {
    key: 'par-index-sipas',
    text: {
      vi: { name: 'Chỉ số PAR INDEX, SIPAS', description: 'Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng về sự phục vụ hành chính (SIPAS): kết quả, phân tích và giải pháp cải thiện.' },
      km: { name: 'សន្ទស្សន៍ PAR INDEX និង SIPAS', description: 'សន្ទស្សន៍កំណែទម្រង់រដ្ឋបាល (PAR INDEX) និងសន្ទស្សន៍ការពេញចិត្តចំពោះសេវារដ្ឋបាល (SIPAS)៖ លទ្ធផល ការវិភាគ និងដំណោះស្រាយកែលម្អ។' },
      en: { name: 'PAR INDEX and SIPAS', description: 'The public administration reform index (PAR INDEX) and the satisfaction index of administrative services (SIPAS): results, analysis and how to improve.' },
    },
  },
  {
    key: 'tuyen-truyen-vien',
    text: {
      vi: { name: 'Tuyên truyền viên CCHC', description: 'Bồi dưỡng kiến thức, kỹ năng cho công chức, viên chức làm tuyên truyền viên cải cách hành chính ở các cơ quan, đơn vị.' },
      km: { name: 'អ្នកផ្សព្វផ្សាយកំណែទម្រង់រដ្ឋបាល', description: 'ការបណ្តុះបណ្តាលចំណេះដឹង និងជំនាញដល់មន្ត្រីរាជការ និងបុគ្គលិកសាធារណៈដែលជាអ្នកផ្សព្វផ្សាយកំណែទម្រង់រដ្ឋបាលនៅតាមស្ថាប័ន។' },
      en: { name: 'Reform communicators', description: 'Knowledge and skills for the officials who act as administrative reform communicators in their agencies.' },
    },
  },
  {
    key: 'sap-nhap-2025',
    text: {
      vi: { name: 'Sáp nhập đơn vị hành chính 2025', description: 'Hợp nhất tỉnh Sóc Trăng vào thành phố Cần Thơ, bỏ cấp huyện và chính quyền địa phương hai cấp từ ngày 1/7/2025.' },
      km: { name: 'ការរួមបញ្ចូលអង្គភាពរដ្ឋបាលឆ្នាំ ២០២៥', description: 'ការរួមបញ្ចូលខេត្តសុកត្រាំងទៅក្នុងទីក្រុងកឹនថើ ការលុបថ្នាក់ស្រុក និងរដ្ឋអំណាចមូលដ្ឋានពីរថ្នាក់ ចាប់ពីថ្ងៃទី ១ ខែកក្កដា ឆ្នាំ ២០២៥។' },
      en: { name: '2025 merger of administrative units', description: 'Sóc Trăng province merged into Cần Thơ city, the district level abolished and two-tier local government from 1 July 2025.' },
    },
  },
  {
    key: 'mo-hinh-hay',
    text: {
      vi: { name: 'Mô hình hay, cách làm sáng tạo', description: 'Phát hiện, giới thiệu và nhân rộng các mô hình, sáng kiến, điển hình tốt trong cải cách hành chính.' },
      km: { name: 'គំរូល្អ និងវិធីធ្វើប្រកបដោយភាពច្នៃប្រឌិត', description: 'ស្វែងរក ណែនាំ និងពង្រីកគំរូ គំនិតផ្តួចផ្តើម និងគំរូល្អក្នុងកំណែទម្រង់រដ្ឋបាល។' },
      en: { name: 'Good models and creative practices', description: 'Finding, presenting and replicating good models, initiatives and examples in administrative reform.' },
    },
  },
  {
    key: 'doi-thoai-doanh-nghiep',
    text: {
      vi: { name: 'Đối thoại với doanh nghiệp', description: 'Hội nghị đối thoại, giải đáp vướng mắc về thủ tục, quy hoạch, chính sách cho doanh nghiệp và nhà đầu tư.' },
      km: { name: 'ការសន្ទនាជាមួយសហគ្រាស', description: 'សន្និសីទសន្ទនា និងការឆ្លើយបំភ្លឺបញ្ហាអំពីនីតិវិធី ផែនការ និងគោលនយោបាយសម្រាប់សហគ្រាស និងវិនិយោគិន។' },
      en: { name: 'Dialogue with businesses', description: 'Dialogue conferences answering businesses and investors on procedures, planning and policy.' },
    },
  },
  {
    key: 'de-an-2030',
    text: {
      vi: { name: 'Đề án tuyên truyền CCHC đến năm 2030', description: 'Triển khai, sơ kết và tổng kết Đề án tuyên truyền cải cách hành chính theo Quyết định 1738/QĐ-UBND ngày 30/6/2022.' },
      km: { name: 'គម្រោងផ្សព្វផ្សាយកំណែទម្រង់រដ្ឋបាលដល់ឆ្នាំ ២០៣០', description: 'ការអនុវត្ត ការបូកសរុបពាក់កណ្តាលអាណត្តិ និងការបូកសរុបចុងក្រោយនៃគម្រោងផ្សព្វផ្សាយកំណែទម្រង់រដ្ឋបាល តាមសេចក្តីសម្រេចលេខ ១៧៣៨/QĐ-UBND ចុះថ្ងៃទី ៣០ ខែមិថុនា ឆ្នាំ ២០២២។' },
      en: { name: 'Reform communication scheme to 2030', description: 'Carrying out, reviewing at mid-term and closing the administrative reform communication scheme of Decision 1738/QĐ-UBND of 30 June 2022.' },
    },
  },
] as const satisfies readonly TopicSeed[];

export type TopicKey = (typeof DATA)[number]['key'];

export const TOPICS: readonly TopicSeed[] = DATA;
