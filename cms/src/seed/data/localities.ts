/**
 * Localities with their official administrative codes. Order matters: a unit comes after the
 * units it points at (its successor, its parent). On 1 July 2025 Sóc Trăng province was merged
 * into Cần Thơ city (Resolution 202/2025/QH15) and the district level was abolished: the old
 * units stay, closed, so that older content keeps the place it was written about.
 */
import type { LocalitySeed, Translated, TermText } from '../types';

const MERGED = '2025-06-30';

/** The 11 district-level units of the former Sóc Trăng province. */
function formerDistrict<const C extends string>(
  code: C,
  localityType: 'provincial_city' | 'town' | 'district',
  text: Translated<TermText>,
): LocalitySeed & { code: C } {
  return { code, localityType, parent: '94', validTo: MERGED, successors: ['92'], text };
}

const closedNoteVi = 'Đơn vị hành chính cấp huyện của tỉnh Sóc Trăng; chấm dứt hoạt động từ ngày 1/7/2025 khi bỏ cấp huyện, địa bàn nay thuộc thành phố Cần Thơ.';
const closedNoteKm = 'អង្គភាពរដ្ឋបាលថ្នាក់ស្រុកនៃខេត្តសុកត្រាំង៖ បានបញ្ចប់ចាប់ពីថ្ងៃទី ១ ខែកក្កដា ឆ្នាំ ២០២៥ នៅពេលលុបថ្នាក់ស្រុក ហើយដែនដីនេះឥឡូវស្ថិតក្នុងទីក្រុងកឹនថើ។';
const closedNoteEn = 'A district-level unit of Sóc Trăng province, closed on 1 July 2025 when the district level was abolished; its area is now part of Cần Thơ city.';

const district = (vi: string, km: string, en: string): Translated<TermText> => ({
  vi: { name: vi, description: closedNoteVi },
  km: { name: km, description: closedNoteKm },
  en: { name: en, description: closedNoteEn },
});

const DATA = [
  {
    code: '92',
    localityType: 'central_city',
    validFrom: '2025-07-01',
    text: {
      vi: {
        name: 'Thành phố Cần Thơ',
        description: 'Thành phố trực thuộc trung ương; từ ngày 1/7/2025 gồm địa bàn thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang trước đây (Nghị quyết 202/2025/QH15).',
      },
      km: {
        name: 'ទីក្រុងកឹនថើ',
        description: 'ទីក្រុងក្រោមឱវាទកណ្តាល៖ ចាប់ពីថ្ងៃទី ១ ខែកក្កដា ឆ្នាំ ២០២៥ រួមមានដែនដីនៃទីក្រុងកឹនថើ ខេត្តសុកត្រាំង និងខេត្តហ៊ូវយ៉ាង ពីមុន (សេចក្តីសម្រេចលេខ ២០២/២០២៥/QH15)។',
      },
      en: {
        name: 'Cần Thơ City',
        description: 'A centrally-run city; since 1 July 2025 it covers the former Cần Thơ city and the former provinces of Sóc Trăng and Hậu Giang (Resolution 202/2025/QH15).',
      },
    },
  },
  {
    code: '94',
    localityType: 'province',
    validTo: MERGED,
    successors: ['92'],
    text: {
      vi: {
        name: 'Tỉnh Sóc Trăng',
        description: 'Tỉnh ven biển đồng bằng sông Cửu Long, hơn 30% dân số là đồng bào Khmer; hợp nhất vào thành phố Cần Thơ từ ngày 1/7/2025.',
      },
      km: {
        name: 'ខេត្តសុកត្រាំង',
        description: 'ខេត្តឆ្នេរសមុទ្រនៃដីសណ្តទន្លេមេគង្គ ដែលជាង ៣០% នៃប្រជាជនជាជនជាតិខ្មែរ៖ បានរួមបញ្ចូលទៅក្នុងទីក្រុងកឹនថើ ចាប់ពីថ្ងៃទី ១ ខែកក្កដា ឆ្នាំ ២០២៥។',
      },
      en: {
        name: 'Sóc Trăng Province',
        description: 'A coastal Mekong Delta province where over 30% of the people are Khmer; merged into Cần Thơ city on 1 July 2025.',
      },
    },
  },
  formerDistrict('941', 'provincial_city', district('Thành phố Sóc Trăng', 'ក្រុងសុកត្រាំង', 'Sóc Trăng City')),
  formerDistrict('942', 'district', district('Huyện Châu Thành', 'ស្រុកចូវថាញ់', 'Châu Thành District')),
  formerDistrict('943', 'district', district('Huyện Kế Sách', 'ស្រុកកេសាច', 'Kế Sách District')),
  formerDistrict('944', 'district', district('Huyện Mỹ Tú', 'ស្រុកមីទូ', 'Mỹ Tú District')),
  formerDistrict('945', 'district', district('Huyện Cù Lao Dung', 'ស្រុកគូឡាវយូង', 'Cù Lao Dung District')),
  formerDistrict('946', 'district', district('Huyện Long Phú', 'ស្រុកឡុងភូ', 'Long Phú District')),
  formerDistrict('947', 'district', district('Huyện Mỹ Xuyên', 'ស្រុកមីស្វៀង', 'Mỹ Xuyên District')),
  formerDistrict('948', 'town', district('Thị xã Ngã Năm', 'ទីរួមខេត្តង៉ាណាំ', 'Ngã Năm Town')),
  formerDistrict('949', 'district', district('Huyện Thạnh Trị', 'ស្រុកថាញ់ទ្រី', 'Thạnh Trị District')),
  formerDistrict('950', 'town', district('Thị xã Vĩnh Châu', 'ទីរួមខេត្តវិញចូវ', 'Vĩnh Châu Town')),
  formerDistrict('951', 'district', district('Huyện Trần Đề', 'ស្រុកត្រឹនដេ', 'Trần Đề District')),
] as const satisfies readonly LocalitySeed[];

export type LocalityCode = (typeof DATA)[number]['code'];

export const LOCALITIES: readonly LocalitySeed[] = DATA;
