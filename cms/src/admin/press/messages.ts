/** The press outlets page's strings, Vietnamese first and English second, all under `cchc.press.`. */
type Locale = 'vi' | 'en';

const PAGE: Record<string, { vi: string; en: string }> = {
  'nav.label': { vi: 'Báo chí & phát thanh', en: 'Press & broadcasting' },
  title: { vi: 'Báo chí & phát thanh', en: 'Press & broadcasting' },
  subtitle: {
    vi: 'Các đơn vị báo chí lấy tin qua API báo chí: mỗi đơn vị một mã truy cập chỉ đọc nội dung đã đăng, với giới hạn số yêu cầu và các địa chỉ web được gọi từ trình duyệt.',
    en: 'Outlets that pull content through the press API: one read-only token each, for published content, with a rate limit and the web origins allowed to call from a browser.',
  },
  'form.create': { vi: 'Thêm đơn vị báo chí', en: 'Add an outlet' },
  'form.edit': { vi: 'Sửa "{name}"', en: 'Edit "{name}"' },
  'form.name': { vi: 'Tên đơn vị', en: 'Outlet name' },
  'form.name.hint': { vi: 'Tên hiện trong nhật ký truy cập, ví dụ Báo Sóc Trăng', en: 'Shown in the access log, e.g. Báo Sóc Trăng' },
  'form.origins': { vi: 'Địa chỉ web được gọi từ trình duyệt (CORS)', en: 'Web origins allowed to call from a browser (CORS)' },
  'form.origins.hint': {
    vi: 'Mỗi dòng một địa chỉ, đúng dạng https://ten-mien hoặc http://localhost:4321; để trống nếu đơn vị chỉ lấy tin từ máy chủ.',
    en: 'One per line, exactly https://host or http://localhost:4321; leave empty when the outlet pulls from a server only.',
  },
  'form.perMinute': { vi: 'Số yêu cầu mỗi phút', en: 'Requests per minute' },
  'form.burst': { vi: 'Số yêu cầu dồn cùng lúc tối đa', en: 'Largest burst of requests' },
  'form.submit.create': { vi: 'Thêm và cấp mã truy cập', en: 'Add and issue a token' },
  'form.submit.edit': { vi: 'Lưu thay đổi', en: 'Save changes' },
  'form.cancel': { vi: 'Hủy', en: 'Cancel' },
  'table.caption': { vi: 'Các đơn vị báo chí, lần lấy tin gần nhất và lưu lượng', en: 'Outlets, their last pull and volume' },
  'table.name': { vi: 'Đơn vị', en: 'Outlet' },
  'table.token': { vi: 'Mã nhận biết', en: 'Token prefix' },
  'table.origins': { vi: 'Địa chỉ web được phép', en: 'Allowed origins' },
  'table.limit': { vi: 'Giới hạn', en: 'Rate limit' },
  'table.lastPull': { vi: 'Lấy tin gần nhất (giờ Việt Nam)', en: 'Last pull (Vietnam time)' },
  'table.volume': { vi: 'Lưu lượng', en: 'Volume' },
  'table.state': { vi: 'Trạng thái', en: 'State' },
  'table.actions': { vi: 'Thao tác', en: 'Actions' },
  'table.empty': { vi: 'Chưa có đơn vị báo chí nào.', en: 'No outlet yet.' },
  'table.noOrigins': { vi: 'Chỉ từ máy chủ', en: 'Servers only' },
  'table.never': { vi: 'Chưa lấy tin', en: 'Never' },
  'table.limitValue': { vi: '{perMinute}/phút, dồn tối đa {burst}', en: '{perMinute}/min, burst {burst}' },
  'table.today': { vi: 'Hôm nay: {requests} yêu cầu, {size}', en: 'Today: {requests} requests, {size}' },
  'table.last30': { vi: '30 ngày: {requests} yêu cầu, {size}', en: '30 days: {requests} requests, {size}' },
  'state.live': { vi: 'Đang dùng', en: 'In use' },
  'state.revoked': { vi: 'Đã thu hồi {when}', en: 'Revoked {when}' },
  'state.rotated': { vi: 'Cấp mã mới {when}', en: 'Token replaced {when}' },
  'action.webhooks': { vi: 'Webhook', en: 'Webhooks' },
  'action.webhooks.label': { vi: 'Webhook của {name}', en: 'Webhooks of {name}' },
  'action.edit': { vi: 'Sửa', en: 'Edit' },
  'action.edit.label': { vi: 'Sửa {name}', en: 'Edit {name}' },
  'action.rotate': { vi: 'Cấp mã mới', en: 'Replace token' },
  'action.rotate.label': { vi: 'Cấp mã truy cập mới cho {name}', en: 'Replace the token of {name}' },
  'action.revoke': { vi: 'Thu hồi', en: 'Revoke' },
  'action.revoke.label': { vi: 'Thu hồi mã truy cập của {name}', en: 'Revoke the token of {name}' },
  'confirm.rotate.title': { vi: 'Cấp mã truy cập mới cho "{name}"?', en: 'Replace the token of "{name}"?' },
  'confirm.rotate.body': {
    vi: 'Mã cũ bị từ chối ngay sau khi cấp mã mới. Hãy gửi mã mới cho đơn vị để họ thay vào hệ thống của mình.',
    en: 'The old token is refused as soon as the new one is issued. Send the new token to the outlet for their system.',
  },
  'confirm.revoke.title': { vi: 'Thu hồi mã truy cập của "{name}"?', en: 'Revoke the token of "{name}"?' },
  'confirm.revoke.body': {
    vi: 'Mọi yêu cầu dùng mã này bị từ chối ngay. Không thể hoàn tác: muốn cho đơn vị lấy tin lại, hãy thêm đơn vị mới.',
    en: 'Every request with this token is refused at once. This cannot be undone: to let the outlet pull again, add a new outlet.',
  },
  'confirm.cancel': { vi: 'Hủy', en: 'Cancel' },
  'token.title': { vi: 'Mã truy cập của "{name}"', en: 'Token of "{name}"' },
  'token.label': { vi: 'Mã truy cập', en: 'Token' },
  'token.warning': {
    vi: 'Mã này chỉ hiện một lần. Hãy sao chép và gửi cho đơn vị qua kênh an toàn; sau khi đóng hộp thoại sẽ không xem lại được.',
    en: 'This token is shown only once. Copy it and send it to the outlet over a safe channel; it cannot be seen again after this dialog is closed.',
  },
  'token.copy': { vi: 'Sao chép mã', en: 'Copy the token' },
  'token.copied': { vi: 'Đã sao chép mã vào bộ nhớ tạm.', en: 'The token is copied to the clipboard.' },
  'token.copyFailed': { vi: 'Không sao chép được: hãy chọn mã và sao chép bằng tay.', en: 'Could not copy: select the token and copy it by hand.' },
  'token.close': { vi: 'Tôi đã lưu mã, đóng lại', en: 'I have saved it, close' },
  saved: { vi: 'Đã lưu "{name}".', en: '"{name}" saved.' },
  revoked: { vi: 'Đã thu hồi mã truy cập của "{name}".', en: 'The token of "{name}" is revoked.' },
  loading: { vi: 'Đang tải danh sách đơn vị…', en: 'Loading the outlets…' },
  error: { vi: 'Không thực hiện được: {message}', en: 'Could not be done: {message}' },
};

const build = (locale: Locale) => Object.fromEntries(Object.entries(PAGE).map(([key, text]) => [`cchc.press.${key}`, text[locale]]));

export const vi: Record<string, string> = build('vi');
export const en: Record<string, string> = build('en');

export const message = (key: string) => ({ id: `cchc.press.${key}`, defaultMessage: PAGE[key]?.vi ?? key });
