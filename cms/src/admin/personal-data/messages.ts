/**
 * The erasure screen's strings, Vietnamese first and English second, all under
 * `cchc.personalData.`. The grounds of an erasure and what is wrong with an identifier come from
 * the server's own lists (`src/personal-data/reasons.ts`, `identifier.ts`), which the routes
 * answer with, so that the screen and the server say the same.
 */
import { IDENTIFIER_PROBLEMS } from '../../personal-data/identifier';
import { REASON_LABELS } from '../../personal-data/reasons';

type Locale = 'vi' | 'en';

const PAGE: Record<string, { vi: string; en: string }> = {
  'nav.label': { vi: 'Xóa dữ liệu cá nhân', en: 'Personal data erasure' },
  title: { vi: 'Xóa dữ liệu cá nhân', en: 'Personal data erasure' },
  subtitle: {
    vi: 'Xóa mọi tài liệu có dữ liệu cá nhân của một người theo yêu cầu (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Dữ liệu quá thời hạn lưu trữ được xóa tự động.',
    en: "Erase every document holding one person's personal data on request (Personal Data Protection Law 91/2025/QH15). Data past its retention period is erased automatically.",
  },
  'find.title': { vi: 'Tìm dữ liệu của một người', en: "Find a person's data" },
  'find.identifier': { vi: 'Số điện thoại hoặc địa chỉ thư điện tử', en: 'Phone number or e-mail address' },
  'find.identifier.hint': {
    vi: 'Nhập đúng như người đó đã cung cấp, ví dụ 0912345678 hoặc ten@example.vn.',
    en: 'As the person gave it, e.g. 0912345678 or name@example.vn.',
  },
  'find.submit': { vi: 'Xem trước dữ liệu sẽ xóa', en: 'Preview what would be erased' },
  'preview.title': { vi: 'Dữ liệu sẽ bị xóa', en: 'What would be erased' },
  'preview.found': {
    vi: 'Tìm thấy {total} tài liệu có thông tin này, ở mọi ngôn ngữ và trạng thái:',
    en: 'Found {total} documents with this identifier, in every language and state:',
  },
  'preview.count': { vi: '{type}: {count} tài liệu', en: '{type}: {count} documents' },
  'preview.none': {
    vi: 'Không có tài liệu nào chứa thông tin này. Kiểm tra lại số điện thoại hoặc địa chỉ thư điện tử (viết đúng như khi được ghi), rồi tìm lại.',
    en: 'No document holds this identifier. Check the phone number or e-mail address (as it was recorded) and search again.',
  },
  'erase.reason': { vi: 'Lý do xóa', en: 'Reason for erasure' },
  'erase.reason.hint': { vi: 'Bắt buộc. Hồ sơ xóa chỉ ghi lý do này, không ghi dữ liệu của người đó.', en: "Required. The record keeps this reason, never the person's data." },
  'erase.reason.missing': { vi: 'Chọn lý do xóa dữ liệu.', en: 'Choose the reason for the erasure.' },
  'erase.submit': { vi: 'Xóa dữ liệu này', en: 'Erase this data' },
  'confirm.title': { vi: 'Xóa vĩnh viễn {total} tài liệu?', en: 'Erase {total} documents for good?' },
  'confirm.body': {
    vi: 'Các tài liệu có thông tin này bị xóa ở mọi ngôn ngữ và trạng thái, kể cả bản đã đăng. Không thể hoàn tác. Lý do: {reason}.',
    en: 'The documents with this identifier are deleted in every language and state, published ones included. This cannot be undone. Reason: {reason}.',
  },
  'confirm.action': { vi: 'Xóa vĩnh viễn', en: 'Erase for good' },
  'confirm.cancel': { vi: 'Hủy', en: 'Cancel' },
  done: { vi: 'Đã xóa {total} tài liệu. Việc xóa đã được ghi vào danh sách bên dưới.', en: 'Erased {total} documents. The erasure is recorded in the list below.' },
  'list.title': { vi: 'Các lần đã xóa', en: 'Past erasures' },
  'list.caption': { vi: 'Các lần xóa dữ liệu cá nhân, mới nhất trước', en: 'Erasures of personal data, newest first' },
  'list.at': { vi: 'Thời điểm (giờ Việt Nam)', en: 'Time (Vietnam)' },
  'list.actor': { vi: 'Người thực hiện', en: 'By' },
  'list.reason': { vi: 'Lý do', en: 'Reason' },
  'list.erased': { vi: 'Đã xóa', en: 'Erased' },
  'list.system': { vi: 'Hệ thống (tự động)', en: 'System (automatic)' },
  'list.unknownUser': { vi: 'Người dùng #{id}', en: 'User #{id}' },
  'list.nothing': { vi: 'Không có tài liệu nào', en: 'No document' },
  'list.empty': { vi: 'Chưa xóa dữ liệu cá nhân nào.', en: 'No personal data erased yet.' },
  'list.note': { vi: 'Danh sách chỉ ghi thời điểm, người thực hiện, lý do và số tài liệu, không bao giờ ghi dữ liệu đã xóa.', en: 'The list keeps the time, who, why and how many documents, never the erased data.' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  error: { vi: 'Không thực hiện được: {message}', en: 'Could not be done: {message}' },
};

function build(locale: Locale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(PAGE)) out[`cchc.personalData.${key}`] = text[locale];
  for (const [key, text] of Object.entries(REASON_LABELS)) out[`cchc.personalData.reason.${key}`] = text[locale];
  for (const [key, text] of Object.entries(IDENTIFIER_PROBLEMS)) out[`cchc.personalData.problem.${key}`] = text[locale];
  return out;
}

export const vi = build('vi');
export const en = build('en');

const ALL: Record<string, string> = build('vi');

/** The key of a message, with its Vietnamese text as react-intl's default. */
export const message = (key: string) => ({ id: `cchc.personalData.${key}`, defaultMessage: ALL[`cchc.personalData.${key}`] ?? key });
