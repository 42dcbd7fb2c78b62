/** Fields that every content document (not taxonomy) carries. */
import { boolean, relationToMany, relationToOne } from '../fields';

/** Tagging by the taxonomies of the scheme: every listing can filter by these. */
export function taxonomyFields() {
  return {
    agency: relationToOne('agency', {
      label: 'Cơ quan sở hữu',
      hint: 'Cơ quan, đơn vị chịu trách nhiệm nội dung này; biên tập viên chỉ sửa nội dung của cơ quan mình',
      required: true,
    }),
    reformAreas: relationToMany('reform-area', {
      label: 'Lĩnh vực CCHC',
      hint: 'Một hoặc nhiều lĩnh vực cải cách hành chính theo Nghị quyết 76/NQ-CP',
    }),
    topics: relationToMany('topic', {
      label: 'Chuyên đề',
      hint: 'Chuyên đề tuyên truyền, ví dụ "Lan tỏa dịch vụ công trực tuyến"',
    }),
    audiences: relationToMany('audience', {
      label: 'Đối tượng',
      hint: 'Nhóm người đọc mà nội dung hướng tới',
    }),
    localities: relationToMany('locality', {
      label: 'Địa bàn',
      hint: 'Địa bàn mà nội dung nói đến; giữ nguyên đơn vị cũ cho bài viết trước sáp nhập',
    }),
  };
}

export function demoField() {
  return {
    isDemo: boolean({
      label: 'Nội dung mẫu',
      hint: 'Đánh dấu nội dung minh họa do hệ thống tạo; xóa trước khi vận hành thật',
      default: false,
    }),
  };
}
