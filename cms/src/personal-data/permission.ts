/**
 * The admin permission the erasure screen's settings link and page are shown for:
 * `api::personal-data.erase`, registered before the admin's bootstrap gives the Super Admin every
 * action, so that only a Super Admin has it (as the audit log's, ../audit/permission.ts). The
 * routes ask for the Super Admin role itself: ticking this permission for another role shows
 * that role the link and the page, never the data nor the erasure.
 */
import type { Core } from '@strapi/strapi';

export const ERASURE_ACTION = 'api::personal-data.erase';

export async function registerErasurePermission(strapi: Core.Strapi): Promise<void> {
  const { actionProvider } = strapi.service('admin::permission') as { actionProvider: { registerMany(actions: unknown[]): Promise<void> } };
  await actionProvider.registerMany([
    { section: 'settings', category: 'Dữ liệu cá nhân', displayName: 'Xóa dữ liệu cá nhân của một người (chỉ Super Admin)', uid: 'personal-data.erase' },
  ]);
}
