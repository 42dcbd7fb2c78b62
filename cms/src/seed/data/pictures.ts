/**
 * Image components for the demo: the pictures are generated illustrations (see
 * media/picture.ts), so their alt texts describe the drawing of each scene, in each language.
 */
import type { ImageSeed, Scene, Translated } from '../types';

const ALT: Record<Scene, { vi: string; km: string; en: string }> = {
  meeting: {
    vi: 'Hình minh họa một hội nghị: đoàn chủ tọa ngồi sau bàn dưới băng rôn đỏ, đại biểu ngồi kín các hàng ghế',
    km: 'រូបភាពគំនូរនៃសន្និសីទមួយ៖ គណៈអធិបតីអង្គុយនៅពីក្រោយតុ ក្រោមបដាពណ៌ក្រហម ហើយប្រតិភូអង្គុយពេញជួរកៅអី',
    en: 'Illustration of a conference: the presiding panel at a table under a red banner, delegates filling the rows of seats',
  },
  'service-desk': {
    vi: 'Hình minh họa Bộ phận một cửa: công chức ngồi sau các quầy có màn hình, người dân đứng trước quầy, bảng số thứ tự phía trên',
    km: 'រូបភាពគំនូរនៃផ្នែកច្រកចេញចូលតែមួយ៖ មន្ត្រីអង្គុយនៅពីក្រោយបញ្ជរដែលមានអេក្រង់ ប្រជាជនឈរនៅមុខបញ្ជរ និងផ្ទាំងលេខរៀងនៅខាងលើ',
    en: 'Illustration of a one-stop counter: officials behind desks with screens, citizens in front and a queue-number board above',
  },
  phone: {
    vi: 'Hình minh họa điện thoại thông minh hiển thị các bước nộp hồ sơ trực tuyến với dấu tích hoàn thành, xung quanh là biểu tượng giấy tờ, khiên bảo mật và đám mây',
    km: 'រូបភាពគំនូរនៃស្មាតហ្វូនបង្ហាញជំហានដាក់ឯកសារតាមអនឡាញ ជាមួយសញ្ញាធីកបញ្ចប់ ព័ទ្ធជុំវិញដោយរូបតំណាងឯកសារ ខែលសុវត្ថិភាព និងពពក',
    en: 'Illustration of a smartphone showing the steps of an online application with a completion tick, surrounded by document, security-shield and cloud icons',
  },
  chart: {
    vi: 'Hình minh họa dạng infographic: biểu đồ cột tăng dần qua các năm, biểu đồ tròn và đường xu hướng đi lên',
    km: 'រូបភាពគំនូរបែបព័ត៌មានក្រាហ្វិក៖ ក្រាហ្វសសរកើនឡើងតាមឆ្នាំ ក្រាហ្វរង្វង់ និងខ្សែនិន្នាការឡើង',
    en: 'Infographic-style illustration: a bar chart rising year by year, a donut chart and an upward trend line',
  },
  stage: {
    vi: 'Hình minh họa sân khấu có rèm, đèn chiếu và diễn viên, khán giả ngồi phía dưới',
    km: 'រូបភាពគំនូរនៃឆាកមានវាំងនន ពន្លឺភ្លើង និងតួសម្តែង ព្រមទាំងទស្សនិកជនអង្គុយនៅខាងក្រោម',
    en: 'Illustration of a stage with curtains, spotlights and performers, the audience seated below',
  },
  landscape: {
    vi: 'Hình minh họa phong cảnh đồng bằng sông Cửu Long: chùa Khmer, hàng thốt nốt, dòng sông và cánh đồng lúa',
    km: 'រូបភាពគំនូរទេសភាពដីសណ្តទន្លេមេគង្គ៖ វត្តខ្មែរ ជួរដើមត្នោត ទន្លេ និងវាលស្រែ',
    en: 'Illustration of a Mekong Delta landscape: a Khmer pagoda, sugar palms, the river and rice fields',
  },
  documents: {
    vi: 'Hình minh họa chồng văn bản trên bàn làm việc, có con dấu đỏ, cây bút và bìa hồ sơ',
    km: 'រូបភាពគំនូរនៃឯកសារដាក់ត្រួតគ្នានៅលើតុធ្វើការ មានត្រាក្រហម ប៊ិច និងសំណុំឯកសារ',
    en: 'Illustration of papers stacked on a desk with a red seal, a pen and a file folder',
  },
  classroom: {
    vi: 'Hình minh họa lớp tập huấn: giảng viên đứng cạnh màn chiếu bài giảng, học viên ngồi theo dãy bàn',
    km: 'រូបភាពគំនូរនៃវគ្គបណ្តុះបណ្តាល៖ គ្រូឧទ្ទេសឈរក្បែរអេក្រង់បញ្ចាំងមេរៀន ហើយសិក្ខាកាមអង្គុយតាមជួរតុ',
    en: 'Illustration of a training class: the trainer beside a projected slide, learners seated in rows',
  },
  radio: {
    vi: 'Hình minh họa phòng thu phát thanh: micro, sóng âm, đèn báo đang phát sóng và bàn trộn âm',
    km: 'រូបភាពគំនូរនៃបន្ទប់ថតវិទ្យុ៖ មីក្រូហ្វូន រលកសំឡេង ភ្លើងសញ្ញាកំពុងផ្សាយ និងតុលាយសំឡេង',
    en: 'Illustration of a radio studio: a microphone, sound waves, an on-air light and a mixing desk',
  },
  dialogue: {
    vi: 'Hình minh họa hội nghị đối thoại: hai nhóm người ngồi đối diện nhau qua bàn, phía trên là các khung lời thoại',
    km: 'រូបភាពគំនូរនៃសន្និសីទសន្ទនា៖ មនុស្សពីរក្រុមអង្គុយទល់មុខគ្នាឆ្លងតុ ហើយមានប្រអប់សម្តីនៅខាងលើ',
    en: 'Illustration of a dialogue conference: two groups facing each other across a table, speech bubbles above them',
  },
};

const CREDIT: Translated<string> = {
  vi: 'Đồ họa: Chuyên mục CCHC (ảnh minh họa)',
  km: 'ក្រាហ្វិក៖ ទំព័រព័ត៌មានកំណែទម្រង់រដ្ឋបាល (រូបភាពគំនូរ)',
  en: 'Graphic: CCHC section (illustration)',
};

/** An illustration of `scene`, optionally with a caption in the document's languages. */
export function picture(scene: Scene, caption?: Translated<string>): ImageSeed {
  return { scene, alt: ALT[scene], caption, credit: CREDIT };
}
