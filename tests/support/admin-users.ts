/**
 * Admin users for permission tests: a role made through Strapi's own role service, a user in
 * it, and a session JWT from the real `POST /admin/login`, so that a test goes through the
 * admin HTTP API exactly as that user's browser would.
 */
import type { Core } from '@strapi/strapi';

export interface Login {
  email: string;
  password: string;
}

export async function adminToken(url: string, login: Login): Promise<{ token: string; userId: number }> {
  const response = await fetch(`${url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(login),
  });
  if (response.status !== 200) throw new Error(`admin login of ${login.email} failed: ${response.status} ${await response.text()}`);
  const { data } = (await response.json()) as { data: { token: string; user: { id: number } } };
  return { token: data.token, userId: data.user.id };
}

/** A role that may only read `uid` in `locales` in the content manager (no create, update, publish). */
export async function readOnlyRole(strapi: Core.Strapi, name: string, uid: string, locales: string[]): Promise<number> {
  const roles = strapi.service('admin::role');
  const role = (await roles.create({ name, description: 'tests: read only' })) as { id: number };
  const fields = Object.keys((strapi.getModel(uid as never) as { attributes: Record<string, unknown> }).attributes).filter((key) => !['createdBy', 'updatedBy', 'localizations', 'locale', 'publishedAt', 'createdAt', 'updatedAt', 'documentId'].includes(key));
  await roles.assignPermissions(role.id, [
    { action: 'plugin::content-manager.explorer.read', subject: uid, properties: { fields, locales }, conditions: [] },
  ]);
  return role.id;
}

export async function createAdminUser(strapi: Core.Strapi, roleId: number, email: string): Promise<Login> {
  const password = 'Mật-khẩu-thử-2026';
  await strapi.service('admin::user').create({
    email,
    firstname: 'Người',
    lastname: 'Xem',
    password,
    isActive: true,
    registrationToken: null,
    roles: [roleId],
  });
  return { email, password };
}
