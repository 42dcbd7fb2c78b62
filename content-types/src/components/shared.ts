/** Components embedded in several content types. */
import { longText, media, shortText, phone, email, type ComponentDefinition } from '../fields';

export const image = {
  uid: 'shared.image',
  displayName: 'Ảnh có chú thích',
  description: 'Ảnh kèm văn bản thay thế (bắt buộc), chú thích và nguồn ảnh',
  icon: 'picture',
  fields: {
    image: media({
      label: 'Tệp ảnh',
      hint: 'Ảnh JPEG hoặc PNG, rộng ít nhất 1200 px',
      required: true,
      allowed: ['images'],
    }),
    alt: shortText({
      label: 'Văn bản thay thế (alt)',
      hint: 'Mô tả ngắn nội dung ảnh cho người dùng trình đọc màn hình; bắt buộc',
      required: true,
      maxLength: 250,
    }),
    caption: shortText({
      label: 'Chú thích',
      hint: 'Chú thích hiển thị dưới ảnh',
      maxLength: 500,
    }),
    credit: shortText({
      label: 'Nguồn ảnh',
      hint: 'Tác giả hoặc nguồn ảnh, ví dụ "Ảnh: Báo Sóc Trăng"',
      maxLength: 200,
    }),
  },
} satisfies ComponentDefinition;

export const file = {
  uid: 'shared.file',
  displayName: 'Tệp đính kèm',
  description: 'Tệp tải về (PDF, trình chiếu, video, âm thanh) kèm tên hiển thị',
  icon: 'paperclip',
  fields: {
    file: media({
      label: 'Tệp',
      hint: 'PDF, trình chiếu, văn bản, video hoặc âm thanh',
      required: true,
      allowed: ['files', 'images', 'videos', 'audios'],
    }),
    title: shortText({
      label: 'Tên tệp hiển thị',
      hint: 'Tên người đọc thấy, ví dụ "Sổ tay tuyên truyền CCHC (PDF)"',
      required: true,
      maxLength: 250,
    }),
    description: longText({
      label: 'Mô tả',
      hint: 'Một hai câu về nội dung tệp',
      maxLength: 1000,
    }),
  },
} satisfies ComponentDefinition;

export const contact = {
  uid: 'shared.contact',
  displayName: 'Đầu mối liên hệ',
  description: 'Đầu mối liên hệ của đơn vị (không ghi thông tin cá nhân ngoài phạm vi công vụ)',
  icon: 'phone',
  fields: {
    name: shortText({ label: 'Đầu mối', hint: 'Bộ phận hoặc chức danh phụ trách', required: true }),
    unit: shortText({ label: 'Đơn vị', hint: 'Tên cơ quan, đơn vị' }),
    phone: phone({ label: 'Điện thoại', hint: 'Số điện thoại cơ quan' }),
    email: email({ label: 'Thư điện tử', hint: 'Hộp thư công vụ' }),
  },
} satisfies ComponentDefinition;

export const measuredResult = {
  uid: 'practice.result',
  displayName: 'Kết quả đo được',
  description: 'Một chỉ số trước và sau khi áp dụng mô hình',
  icon: 'chartLine',
  fields: {
    indicator: shortText({
      label: 'Chỉ số',
      hint: 'Ví dụ "Thời gian giải quyết hồ sơ"',
      required: true,
    }),
    before: shortText({ label: 'Trước', hint: 'Giá trị trước khi áp dụng, ví dụ "15"', maxLength: 60 }),
    after: shortText({
      label: 'Sau',
      hint: 'Giá trị sau khi áp dụng, ví dụ "5"',
      required: true,
      maxLength: 60,
    }),
    unit: shortText({ label: 'Đơn vị tính', hint: 'Ví dụ "ngày", "%", "hồ sơ"', maxLength: 40 }),
  },
} satisfies ComponentDefinition;

export const COMPONENTS = [image, file, contact, measuredResult] as const;
