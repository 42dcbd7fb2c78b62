import { defineContentType } from '../define';
import { PUBLISHED_CONTENT } from '../capabilities';
import {
  choice, component, dateTime, longText, relationToMany, relationToOne, richText, shortText, slug, url,
} from '../fields';
import { image } from '../components/shared';
import { demoField, taxonomyFields } from './common';

/** Sự kiện: hội thi, hội nghị đối thoại, hội thảo, tập huấn, sân khấu hóa, tọa đàm. */
export const event = defineContentType({
  name: 'event',
  plural: 'events',
  kind: 'content',
  capabilities: PUBLISHED_CONTENT,
  displayName: { vi: 'Sự kiện', km: 'ព្រឹត្តិការណ៍', en: 'Event' },
  pluralName: { vi: 'Sự kiện', km: 'ព្រឹត្តិការណ៍', en: 'Events' },
  description: 'Hội thi, hội nghị đối thoại, hội thảo, lớp tập huấn, sân khấu hóa, tọa đàm về CCHC',
  titleField: 'title',
  route: 'su-kien',
  kindField: 'eventKind',
  displayDate: { field: 'startsAt', shows: 'date-time', of: 'subject' },
  statusField: { field: 'eventStatus', usual: 'scheduled' },
  summaryField: 'summary',
  ownerField: 'agency',
  happening: {
    startsAt: 'startsAt',
    endsAt: 'endsAt',
    venue: 'venue',
    onlineUrl: 'onlineUrl',
    registration: 'registration',
    registrationUrl: 'registrationUrl',
  },
  fields: {
    title: shortText({ label: 'Tên sự kiện', hint: 'Tên đầy đủ của sự kiện', required: true, maxLength: 200 }),
    slug: slug({ label: 'Đường dẫn', hint: 'Tự tạo từ tên, không dấu; có thể sửa', from: 'title' }),
    summary: longText({ label: 'Tóm tắt', hint: '1–3 câu giới thiệu sự kiện', required: true, maxLength: 600 }),
    body: richText({ label: 'Nội dung', hint: 'Chương trình, thành phần, nội dung chính' }),
    eventKind: choice({
      label: 'Loại sự kiện',
      hint: 'Hình thức tổ chức',
      values: ['contest', 'dialogue', 'workshop', 'training', 'staged_performance', 'talk', 'conference'],
      labels: {
        contest: { vi: 'Hội thi', km: 'ការប្រកួត', en: 'Contest' },
        dialogue: { vi: 'Hội nghị đối thoại', km: 'សន្និសីទសន្ទនា', en: 'Dialogue' },
        workshop: { vi: 'Hội thảo', km: 'សិក្ខាសាលា', en: 'Workshop' },
        training: { vi: 'Tập huấn', km: 'វគ្គបណ្តុះបណ្តាល', en: 'Training course' },
        staged_performance: { vi: 'Sân khấu hóa', km: 'ការសម្តែងលើឆាក', en: 'Staged performance' },
        talk: { vi: 'Tọa đàm', km: 'កិច្ចពិភាក្សា', en: 'Round-table talk' },
        conference: { vi: 'Hội nghị', km: 'សន្និសីទ', en: 'Conference' },
      },
      default: 'conference',
    }),
    startsAt: dateTime({ label: 'Bắt đầu', hint: 'Ngày giờ bắt đầu (giờ Việt Nam)', required: true }),
    endsAt: dateTime({ label: 'Kết thúc', hint: 'Ngày giờ kết thúc (giờ Việt Nam)' }),
    venue: shortText({ label: 'Địa điểm', hint: 'Tên hội trường và địa chỉ', maxLength: 300 }),
    onlineUrl: url({ label: 'Đường dẫn trực tuyến', hint: 'Liên kết phòng họp trực tuyến hoặc phát trực tiếp, nếu có' }),
    coOrganisers: relationToMany('agency', {
      label: 'Cơ quan phối hợp',
      hint: 'Các cơ quan, đơn vị phối hợp tổ chức (cơ quan chủ trì là cơ quan sở hữu)',
    }),
    registration: longText({ label: 'Đăng ký tham dự', hint: 'Cách đăng ký, hạn đăng ký, số lượng', maxLength: 1000 }),
    registrationUrl: url({ label: 'Đường dẫn đăng ký', hint: 'Liên kết biểu mẫu đăng ký, nếu có' }),
    eventStatus: choice({
      label: 'Tình trạng',
      hint: 'Cập nhật khi sự kiện hoãn, hủy hoặc đã diễn ra',
      values: ['scheduled', 'postponed', 'cancelled', 'held'],
      labels: {
        scheduled: { vi: 'Sắp diễn ra', km: 'គ្រោងនឹងប្រព្រឹត្តទៅ', en: 'Scheduled' },
        postponed: { vi: 'Tạm hoãn', km: 'ពន្យារពេល', en: 'Postponed' },
        cancelled: { vi: 'Đã hủy', km: 'បានលុបចោល', en: 'Cancelled' },
        held: { vi: 'Đã diễn ra', km: 'បានប្រព្រឹត្តទៅ', en: 'Held' },
      },
      default: 'scheduled',
    }),
    reportArticle: relationToOne('article', {
      label: 'Bài tường thuật',
      hint: 'Tin bài đưa tin về sự kiện sau khi diễn ra',
    }),
    cover: component(image, { label: 'Ảnh đại diện', hint: 'Ảnh, băng rôn của sự kiện, kèm văn bản thay thế' }),
    ...taxonomyFields(),
    ...demoField(),
  },
});
