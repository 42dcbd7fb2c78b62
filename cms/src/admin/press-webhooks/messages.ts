/** The webhook section's strings, Vietnamese first and English second, all under `cchc.pressWebhooks.`. */
type Locale = 'vi' | 'en';

const TEXT: Record<string, { vi: string; en: string }> = {
  title: { vi: 'Webhook của {outlet}', en: 'Webhooks of {outlet}' },
  intro: {
    vi: 'Mỗi thay đổi nội dung công khai được gửi tới địa chỉ của cơ quan báo chí, có chữ ký theo chuẩn Standard Webhooks. Địa chỉ phải bắt đầu bằng https://.',
    en: 'Each change to public content is sent to the outlet’s address, signed in the Standard Webhooks format. The address must start with https://.',
  },
  'list.caption': { vi: 'Các điểm nhận webhook', en: 'Webhook endpoints' },
  'list.url': { vi: 'Địa chỉ', en: 'Address' },
  'list.changes': { vi: 'Loại thay đổi', en: 'Changes' },
  'list.state': { vi: 'Trạng thái', en: 'State' },
  'list.pending': { vi: 'Chờ gửi', en: 'Waiting' },
  'list.actions': { vi: 'Thao tác', en: 'Actions' },
  'list.empty': { vi: 'Chưa có điểm nhận nào.', en: 'No endpoint yet.' },
  'state.active': { vi: 'Đang hoạt động', en: 'Active' },
  'state.failing': { vi: 'Đang lỗi ({count} lần liên tiếp)', en: 'Failing ({count} in a row)' },
  'state.disabled': { vi: 'Đã tắt lúc {at}: {reason}', en: 'Disabled at {at}: {reason}' },
  'action.log': { vi: 'Xem nhật ký gửi', en: 'Delivery log' },
  'action.hideLog': { vi: 'Ẩn nhật ký gửi', en: 'Hide delivery log' },
  'action.enable': { vi: 'Bật lại', en: 'Enable again' },
  'action.delete': { vi: 'Xóa', en: 'Delete' },
  'action.retry': { vi: 'Gửi lại ngay', en: 'Retry now' },
  'confirm.delete': { vi: 'Xóa điểm nhận {url} cùng hàng đợi của nó?', en: 'Delete the endpoint {url} and its queue?' },
  'form.legend': { vi: 'Đăng ký điểm nhận mới', en: 'Register a new endpoint' },
  'form.url': { vi: 'Địa chỉ nhận (URL)', en: 'Receiving address (URL)' },
  'form.url.hint': { vi: 'Ví dụ: https://toasoan.example.vn/webhooks/cchc', en: 'For example: https://newsroom.example/webhooks/cchc' },
  'form.changes': { vi: 'Các loại thay đổi muốn nhận', en: 'Changes wanted' },
  'form.types': { vi: 'Chỉ các loại nội dung (bỏ trống: tất cả)', en: 'Only these content types (none: all)' },
  'form.locales': { vi: 'Chỉ các ngôn ngữ (bỏ trống: tất cả)', en: 'Only these languages (none: all)' },
  'form.submit': { vi: 'Đăng ký', en: 'Register' },
  'secret.title': { vi: 'Khóa ký của điểm nhận mới', en: 'The new endpoint’s signing secret' },
  'secret.once': {
    vi: 'Chỉ hiện một lần. Hãy gửi khóa này cho kỹ thuật viên của tòa soạn qua kênh an toàn; hệ thống không hiện lại.',
    en: 'Shown once. Give it to the newsroom’s engineer over a safe channel; it is not shown again.',
  },
  'secret.dismiss': { vi: 'Đã lưu khóa', en: 'I have saved it' },
  'log.caption': { vi: 'Nhật ký gửi của {url}, mới nhất trước', en: 'Deliveries to {url}, newest first' },
  'log.event': { vi: 'Sự kiện', en: 'Event' },
  'log.document': { vi: 'Tài liệu', en: 'Document' },
  'log.state': { vi: 'Kết quả', en: 'Outcome' },
  'log.attempts': { vi: 'Số lần thử', en: 'Attempts' },
  'log.status': { vi: 'Mã trả lời', en: 'Response code' },
  'log.error': { vi: 'Lỗi gần nhất', en: 'Last error' },
  'log.empty': { vi: 'Chưa có lần gửi nào.', en: 'No delivery yet.' },
  'log.delivered': { vi: 'Đã gửi lúc {at}', en: 'Delivered at {at}' },
  'log.pending': { vi: 'Chờ gửi', en: 'Waiting' },
  'log.retrying': { vi: 'Sẽ thử lại lúc {at}', en: 'Next attempt at {at}' },
  'change.created': { vi: 'đăng mới', en: 'created' },
  'change.updated': { vi: 'cập nhật', en: 'updated' },
  'change.unpublished': { vi: 'gỡ xuống', en: 'unpublished' },
  'change.deleted': { vi: 'xóa', en: 'deleted' },
  'page.previous': { vi: 'Trang trước', en: 'Previous page' },
  'page.next': { vi: 'Trang sau', en: 'Next page' },
  'page.of': { vi: 'Trang {page} / {pageCount}', en: 'Page {page} of {pageCount}' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  'done.created': { vi: 'Đã đăng ký điểm nhận.', en: 'Endpoint registered.' },
  'done.deleted': { vi: 'Đã xóa điểm nhận.', en: 'Endpoint deleted.' },
  'done.enabled': { vi: 'Đã bật lại điểm nhận; các thay đổi đang chờ sẽ được gửi.', en: 'Endpoint enabled again; waiting changes will be sent.' },
  'done.retried': { vi: 'Sẽ gửi lại ngay.', en: 'It will be sent again now.' },
  error: { vi: 'Không thực hiện được: {message}', en: 'That did not work: {message}' },
};

function build(locale: Locale): Record<string, string> {
  return Object.fromEntries(Object.entries(TEXT).map(([key, text]) => [`cchc.pressWebhooks.${key}`, text[locale]]));
}

export const vi = build('vi');
export const en = build('en');

/** The key of a message, with its English text as react-intl's default. */
export const message = (key: string) => ({ id: `cchc.pressWebhooks.${key}`, defaultMessage: TEXT[key]?.en ?? key });
