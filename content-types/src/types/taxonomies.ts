/**
 * Taxonomies: every content document is tagged with them and every listing filters by them.
 * Terms are data (seeded, editable), never code.
 */
import { PUBLISHED_TERMS } from '../capabilities';
import { defineContentType } from '../define';
import {
  boolean, choice, code, date, integer, longText, relationToMany, relationToOne, shortText, slug, url,
} from '../fields';

const name = (hint: string) => shortText({ label: 'Tên', hint, required: true, maxLength: 200 });
const termSlug = slug({ label: 'Đường dẫn', hint: 'Tự tạo từ tên, không dấu; có thể sửa', from: 'name' });
const description = longText({ label: 'Mô tả', hint: 'Một đoạn giới thiệu, hiện ở đầu trang', maxLength: 2000 });

export const reformArea = defineContentType({
  name: 'reform-area',
  plural: 'reform-areas',
  kind: 'taxonomy',
  capabilities: PUBLISHED_TERMS,
  displayName: { vi: 'Lĩnh vực CCHC', km: 'វិស័យកំណែទម្រង់', en: 'Reform area' },
  pluralName: { vi: 'Lĩnh vực CCHC', km: 'វិស័យកំណែទម្រង់រដ្ឋបាល', en: 'Reform areas' },
  description: 'Sáu lĩnh vực CCHC của Nghị quyết 76/NQ-CP và hai nội dung chung của Chỉ số CCHC tỉnh',
  titleField: 'name',
  route: 'linh-vuc',
  sortField: 'order',
  fields: {
    name: name('Tên lĩnh vực, ví dụ "Cải cách thủ tục hành chính"'),
    slug: termSlug,
    code: code({ label: 'Mã', hint: 'Mã ngắn cố định, ví dụ "thu-tuc"', required: true, unique: true }),
    description,
    order: integer({ label: 'Thứ tự', hint: 'Thứ tự hiển thị', required: true, min: 0, max: 999 }),
    crossCutting: boolean({
      label: 'Nội dung chung',
      hint: 'Bật cho "Công tác chỉ đạo, điều hành" và "Tác động của CCHC" (không thuộc sáu lĩnh vực)',
      default: false,
    }),
  },
});

export const topic = defineContentType({
  name: 'topic',
  plural: 'topics',
  kind: 'taxonomy',
  capabilities: PUBLISHED_TERMS,
  displayName: { vi: 'Chuyên đề', km: 'ប្រធានបទ', en: 'Topic' },
  pluralName: { vi: 'Chuyên đề', km: 'ប្រធានបទ', en: 'Topics' },
  description: 'Chuyên đề tuyên truyền do biên tập viên đặt, ví dụ "Lan tỏa dịch vụ công trực tuyến"',
  titleField: 'name',
  route: 'chuyen-de',
  sortField: 'name',
  fields: {
    name: name('Tên chuyên đề'),
    slug: termSlug,
    code: code({ label: 'Mã', hint: 'Mã ngắn cố định, ví dụ "chuyen-doi-so"; không đổi khi sửa tên', required: true, unique: true }),
    description,
  },
});

export const audience = defineContentType({
  name: 'audience',
  plural: 'audiences',
  kind: 'taxonomy',
  capabilities: PUBLISHED_TERMS,
  displayName: { vi: 'Đối tượng', km: 'ក្រុមគោលដៅ', en: 'Audience' },
  pluralName: { vi: 'Đối tượng', km: 'ក្រុមគោលដៅ', en: 'Audiences' },
  description: 'Nhóm đối tượng tuyên truyền: cán bộ, công chức, viên chức; người dân; doanh nghiệp; học sinh, sinh viên',
  titleField: 'name',
  route: 'doi-tuong',
  sortField: 'order',
  fields: {
    name: name('Tên nhóm đối tượng'),
    slug: termSlug,
    code: code({ label: 'Mã', hint: 'Mã ngắn cố định, ví dụ "nguoi-dan"', required: true, unique: true }),
    description,
    order: integer({ label: 'Thứ tự', hint: 'Thứ tự hiển thị', required: true, min: 0, max: 999 }),
  },
});

export const locality = defineContentType({
  name: 'locality',
  plural: 'localities',
  kind: 'taxonomy',
  capabilities: PUBLISHED_TERMS,
  displayName: { vi: 'Địa bàn', km: 'មូលដ្ឋាន', en: 'Locality' },
  pluralName: { vi: 'Địa bàn', km: 'មូលដ្ឋាន', en: 'Localities' },
  description: 'Đơn vị hành chính, có hiệu lực từ ngày đến ngày và đơn vị kế thừa; nội dung cũ giữ đơn vị cũ',
  titleField: 'name',
  route: 'dia-ban',
  sortField: 'code',
  fields: {
    name: name('Tên đơn vị hành chính, ví dụ "Huyện Kế Sách"'),
    slug: termSlug,
    code: code({ label: 'Mã đơn vị hành chính', hint: 'Mã theo danh mục đơn vị hành chính Việt Nam', required: true, unique: true }),
    localityType: choice({
      label: 'Cấp, loại',
      hint: 'Loại đơn vị hành chính',
      values: ['province', 'central_city', 'provincial_city', 'town', 'district', 'ward', 'commune', 'township'],
      labels: {
        province: { vi: 'Tỉnh', km: 'ខេត្ត', en: 'Province' },
        central_city: { vi: 'Thành phố trực thuộc trung ương', km: 'ក្រុងក្រោមឱវាទកណ្តាល', en: 'Centrally-run city' },
        provincial_city: { vi: 'Thành phố thuộc tỉnh', km: 'ក្រុងក្នុងខេត្ត', en: 'Provincial city' },
        town: { vi: 'Thị xã', km: 'ទីរួមខេត្ត', en: 'Town' },
        district: { vi: 'Huyện', km: 'ស្រុក', en: 'District' },
        ward: { vi: 'Phường', km: 'សង្កាត់', en: 'Ward' },
        commune: { vi: 'Xã', km: 'ឃុំ', en: 'Commune' },
        township: { vi: 'Thị trấn', km: 'ទីប្រជុំជន', en: 'Township' },
      },
      default: 'district',
    }),
    parent: relationToOne('locality', { label: 'Trực thuộc', hint: 'Đơn vị hành chính cấp trên' }),
    validFrom: date({ label: 'Hiệu lực từ', hint: 'Ngày đơn vị bắt đầu tồn tại (nếu biết)' }),
    validTo: date({ label: 'Hiệu lực đến', hint: 'Ngày đơn vị chấm dứt (sáp nhập, giải thể); để trống nếu còn hiệu lực' }),
    successors: relationToMany('locality', {
      label: 'Đơn vị kế thừa',
      hint: 'Đơn vị tiếp nhận sau khi sáp nhập, giải thể',
    }),
    description,
  },
});

export const agency = defineContentType({
  name: 'agency',
  plural: 'agencies',
  kind: 'taxonomy',
  capabilities: PUBLISHED_TERMS,
  displayName: { vi: 'Cơ quan, đơn vị', km: 'ស្ថាប័ន', en: 'Agency' },
  pluralName: { vi: 'Cơ quan, đơn vị', km: 'ស្ថាប័ន', en: 'Agencies' },
  description: 'Cơ quan, đơn vị sở hữu và phối hợp nội dung: sở, ban, ngành, UBND các cấp, báo, đài, trường',
  titleField: 'name',
  route: 'co-quan',
  sortField: 'name',
  fields: {
    name: name('Tên đầy đủ, ví dụ "Sở Nội vụ"'),
    slug: termSlug,
    shortName: shortText({ label: 'Tên viết tắt', hint: 'Ví dụ "SNV"', maxLength: 40 }),
    code: code({ label: 'Mã', hint: 'Mã ngắn cố định của cơ quan, ví dụ "so-noi-vu"', required: true, unique: true }),
    agencyKind: choice({
      label: 'Loại cơ quan',
      hint: 'Sở ngành, UBND, cơ quan báo chí, trường, đoàn thể…',
      values: ['people_committee', 'department', 'district_committee', 'commune_committee', 'press', 'school', 'mass_organisation', 'central', 'other'],
      labels: {
        people_committee: { vi: 'UBND tỉnh, thành phố', km: 'គណៈកម្មាធិការប្រជាជនខេត្ត', en: "People's Committee" },
        department: { vi: 'Sở, ban, ngành', km: 'មន្ទីរ', en: 'Department' },
        district_committee: { vi: 'UBND cấp huyện', km: 'គណៈកម្មាធិការប្រជាជនស្រុក', en: 'District committee' },
        commune_committee: { vi: 'UBND cấp xã', km: 'គណៈកម្មាធិការប្រជាជនឃុំ', en: 'Commune committee' },
        press: { vi: 'Cơ quan báo chí', km: 'ស្ថាប័នសារព័ត៌មាន', en: 'Press' },
        school: { vi: 'Trường', km: 'សាលា', en: 'School' },
        mass_organisation: { vi: 'Mặt trận, đoàn thể', km: 'រណសិរ្ស និងអង្គការមហាជន', en: 'Front and mass organisation' },
        central: { vi: 'Cơ quan trung ương', km: 'ស្ថាប័នកណ្តាល', en: 'Central agency' },
        other: { vi: 'Khác', km: 'ផ្សេងៗ', en: 'Other' },
      },
      default: 'department',
    }),
    website: url({ label: 'Trang thông tin điện tử', hint: 'Địa chỉ trang web của cơ quan' }),
    address: shortText({ label: 'Địa chỉ', hint: 'Địa chỉ trụ sở', maxLength: 300 }),
    locality: relationToOne('locality', { label: 'Địa bàn', hint: 'Địa bàn của cơ quan (với UBND cấp huyện, xã)' }),
    validFrom: date({ label: 'Hoạt động từ', hint: 'Ngày cơ quan được thành lập (nếu biết)' }),
    validTo: date({ label: 'Hoạt động đến', hint: 'Ngày cơ quan chấm dứt hoạt động (hợp nhất, sáp nhập); để trống nếu còn hoạt động' }),
    successors: relationToMany('agency', {
      label: 'Cơ quan kế thừa',
      hint: 'Cơ quan tiếp nhận chức năng sau khi hợp nhất, sáp nhập; nội dung cũ vẫn giữ cơ quan cũ',
    }),
    description,
  },
});
