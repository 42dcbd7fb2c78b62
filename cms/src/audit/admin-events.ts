/**
 * What Strapi 5.54's admin emits on `strapi.eventHub`, recorded (read from
 * @strapi/admin/dist/server: controllers/authentication.js, services/user.js, services/role.js):
 *  - `admin.auth.success` { user, provider } and `admin.auth.error` { error, provider } on
 *    POST /admin/login: a login and a failed one. The failed one carries no e-mail, so the
 *    e-mail tried is read from the request body (never the password);
 *  - `user.create` / `user.update` { user }, `user.delete` { user } or { users } (bulk);
 *  - `role.create` / `role.update` / `role.delete` { role }.
 * API tokens and a role's permissions emit nothing: `service-hooks.ts` records those.
 */
import type { Core } from '@strapi/strapi';
import { adminActor } from './actor';
import { ROLE_SUBJECT, USER_SUBJECT } from './entry';
import { recordSafely } from './record';
import { requestEmail } from './request';

interface UserPayload {
  id: number;
  email?: string;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  isActive?: boolean;
  blocked?: boolean;
  roles?: { code?: string }[];
}

interface RolePayload {
  id: number;
  name?: string;
  code?: string;
  description?: string | null;
}

/** What an entry keeps of a user: who they are and what they may do, nothing secret. */
function userDetails(user: UserPayload) {
  const { email, firstname, lastname, username, isActive, blocked, roles } = user;
  return { email, firstname, lastname, username, isActive, blocked, roles: roles?.map((r) => r.code) };
}

const userSubject = (user: UserPayload) => ({ type: USER_SUBJECT, id: String(user.id) });

export function subscribeAdminEvents(strapi: Core.Strapi): void {
  const hub = strapi.eventHub;

  hub.on('admin.auth.success', async ({ user }: { user: UserPayload }) => {
    await recordSafely(strapi, { action: 'auth.login', actor: await adminActor(strapi, user.id, user), subject: userSubject(user) });
  });

  hub.on('admin.auth.error', async ({ error, provider }: { error?: Error; provider?: string }) => {
    const email = requestEmail(strapi);
    const known = email ? ((await strapi.db.query('admin::user').findOne({ where: { email: email.toLowerCase() }, select: ['id'] })) as { id: number } | null) : null;
    await recordSafely(strapi, {
      action: 'auth.login-failed',
      actor: { kind: 'anonymous', id: null, email, name: null },
      subject: known ? userSubject({ id: known.id }) : null,
      details: { reason: error?.message, provider },
    });
  });

  for (const action of ['create', 'update', 'delete'] as const) {
    hub.on(`user.${action}`, async (payload: { user?: UserPayload; users?: UserPayload[] }) => {
      for (const user of payload.users ?? (payload.user ? [payload.user] : [])) {
        await recordSafely(strapi, { action: `user.${action}`, subject: userSubject(user), details: userDetails(user) });
      }
    });
    hub.on(`role.${action}`, async ({ role }: { role: RolePayload }) => {
      const { name, code, description } = role;
      await recordSafely(strapi, { action: `role.${action}`, subject: { type: ROLE_SUBJECT, id: String(role.id) }, details: { name, code, description } });
    });
  }
}
