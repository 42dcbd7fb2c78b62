/**
 * The admin permission the settings link is shown for: `api::press-outlets.manage`, registered
 * before the admin's bootstrap gives the Super Admin every action (as the audit log's is). The
 * routes ask for the administrator themselves, whoever else an administrator ticks it for.
 */
import type { Core } from '@strapi/strapi';

export const PRESS_OUTLETS_ACTION = 'api::press-outlets.manage';

export async function registerOutletPermission(strapi: Core.Strapi): Promise<void> {
  const { actionProvider } = strapi.service('admin::permission') as { actionProvider: { registerMany(actions: unknown[]): Promise<void> } };
  await actionProvider.registerMany([
    { section: 'settings', category: 'Báo chí & phát thanh', displayName: 'Quản lý đơn vị báo chí và mã truy cập (chỉ Super Admin)', uid: 'press-outlets.manage' },
  ]);
}
