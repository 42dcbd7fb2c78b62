/** The audience groups of the scheme (Part II.II): who the communication is for. */
import type { AudienceSeed } from '../types';

const DATA = [
  {
    code: 'can-bo-cong-chuc-vien-chuc',
    order: 1,
    text: {
      vi: {
        name: 'Cán bộ, công chức, viên chức',
        description: 'Người làm việc trong cơ quan Đảng, Nhà nước, Mặt trận, đoàn thể và đơn vị sự nghiệp công lập từ tỉnh đến cơ sở.',
      },
      km: {
        name: 'កម្មាភិបាល មន្ត្រីរាជការ និងបុគ្គលិកសាធារណៈ',
        description: 'អ្នកធ្វើការនៅក្នុងស្ថាប័នបក្ស រដ្ឋ រណសិរ្ស អង្គការមហាជន និងអង្គភាពសេវាសាធារណៈ ចាប់ពីថ្នាក់ខេត្តរហូតដល់មូលដ្ឋាន។',
      },
      en: {
        name: 'Officials and public employees',
        description: 'People working in Party, state, Front and mass organisations and public service units, from the province down to the grassroots.',
      },
    },
  },
  {
    code: 'nguoi-dan',
    order: 2,
    text: {
      vi: { name: 'Người dân', description: 'Mọi tầng lớp Nhân dân, người thực hiện thủ tục hành chính và sử dụng dịch vụ công.' },
      km: { name: 'ប្រជាជន', description: 'ប្រជាជនគ្រប់ស្រទាប់ អ្នកដែលបំពេញនីតិវិធីរដ្ឋបាល និងប្រើប្រាស់សេវាសាធារណៈ។' },
      en: { name: 'Citizens', description: 'People from all walks of life who carry out administrative procedures and use public services.' },
    },
  },
  {
    code: 'doanh-nghiep',
    order: 3,
    text: {
      vi: { name: 'Doanh nghiệp', description: 'Doanh nghiệp, hợp tác xã, hộ kinh doanh và nhà đầu tư.' },
      km: { name: 'សហគ្រាស', description: 'សហគ្រាស សហករណ៍ អាជីវករគ្រួសារ និងវិនិយោគិន។' },
      en: { name: 'Businesses', description: 'Companies, cooperatives, household businesses and investors.' },
    },
  },
  {
    code: 'hoc-sinh-sinh-vien',
    order: 4,
    text: {
      vi: { name: 'Học sinh, sinh viên', description: 'Học sinh, sinh viên, học viên các trường trên địa bàn.' },
      km: { name: 'សិស្ស និស្សិត', description: 'សិស្ស និស្សិត និងសិក្ខាកាមនៃសាលារៀននៅក្នុងមូលដ្ឋាន។' },
      en: { name: 'Pupils and students', description: 'Pupils, students and trainees of the schools in the area.' },
    },
  },
] as const satisfies readonly AudienceSeed[];

export type AudienceCode = (typeof DATA)[number]['code'];

export const AUDIENCES: readonly AudienceSeed[] = DATA;
