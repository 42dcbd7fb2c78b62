/**
 * The admin permission the settings link is shown for: `api::audit-log.read`, registered before
 * the admin's bootstrap gives the Super Admin every action, so that only a Super Admin has it.
 * The routes ask for the Super Admin role itself: an administrator who ticks this permission
 * for another role makes the link appear there, but the log stays closed to that role.
 */
import type { Core } from '@strapi/strapi';

export const AUDIT_ACTION = 'api::audit-log.read';

export async function registerAuditPermission(strapi: Core.Strapi): Promise<void> {
  const { actionProvider } = strapi.service('admin::permission') as { actionProvider: { registerMany(actions: unknown[]): Promise<void> } };
  await actionProvider.registerMany([
    { section: 'settings', category: 'Nhật ký hệ thống', displayName: 'Xem và xuất nhật ký (chỉ Super Admin)', uid: 'audit-log.read' },
  ]);
}
