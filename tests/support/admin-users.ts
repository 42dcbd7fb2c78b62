/**
 * Admin users in the editorial roles (cms/src/permissions/roles.ts), made through Strapi's own
 * services, and a small client of the real admin HTTP API signed in as one of them.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Core } from '@strapi/strapi';
import { CMS_DIR } from './paths';

// The compiled module the CMS itself runs (CommonJS, as Strapi loads it).
const require = createRequire(import.meta.url);
const { setAgenciesOfUser } = require(resolve(CMS_DIR, 'dist/src/permissions/memberships.js')) as typeof import('../../cms/src/permissions/memberships');

export interface TestUser {
  id: number;
  email: string;
  password: string;
}

export async function createAdminUser(
  strapi: Core.Strapi,
  email: string,
  roleCodes: string[],
  agencies: string[] = [],
): Promise<TestUser> {
  const password = 'Test-password-2026';
  const roles = (await strapi.db.query('admin::role').findMany({ where: { code: { $in: roleCodes } } })) as { id: number }[];
  if (roles.length !== roleCodes.length) throw new Error(`missing roles among ${roleCodes.join(', ')}`);
  const user = await strapi.service('admin::user').create({
    email,
    password,
    firstname: email.split('@')[0],
    lastname: 'Test',
    isActive: true,
    registrationToken: null,
    roles: roles.map((r) => r.id),
  });
  await setAgenciesOfUser(strapi, user.id as number, agencies);
  return { id: user.id as number, email, password };
}

export interface AdminResponse<T = unknown> {
  status: number;
  body: T;
}

export class AdminClient {
  private constructor(
    readonly url: string,
    readonly token: string,
    readonly user: TestUser,
  ) {}

  static async login(url: string, user: TestUser): Promise<AdminClient> {
    const response = await fetch(`${url}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: user.password }),
    });
    if (response.status !== 200) throw new Error(`login of ${user.email}: ${response.status} ${await response.text()}`);
    const { data } = (await response.json()) as { data: { token: string } };
    return new AdminClient(url, data.token, user);
  }

  async request<T = any>(method: string, path: string, body?: unknown): Promise<AdminResponse<T>> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${this.token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as T };
  }

  get = <T = any>(path: string) => this.request<T>('GET', path);
  post = <T = any>(path: string, body: unknown = {}) => this.request<T>('POST', path, body);
  put = <T = any>(path: string, body: unknown) => this.request<T>('PUT', path, body);
  delete = <T = any>(path: string) => this.request<T>('DELETE', path);
}

/** The content manager's collection-type routes of one model. */
export const cm = (uid: string) => `/content-manager/collection-types/${uid}`;

export interface Login {
  email: string;
  password: string;
}

/** A session JWT from the real `POST /admin/login`, and the user's id. */
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

/** A user in a role given by id (a role a test made), rather than by our role codes. */
export async function createUserInRole(strapi: Core.Strapi, roleId: number, email: string): Promise<Login> {
  const password = 'Mật-khẩu-thử-2026';
  await strapi.service('admin::user').create({ email, firstname: 'Người', lastname: 'Xem', password, isActive: true, registrationToken: null, roles: [roleId] });
  return { email, password };
}

/**
 * A user in one of our roles made by the administrator through the admin HTTP API, as in real
 * use (invited, then registered with a password): for a CMS in another process.
 */
export async function inviteAdminUser(admin: AdminClient, roleCode: string, email: string, password = 'Loi-moi-2026'): Promise<{ id: number; client: AdminClient }> {
  const roles = await admin.get<{ data: { id: number; code: string }[] }>('/admin/roles');
  const role = roles.body.data.find((r) => r.code === roleCode);
  if (!role) throw new Error(`no role ${roleCode}`);
  const [firstname, lastname] = [email.split('@')[0]!, 'CCHC'];
  const invited = await admin.post<{ data: { id: number; registrationToken: string } }>('/admin/users', { firstname, lastname, email, roles: [role.id] });
  if (invited.status !== 201) throw new Error(`invitation of ${email}: ${invited.status} ${JSON.stringify(invited.body)}`);
  const registered = await fetch(`${admin.url}/admin/register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ registrationToken: invited.body.data.registrationToken, userInfo: { firstname, lastname, password } }),
  });
  if (registered.status !== 200) throw new Error(`registration of ${email}: ${registered.status}`);
  return { id: invited.body.data.id, client: await AdminClient.login(admin.url, { id: invited.body.data.id, email, password }) };
}
