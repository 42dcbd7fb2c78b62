/**
 * The audit page's strings, Vietnamese first and English second, all under `cchc.audit.`.
 * The names of actions, actor kinds and subjects come from the server's list
 * (`src/audit/labels.ts`), which the CSV export uses too, so that both read the same.
 */
import { ACTION_LABELS, ACTOR_KINDS, SUBJECT_LABELS } from '../../audit/labels';

type Locale = 'vi' | 'en';

const PAGE: Record<string, { vi: string; en: string }> = {
  title: { vi: 'Nhật ký hệ thống', en: 'Audit log' },
  subtitle: {
    vi: 'Ai đã làm gì, lúc nào: tài liệu, đăng nhập, người dùng, vai trò, mã truy cập API. Không ai sửa hoặc xóa được nhật ký.',
    en: 'Who did what and when: documents, logins, users, roles, API tokens. No one can edit or delete the log.',
  },
  'filters.legend': { vi: 'Lọc nhật ký', en: 'Filter the log' },
  'filters.user': { vi: 'Người thực hiện (mã số hoặc thư điện tử)', en: 'Actor (id or email)' },
  'filters.agency': { vi: 'Cơ quan (documentId)', en: 'Agency (documentId)' },
  'filters.documentType': { vi: 'Loại tài liệu', en: 'Document type' },
  'filters.documentId': { vi: 'Tài liệu (documentId)', en: 'Document (documentId)' },
  'filters.action': { vi: 'Hành động', en: 'Action' },
  'filters.any': { vi: 'Tất cả', en: 'Any' },
  'filters.from': { vi: 'Từ ngày', en: 'From' },
  'filters.to': { vi: 'Đến ngày', en: 'To' },
  'filters.dates.hint': { vi: 'Theo giờ Việt Nam, tính cả hai ngày', en: 'Vietnam time, both days included' },
  'filters.submit': { vi: 'Lọc', en: 'Apply' },
  'filters.reset': { vi: 'Xóa bộ lọc', en: 'Reset' },
  export: { vi: 'Xuất CSV', en: 'Export CSV' },
  'table.caption': { vi: 'Các mục nhật ký, mới nhất trước', en: 'Log entries, newest first' },
  'table.at': { vi: 'Thời điểm (giờ Việt Nam)', en: 'Time (Vietnam)' },
  'table.action': { vi: 'Hành động', en: 'Action' },
  'table.actor': { vi: 'Người thực hiện', en: 'Actor' },
  'table.subject': { vi: 'Đối tượng', en: 'Subject' },
  'table.agency': { vi: 'Cơ quan', en: 'Agency' },
  'table.ip': { vi: 'Địa chỉ IP', en: 'IP address' },
  'table.details': { vi: 'Chi tiết', en: 'Details' },
  'table.empty': { vi: 'Không có mục nào khớp bộ lọc.', en: 'No entry matches the filter.' },
  'table.total': { vi: '{total} mục', en: '{total} entries' },
  loading: { vi: 'Đang tải nhật ký…', en: 'Loading the log…' },
  'page.previous': { vi: 'Trang trước', en: 'Previous page' },
  'page.next': { vi: 'Trang sau', en: 'Next page' },
  'page.of': { vi: 'Trang {page} / {pageCount}', en: 'Page {page} of {pageCount}' },
  'error.load': { vi: 'Không tải được nhật ký: {message}', en: 'The log could not be loaded: {message}' },
  'detail.major': { vi: 'Thay đổi lớn', en: 'Major change' },
  'detail.changeNote': { vi: 'Ghi chú thay đổi', en: 'Change note' },
  'detail.cause': { vi: 'Do', en: 'Caused by' },
  'detail.reason': { vi: 'Lý do', en: 'Reason' },
  'detail.provider': { vi: 'Cách đăng nhập', en: 'Login method' },
  'detail.name': { vi: 'Tên', en: 'Name' },
  'detail.code': { vi: 'Mã', en: 'Code' },
  'detail.description': { vi: 'Mô tả', en: 'Description' },
  'detail.email': { vi: 'Thư điện tử', en: 'Email' },
  'detail.firstname': { vi: 'Tên', en: 'First name' },
  'detail.lastname': { vi: 'Họ', en: 'Last name' },
  'detail.username': { vi: 'Tên đăng nhập', en: 'Username' },
  'detail.isActive': { vi: 'Đang hoạt động', en: 'Active' },
  'detail.blocked': { vi: 'Bị khóa', en: 'Blocked' },
  'detail.roles': { vi: 'Vai trò', en: 'Roles' },
  'detail.added': { vi: 'Quyền thêm', en: 'Permissions added' },
  'detail.removed': { vi: 'Quyền bỏ', en: 'Permissions removed' },
  'detail.kind': { vi: 'Loại', en: 'Kind' },
  'detail.type': { vi: 'Kiểu quyền', en: 'Access type' },
  'detail.lifespan': { vi: 'Thời hạn (ms)', en: 'Lifespan (ms)' },
  'detail.expiresAt': { vi: 'Hết hạn', en: 'Expires' },
  'detail.prefix': { vi: 'Mã nhận biết', en: 'Token prefix' },
  'detail.previousPrefix': { vi: 'Mã nhận biết cũ', en: 'Previous token prefix' },
  'detail.origins': { vi: 'Địa chỉ web được phép', en: 'Allowed origins' },
  'detail.perMinute': { vi: 'Số yêu cầu mỗi phút', en: 'Requests per minute' },
  'detail.burst': { vi: 'Số yêu cầu dồn tối đa', en: 'Largest burst' },
  'detail.count': { vi: '{count} mục', en: '{count} items' },
  'value.yes': { vi: 'Có', en: 'Yes' },
  'value.no': { vi: 'Không', en: 'No' },
  'value.content-api': { vi: 'đọc nội dung qua API', en: 'Content API' },
  'value.admin': { vi: 'quản trị', en: 'admin' },
  'value.read-only': { vi: 'chỉ đọc', en: 'read-only' },
  'value.full-access': { vi: 'toàn quyền', en: 'full access' },
  'value.custom': { vi: 'tùy chỉnh', en: 'custom' },
  'value.unattributed': { vi: 'không rõ tác vụ', en: 'unattributed' },
  'value.seed': { vi: 'nạp nội dung mẫu', en: 'demo content' },
  'value.retention': { vi: 'xóa dữ liệu cá nhân hết thời hạn lưu trữ', en: 'personal data past retention' },
  'value.shared-relations': { vi: 'sao chép liên kết sang bản dịch', en: 'relations copied to translations' },
  'value.relink-on-publish': { vi: 'khôi phục liên kết khi xuất bản', en: 'links restored on publish' },
  'nav.label': { vi: 'Nhật ký hệ thống', en: 'Audit log' },
  'section.label': { vi: 'Giám sát', en: 'Oversight' },
};

function build(locale: Locale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(PAGE)) out[`cchc.audit.${key}`] = text[locale];
  for (const [key, text] of Object.entries(ACTION_LABELS)) out[`cchc.audit.action.${key}`] = text[locale];
  for (const [key, text] of Object.entries(ACTOR_KINDS)) out[`cchc.audit.actor.${key}`] = text[locale];
  for (const [key, text] of Object.entries(SUBJECT_LABELS)) out[`cchc.audit.subject.${key}`] = text[locale];
  return out;
}

export const vi = build('vi');
export const en = build('en');

/** The key of a message, with its English text as react-intl's default. */
export const message = (key: string) => ({ id: `cchc.audit.${key}`, defaultMessage: PAGE[key]?.en ?? key });
