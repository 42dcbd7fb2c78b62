import { defineContentType } from '../define';
import { PUBLISHED_CONTENT } from '../capabilities';
import { choice, component, components, date, longText, relationToOne, richText, shortText, slug } from '../fields';
import { file, image } from '../components/shared';
import { demoField, taxonomyFields } from './common';

/** Tài liệu tập huấn, bồi dưỡng cho tuyên truyền viên và cán bộ, công chức. */
export const trainingMaterial = defineContentType({
  name: 'training-material',
  plural: 'training-materials',
  kind: 'content',
  capabilities: PUBLISHED_CONTENT,
  displayName: { vi: 'Tài liệu tập huấn', km: 'ឯកសារបណ្តុះបណ្តាល', en: 'Training material' },
  pluralName: { vi: 'Tài liệu tập huấn', km: 'ឯកសារបណ្តុះបណ្តាល', en: 'Training materials' },
  description: 'Sổ tay, bài giảng, tờ rơi, áp phích, video, âm thanh dùng để tập huấn, bồi dưỡng',
  titleField: 'title',
  route: 'tai-lieu',
  kindField: 'materialKind',
  displayDate: { field: 'versionDate', shows: 'date', of: 'content' },
  summaryField: 'summary',
  ownerField: 'agency',
  fields: {
    title: shortText({ label: 'Tên tài liệu', hint: 'Tên đầy đủ của tài liệu', required: true, maxLength: 200 }),
    slug: slug({ label: 'Đường dẫn', hint: 'Tự tạo từ tên, không dấu; có thể sửa', from: 'title' }),
    summary: longText({ label: 'Mô tả', hint: 'Tài liệu dùng cho ai, nói về gì', required: true, maxLength: 600 }),
    body: richText({ label: 'Nội dung chi tiết', hint: 'Mục lục, hướng dẫn sử dụng tài liệu' }),
    materialKind: choice({
      label: 'Loại tài liệu',
      hint: 'Sổ tay, bài giảng trình chiếu, tờ rơi, áp phích, video, âm thanh',
      values: ['handbook', 'slides', 'leaflet', 'poster', 'video', 'audio', 'document'],
      labels: {
        handbook: { vi: 'Sổ tay', km: 'សៀវភៅណែនាំ', en: 'Handbook' },
        slides: { vi: 'Bài giảng trình chiếu', km: 'ស្លាយបង្រៀន', en: 'Slides' },
        leaflet: { vi: 'Tờ rơi', km: 'ខិត្តប័ណ្ណ', en: 'Leaflet' },
        poster: { vi: 'Áp phích', km: 'ផ្ទាំងរូបភាព', en: 'Poster' },
        video: { vi: 'Video', km: 'វីដេអូ', en: 'Video' },
        audio: { vi: 'Âm thanh', km: 'សំឡេង', en: 'Audio' },
        document: { vi: 'Văn bản', km: 'ឯកសារ', en: 'Document' },
      },
      default: 'document',
    }),
    files: components(file, { label: 'Tệp tài liệu', hint: 'Các tệp để tải về; ít nhất một tệp', min: 1, max: 20 }),
    trainingEvent: relationToOne('event', {
      label: 'Thuộc lớp tập huấn',
      hint: 'Sự kiện tập huấn, bồi dưỡng sử dụng tài liệu này',
    }),
    versionDate: date({ label: 'Ngày phiên bản', hint: 'Ngày ban hành hoặc cập nhật tài liệu', required: true }),
    cover: component(image, { label: 'Ảnh bìa', hint: 'Ảnh bìa tài liệu, kèm văn bản thay thế' }),
    ...taxonomyFields(),
    ...demoField(),
  },
});
