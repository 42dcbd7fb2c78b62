/**
 * The erasure screen's strings (`cchc.personalData.*`; the pattern: ../translations/define.ts).
 * The grounds of an erasure and what is wrong with an identifier come from the server's own lists
 * (`src/personal-data/reasons.ts`, `identifier.ts`), which the routes answer with, so that the
 * screen and the server say the same.
 */
import { IDENTIFIER_PROBLEMS } from '../../personal-data/identifier';
import { REASON_LABELS } from '../../personal-data/reasons';
import { defineMessages } from '../translations/define';

export const messages = defineMessages(
  'personalData',
  {
    'nav.label': 'Xóa dữ liệu cá nhân',
    title: 'Xóa dữ liệu cá nhân',
    subtitle: 'Xóa mọi tài liệu có dữ liệu cá nhân của một người theo yêu cầu (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Dữ liệu quá thời hạn lưu trữ được xóa tự động.',
    'find.title': 'Tìm dữ liệu của một người',
    'find.identifier': 'Số điện thoại hoặc địa chỉ thư điện tử',
    'find.identifier.hint': 'Nhập đúng như người đó đã cung cấp, ví dụ 0912345678 hoặc ten@example.vn.',
    'find.submit': 'Xem trước dữ liệu sẽ xóa',
    'preview.title': 'Dữ liệu sẽ bị xóa',
    'preview.found': 'Tìm thấy {total} tài liệu có thông tin này, ở mọi ngôn ngữ và trạng thái:',
    'preview.count': '{type}: {count} tài liệu',
    'preview.none': 'Không có tài liệu nào chứa thông tin này. Kiểm tra lại số điện thoại hoặc địa chỉ thư điện tử (viết đúng như khi được ghi), rồi tìm lại.',
    'erase.reason': 'Lý do xóa',
    'erase.reason.hint': 'Bắt buộc. Hồ sơ xóa chỉ ghi lý do này, không ghi dữ liệu của người đó.',
    'erase.reason.missing': 'Chọn lý do xóa dữ liệu.',
    'erase.submit': 'Xóa dữ liệu này',
    'confirm.title': 'Xóa vĩnh viễn {total} tài liệu?',
    'confirm.body': 'Các tài liệu có thông tin này bị xóa ở mọi ngôn ngữ và trạng thái, kể cả bản đã đăng. Không thể hoàn tác. Lý do: {reason}.',
    'confirm.action': 'Xóa vĩnh viễn',
    'confirm.cancel': 'Hủy',
    done: 'Đã xóa {total} tài liệu. Việc xóa đã được ghi vào danh sách bên dưới.',
    'list.title': 'Các lần đã xóa',
    'list.caption': 'Các lần xóa dữ liệu cá nhân, mới nhất trước',
    'list.at': 'Thời điểm (giờ Việt Nam)',
    'list.actor': 'Người thực hiện',
    'list.reason': 'Lý do',
    'list.erased': 'Đã xóa',
    'list.system': 'Hệ thống (tự động)',
    'list.unknownUser': 'Người dùng #{id}',
    'list.nothing': 'Không có tài liệu nào',
    'list.empty': 'Chưa xóa dữ liệu cá nhân nào.',
    'list.note': 'Danh sách chỉ ghi thời điểm, người thực hiện, lý do và số tài liệu, không bao giờ ghi dữ liệu đã xóa.',
    loading: 'Đang tải…',
    error: 'Không thực hiện được: {message}',
  },
  {
    'nav.label': 'Personal data erasure',
    title: 'Personal data erasure',
    subtitle: "Erase every document holding one person's personal data on request (Personal Data Protection Law 91/2025/QH15). Data past its retention period is erased automatically.",
    'find.title': "Find a person's data",
    'find.identifier': 'Phone number or e-mail address',
    'find.identifier.hint': 'As the person gave it, e.g. 0912345678 or name@example.vn.',
    'find.submit': 'Preview what would be erased',
    'preview.title': 'What would be erased',
    'preview.found': 'Found {total} documents with this identifier, in every language and state:',
    'preview.count': '{type}: {count} documents',
    'preview.none': 'No document holds this identifier. Check the phone number or e-mail address (as it was recorded) and search again.',
    'erase.reason': 'Reason for erasure',
    'erase.reason.hint': "Required. The record keeps this reason, never the person's data.",
    'erase.reason.missing': 'Choose the reason for the erasure.',
    'erase.submit': 'Erase this data',
    'confirm.title': 'Erase {total} documents for good?',
    'confirm.body': 'The documents with this identifier are deleted in every language and state, published ones included. This cannot be undone. Reason: {reason}.',
    'confirm.action': 'Erase for good',
    'confirm.cancel': 'Cancel',
    done: 'Erased {total} documents. The erasure is recorded in the list below.',
    'list.title': 'Past erasures',
    'list.caption': 'Erasures of personal data, newest first',
    'list.at': 'Time (Vietnam)',
    'list.actor': 'By',
    'list.reason': 'Reason',
    'list.erased': 'Erased',
    'list.system': 'System (automatic)',
    'list.unknownUser': 'User #{id}',
    'list.nothing': 'No document',
    'list.empty': 'No personal data erased yet.',
    'list.note': 'The list keeps the time, who, why and how many documents, never the erased data.',
    loading: 'Loading…',
    error: 'Could not be done: {message}',
  },
  { reason: REASON_LABELS, problem: IDENTIFIER_PROBLEMS },
);

export const { message } = messages;
export type MessageKey = Parameters<typeof message>[0];
