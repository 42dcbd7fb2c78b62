import { defineContentType } from '../define';
import { PUBLISHED_CONTENT } from '../capabilities';
import {
  choice, component, components, dateTime, longText, media, richText, shortText, slug,
} from '../fields';
import { file, image } from '../components/shared';
import { demoField, taxonomyFields } from './common';

/** Tin bài: news, features, infographics, video and audio stories. */
export const article = defineContentType({
  name: 'article',
  plural: 'articles',
  kind: 'content',
  capabilities: PUBLISHED_CONTENT,
  displayName: { vi: 'Tin bài', km: 'ព័ត៌មាន', en: 'Article' },
  pluralName: { vi: 'Tin bài', km: 'ព័ត៌មាន', en: 'News' },
  description: 'Tin, bài, phóng sự, infographic, video và bản tin phát thanh về cải cách hành chính',
  titleField: 'title',
  route: 'tin-bai',
  kindField: 'kind',
  // The editors' date, else the publication (the field's hint says so).
  displayDate: { field: 'date', fallback: 'publishedAt', shows: 'date', of: 'content' },
  summaryField: 'summary',
  ownerField: 'agency',
  bylineField: 'byline',
  fields: {
    title: shortText({ label: 'Tiêu đề', hint: 'Ngắn gọn, dưới 120 ký tự', required: true, maxLength: 200 }),
    slug: slug({ label: 'Đường dẫn', hint: 'Tự tạo từ tiêu đề, không dấu; có thể sửa', from: 'title' }),
    summary: longText({
      label: 'Sapo',
      hint: 'Đoạn tóm tắt 1–3 câu, hiện ở trang danh sách và khi chia sẻ',
      required: true,
      maxLength: 600,
    }),
    body: richText({ label: 'Nội dung', hint: 'Nội dung bài viết', required: true }),
    kind: choice({
      label: 'Thể loại',
      hint: 'Tin, bài viết, infographic, video hay bản tin phát thanh',
      values: ['news', 'feature', 'interview', 'infographic', 'video', 'audio'],
      labels: {
        news: { vi: 'Tin tức', km: 'ព័ត៌មាន', en: 'News' },
        feature: { vi: 'Bài viết', km: 'អត្ថបទ', en: 'Feature' },
        interview: { vi: 'Phỏng vấn', km: 'បទសម្ភាសន៍', en: 'Interview' },
        infographic: { vi: 'Infographic', km: 'ព័ត៌មានក្រាហ្វិក', en: 'Infographic' },
        video: { vi: 'Video', km: 'វីដេអូ', en: 'Video' },
        audio: { vi: 'Phát thanh', km: 'វិទ្យុ', en: 'Radio' },
      },
      default: 'news',
    }),
    date: dateTime({
      label: 'Ngày đăng',
      hint: 'Ngày giờ hiển thị trên bài; để trống thì lấy thời điểm xuất bản đầu tiên',
    }),
    byline: shortText({ label: 'Tác giả', hint: 'Tên tác giả hoặc nhóm tác giả, ví dụ "Minh Anh – Sở Nội vụ"', maxLength: 200 }),
    cover: component(image, { label: 'Ảnh đại diện', hint: 'Ảnh chính của bài, kèm văn bản thay thế', required: true }),
    gallery: components(image, { label: 'Thư viện ảnh', hint: 'Các ảnh khác của bài', max: 40 }),
    audio: media({
      label: 'Âm thanh',
      hint: 'Bản tin phát thanh (MP3) cho thể loại phát thanh',
      allowed: ['audios'],
      localized: true,
    }),
    video: media({ label: 'Video', hint: 'Tệp video (MP4) cho thể loại video', allowed: ['videos'], localized: true }),
    attachments: components(file, { label: 'Tệp đính kèm', hint: 'Văn bản, tài liệu kèm theo bài', max: 20 }),
    ...taxonomyFields(),
    ...demoField(),
  },
});
