/**
 * The names of the audit log's actions and actor kinds, in Vietnamese and English: one list
 * for the CSV (server) and the admin page (`admin/audit/messages.ts` builds its keys from it).
 * Plain data and the browser-safe model only, so that the admin bundle can take it as it is.
 */
import { ALL_TYPES } from '@cchc/content-types/model';

type Named = { vi: string; en: string };

export const ACTION_LABELS: Record<string, Named> = {
  'document.create': { vi: 'Tạo tài liệu', en: 'Document created' },
  'document.update': { vi: 'Sửa tài liệu', en: 'Document edited' },
  'document.publish': { vi: 'Xuất bản', en: 'Published' },
  'document.unpublish': { vi: 'Gỡ xuất bản', en: 'Unpublished' },
  'document.delete': { vi: 'Xóa tài liệu', en: 'Document deleted' },
  'document.discard': { vi: 'Bỏ bản nháp', en: 'Draft discarded' },
  'document.submit': { vi: 'Gửi duyệt', en: 'Submitted for review' },
  'document.approve': { vi: 'Duyệt', en: 'Approved' },
  'document.request-changes': { vi: 'Yêu cầu chỉnh sửa', en: 'Changes requested' },
  'document.archive': { vi: 'Lưu trữ', en: 'Archived' },
  'document.restore': { vi: 'Khôi phục phiên bản', en: 'Version restored' },
  'document.schedule': { vi: 'Hẹn giờ', en: 'Scheduled' },
  'auth.login': { vi: 'Đăng nhập', en: 'Logged in' },
  'auth.login-failed': { vi: 'Đăng nhập thất bại', en: 'Failed login' },
  'user.create': { vi: 'Tạo người dùng', en: 'User created' },
  'user.update': { vi: 'Sửa người dùng', en: 'User edited' },
  'user.delete': { vi: 'Xóa người dùng', en: 'User deleted' },
  'role.create': { vi: 'Tạo vai trò', en: 'Role created' },
  'role.update': { vi: 'Sửa vai trò hoặc quyền', en: 'Role or permissions changed' },
  'role.delete': { vi: 'Xóa vai trò', en: 'Role deleted' },
  'api-token.create': { vi: 'Tạo mã truy cập API', en: 'API token created' },
  'api-token.update': { vi: 'Sửa mã truy cập API', en: 'API token edited' },
  'api-token.delete': { vi: 'Thu hồi mã truy cập API', en: 'API token revoked' },
  'api-token.regenerate': { vi: 'Tạo lại mã truy cập API', en: 'API token regenerated' },
  'press-outlet.create': { vi: 'Tạo đơn vị báo chí', en: 'Press outlet created' },
  'press-outlet.update': { vi: 'Sửa đơn vị báo chí', en: 'Press outlet edited' },
  'press-outlet.rotate': { vi: 'Cấp lại mã truy cập báo chí', en: 'Press token rotated' },
  'press-outlet.revoke': { vi: 'Thu hồi mã truy cập báo chí', en: 'Press token revoked' },
};

export const ACTOR_KINDS: Record<string, Named> = {
  admin: { vi: 'Người dùng quản trị', en: 'Admin user' },
  'api-token': { vi: 'Mã truy cập API', en: 'API token' },
  system: { vi: 'Hệ thống', en: 'System' },
  anonymous: { vi: 'Chưa đăng nhập', en: 'Not logged in' },
};

/** What an entry is about: one of our types (named as the model names it), or an admin object. */
export const SUBJECT_LABELS: Record<string, Named> = {
  ...Object.fromEntries(ALL_TYPES.map((t) => [t.name, { vi: t.displayName.vi, en: t.displayName.en ?? t.displayName.vi }])),
  'admin-user': { vi: 'Người dùng quản trị', en: 'Admin user' },
  role: { vi: 'Vai trò', en: 'Role' },
  'api-token': { vi: 'Mã truy cập API', en: 'API token' },
  'press-outlet': { vi: 'Đơn vị báo chí', en: 'Press outlet' },
};

/** The document types, in the model's order, for the search form. */
export const DOCUMENT_TYPES: string[] = ALL_TYPES.map((t) => t.name);

/** A new action (the workflow adds some) still reads: its code, until it is named here. */
export function actionLabel(action: string, locale: 'vi' | 'en'): string {
  return ACTION_LABELS[action]?.[locale] ?? action;
}
