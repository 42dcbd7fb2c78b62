import { defineContentType } from '../define';
import { PUBLISHED_CONTENT } from '../capabilities';
import {
  choice, component, components, integer, longText, relationToMany, richText, shortText, slug,
} from '../fields';
import { contact, file, image, measuredResult } from '../components/shared';
import { demoField, taxonomyFields } from './common';

/** Mô hình, sáng kiến, điển hình tốt trong cải cách hành chính. */
export const goodPractice = defineContentType({
  name: 'good-practice',
  plural: 'good-practices',
  kind: 'content',
  capabilities: PUBLISHED_CONTENT,
  displayName: { vi: 'Mô hình hay', km: 'គំរូល្អ', en: 'Good practice' },
  pluralName: { vi: 'Mô hình, sáng kiến', km: 'គំរូល្អ និងគំនិតផ្តួចផ្តើម', en: 'Good practices' },
  description: 'Mô hình, sáng kiến, điển hình tốt: vấn đề, giải pháp, kết quả đo được và nơi nhân rộng',
  titleField: 'title',
  route: 'mo-hinh',
  kindField: 'stage',
  displayDate: { field: 'year', shows: 'year', of: 'subject' },
  summaryField: 'summary',
  ownerField: 'agency',
  fields: {
    title: shortText({ label: 'Tên mô hình', hint: 'Tên ngắn gọn của mô hình, sáng kiến', required: true, maxLength: 200 }),
    slug: slug({ label: 'Đường dẫn', hint: 'Tự tạo từ tên, không dấu; có thể sửa', from: 'title' }),
    summary: longText({ label: 'Tóm tắt', hint: '1–3 câu: mô hình làm gì và đạt kết quả gì', required: true, maxLength: 600 }),
    problem: richText({
      label: 'Vấn đề',
      hint: 'Khó khăn, bất cập trước khi có mô hình',
      required: true,
      section: { vi: 'Vấn đề', km: 'បញ្ហា', en: 'The problem' },
    }),
    solution: richText({
      label: 'Giải pháp',
      hint: 'Cách làm cụ thể của mô hình',
      required: true,
      section: { vi: 'Giải pháp', km: 'ដំណោះស្រាយ', en: 'The solution' },
    }),
    results: components(measuredResult, {
      label: 'Kết quả đo được',
      hint: 'Các chỉ số trước và sau, ví dụ thời gian giải quyết từ 15 xuống 5 ngày',
      max: 20,
    }),
    implementer: shortText({
      label: 'Đơn vị thực hiện',
      hint: 'Đơn vị trực tiếp thực hiện, nếu khác cơ quan sở hữu (ví dụ UBND xã)',
      maxLength: 250,
    }),
    year: integer({ label: 'Năm áp dụng', hint: 'Năm bắt đầu áp dụng mô hình', required: true, min: 2000, max: 2100 }),
    stage: choice({
      label: 'Giai đoạn',
      hint: 'Thí điểm, đang nhân rộng hay đã nhân rộng',
      values: ['pilot', 'replicating', 'replicated'],
      labels: {
        pilot: { vi: 'Thí điểm', km: 'សាកល្បង', en: 'Pilot' },
        replicating: { vi: 'Đang nhân rộng', km: 'កំពុងពង្រីក', en: 'Being replicated' },
        replicated: { vi: 'Đã nhân rộng', km: 'បានពង្រីករួច', en: 'Replicated' },
      },
      default: 'pilot',
    }),
    replicatedIn: relationToMany('locality', {
      label: 'Nơi đã nhân rộng',
      hint: 'Các địa bàn đã áp dụng lại mô hình',
    }),
    contact: component(contact, { label: 'Liên hệ', hint: 'Đầu mối để đơn vị khác học hỏi mô hình' }),
    cover: component(image, { label: 'Ảnh đại diện', hint: 'Ảnh tiêu biểu của mô hình, kèm văn bản thay thế', required: true }),
    files: components(file, { label: 'Tài liệu', hint: 'Báo cáo, quy trình, biểu mẫu của mô hình', max: 20 }),
    ...taxonomyFields(),
    ...demoField(),
  },
});
