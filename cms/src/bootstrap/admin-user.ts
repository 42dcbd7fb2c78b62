/**
 * The first administrator, from ADMIN_EMAIL / ADMIN_PASSWORD. A local default (printed once)
 * exists only while the CMS listens on loopback outside production. On an address others can
 * reach (another HOST, or behind a proxy) the CMS refuses to start without an administrator
 * of its own: otherwise Strapi's /admin/register-admin would make the first caller the owner,
 * or the printed default password would open the admin panel.
 */
import type { Core } from '@strapi/strapi';
import { DEMO_PASSWORD, DEMO_USERS } from '../seed/demo-users';
import { isProxied } from '../proxy/trust';

export const LOCAL_ADMIN = { email: 'admin@cchc.local', password: 'Cchc-local-2026' } as const;

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|::ffff:127(\.\d{1,3}){3})$/i;

/** Where the CMS can be reached from, when that is more than this machine; null on loopback. */
export function reachableAddress(strapi: Core.Strapi): string | null {
  const host = String(strapi.config.get('server.host') ?? '');
  if (!LOOPBACK.test(host)) return host || '(all addresses)';
  // Behind a reverse proxy, loopback is what the world reaches.
  return isProxied(strapi) ? `${host} behind a proxy (IS_PROXIED)` : null;
}

/** The logins whose passwords are published (printed by `npm start`, written in the README). */
const PUBLISHED_LOGINS = [LOCAL_ADMIN, ...DEMO_USERS.map((u) => ({ email: u.email, password: DEMO_PASSWORD }))];

/** The first published login that still opens the admin panel, if any. */
async function publishedLoginStillWorks(strapi: Core.Strapi): Promise<string | null> {
  for (const login of PUBLISHED_LOGINS) {
    const user = (await strapi.db
      .query('admin::user')
      .findOne({ where: { email: login.email, isActive: true }, select: ['password'] })) as { password?: string } | null;
    if (user?.password && (await strapi.service('admin::auth').validatePassword(login.password, user.password))) return login.email;
  }
  return null;
}

function refuse(message: string): never {
  throw new Error(`[setup] Refusing to start: ${message}`);
}

export async function ensureAdministrator(strapi: Core.Strapi): Promise<void> {
  const users = strapi.service('admin::user');
  const reachable = reachableAddress(strapi);

  if ((await users.count()) > 0) {
    const open = reachable ? await publishedLoginStillWorks(strapi) : null;
    if (open) {
      refuse(
        `the CMS listens on ${reachable} and the local ${open === LOCAL_ADMIN.email ? 'default administrator' : 'demo user'} ${open} still has its ` +
          'published password. Change that password (or delete or deactivate the user) while the CMS listens on 127.0.0.1.',
      );
    }
    return;
  }

  const fromEnv = Boolean(process.env.ADMIN_EMAIL && process.env.ADMIN_PASSWORD);
  if (!fromEnv && reachable) {
    refuse(
      `the CMS listens on ${reachable} and has no administrator, so the first visitor of /admin could register ` +
        'as one. Set ADMIN_EMAIL and ADMIN_PASSWORD, or start it once on HOST=127.0.0.1.',
    );
  }
  const local = !fromEnv && process.env.NODE_ENV !== 'production';
  const email = fromEnv ? process.env.ADMIN_EMAIL! : local ? LOCAL_ADMIN.email : '';
  const password = fromEnv ? process.env.ADMIN_PASSWORD! : local ? LOCAL_ADMIN.password : '';
  if (!email || !password) {
    // Production on loopback only: /admin/register-admin is reachable from this machine alone.
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
  if (local) {
    strapi.log.warn(
      `[setup] created the LOCAL administrator ${email} / ${password} (for local use only: set ADMIN_EMAIL and ADMIN_PASSWORD anywhere else)`,
    );
  } else {
    strapi.log.info(`[setup] created the administrator ${email}`);
  }
}
