/**
 * The first administrator, from ADMIN_EMAIL / ADMIN_PASSWORD. Outside production a local
 * default is used and printed once; in production nothing is created without both variables.
 */
import type { Core } from '@strapi/strapi';

export const LOCAL_ADMIN = { email: 'admin@cchc.local', password: 'Cchc-local-2026' } as const;

export async function ensureAdministrator(strapi: Core.Strapi): Promise<void> {
  const users = strapi.service('admin::user');
  if ((await users.count()) > 0) return;

  const production = process.env.NODE_ENV === 'production';
  const email = process.env.ADMIN_EMAIL || (production ? '' : LOCAL_ADMIN.email);
  const password = process.env.ADMIN_PASSWORD || (production ? '' : LOCAL_ADMIN.password);
  if (!email || !password) {
    strapi.log.warn('[setup] no administrator: set ADMIN_EMAIL and ADMIN_PASSWORD, or run `npm run strapi admin:create-user`.');
    return;
  }

  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  if (!superAdmin) throw new Error('The Super Admin role is missing');
  await users.create({
    email,
    password,
    firstname: 'Quản trị',
    lastname: 'CCHC',
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
  if (!process.env.ADMIN_PASSWORD) {
    strapi.log.warn(
      `[setup] created the LOCAL administrator ${email} / ${password} (for local use only: set ADMIN_EMAIL and ADMIN_PASSWORD anywhere else)`,
    );
  } else {
    strapi.log.info(`[setup] created the administrator ${email}`);
  }
}
