/**
 * Types that exist only in the test suite (CCHC_TEST_FIXTURES=1, set by `npm test`), never in the
 * demo or in production: a staff-only type that holds personal data, so that the tests can plant
 * a marker in it and prove it reaches no public output (tests/cms/private-types.test.ts).
 */
import { defineContentType } from '../define';
import { choice, dateTime, longText, relationToOne, shortText, slug } from '../fields';

/** Ghi chú nội bộ: a note staff keep about a citizen's call, with the citizen's name and phone. */
export const privateNote = defineContentType({
  name: 'private-note',
  plural: 'private-notes',
  kind: 'content',
  capabilities: {
    readers: 'staff',
    workflow: true,
    press: false,
    versioned: false,
    site: false,
    searchable: false,
    personalData: {
      fields: ['citizenName', 'citizenPhone'],
      subjectFields: ['citizenPhone'],
      purpose: { vi: 'Để trả lời người gọi', km: 'ដើម្បីឆ្លើយតបអ្នកហៅ', en: 'To answer the caller' },
      retentionDays: 30,
    },
  },
  displayName: { vi: 'Ghi chú nội bộ', km: 'កំណត់ត្រាផ្ទៃក្នុង', en: 'Internal note' },
  pluralName: { vi: 'Ghi chú nội bộ', km: 'កំណត់ត្រាផ្ទៃក្នុង', en: 'Internal notes' },
  description: 'Chỉ dùng trong kiểm thử: ghi chú nội bộ có dữ liệu cá nhân',
  titleField: 'title',
  route: 'ghi-chu-noi-bo',
  kindField: 'noteKind',
  displayDate: { field: 'receivedAt', shows: 'date-time', of: 'content' },
  summaryField: 'summary',
  ownerField: 'agency',
  fields: {
    title: shortText({ label: 'Tiêu đề', hint: 'Nội dung cuộc gọi, ngắn gọn', required: true, maxLength: 200 }),
    slug: slug({ label: 'Đường dẫn', hint: 'Tự tạo từ tiêu đề', from: 'title' }),
    summary: longText({ label: 'Tóm tắt', hint: 'Người gọi hỏi gì', required: true, maxLength: 600 }),
    noteKind: choice({
      label: 'Loại',
      hint: 'Câu hỏi hay góp ý',
      values: ['question', 'feedback'],
      labels: {
        question: { vi: 'Câu hỏi', km: 'សំណួរ', en: 'Question' },
        feedback: { vi: 'Góp ý', km: 'មតិ', en: 'Feedback' },
      },
      default: 'question',
    }),
    receivedAt: dateTime({ label: 'Nhận lúc', hint: 'Thời điểm nhận cuộc gọi', required: true }),
    citizenName: shortText({ label: 'Họ tên người gọi', hint: 'Dữ liệu cá nhân', maxLength: 120 }),
    citizenPhone: shortText({ label: 'Số điện thoại người gọi', hint: 'Dữ liệu cá nhân', maxLength: 20 }),
    agency: relationToOne('agency', { label: 'Cơ quan sở hữu', hint: 'Cơ quan nhận cuộc gọi', required: true }),
  },
});
