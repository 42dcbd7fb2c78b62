/**
 * Our admin HTTP routes (the workflow, agencies of users): Strapi mounts the routes of
 * `src/api/*` on the Content API only, so an application adds admin routes through
 * `strapi.server.routes` with `type: 'admin'`. Such a route authenticates the admin session (or
 * refuses with 401) before `admin::isAuthenticatedAdmin`; each handler then decides, through
 * `cms/src/permissions/access.ts`, what this user may see and do.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { accessOf, type Access, type AdminUser } from '../permissions/access';

export interface AdminContext {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: unknown };
  state: { user?: AdminUser; cchcAccess?: Access };
  body: unknown;
  status: number;
  set(name: string, value: string): void;
}

export interface AdminRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  handler: (ctx: AdminContext) => Promise<void>;
}

export function registerAdminRoutes(strapi: Core.Strapi, prefix: string, routes: AdminRoute[]): void {
  strapi.server.routes({
    type: 'admin',
    prefix,
    routes: routes.map((route) => ({
      ...route,
      config: { policies: ['admin::isAuthenticatedAdmin'] },
    })),
  } as never);
}

/** The request's user and what they may do (worked out once per request). */
export async function accessOfRequest(strapi: Core.Strapi, ctx: AdminContext): Promise<Access> {
  if (!ctx.state.user) throw new errors.UnauthorizedError('Cần đăng nhập.');
  ctx.state.cchcAccess ??= await accessOf(strapi, ctx.state.user);
  return ctx.state.cchcAccess;
}

export const badRequest = (message: string): never => {
  throw new errors.ValidationError(message);
};

export { refuse as forbidden } from '../permissions/refusal';

/** A text parameter: trimmed, at most `max` characters, or undefined when absent. */
export function optionalText(value: unknown, name: string, max: number): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') return badRequest(`"${name}" phải là chuỗi ký tự.`);
  const text = value.trim().normalize('NFC');
  if (text.length > max) return badRequest(`"${name}" dài quá ${max} ký tự.`);
  return text || undefined;
}

/** Names of admin users, for "who" in our screens (no e-mails: authors see the workflow's too). */
export async function namesOfAdminUsers(strapi: Core.Strapi, ids: (number | null)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (!wanted.length) return new Map();
  const users = (await strapi.db.query('admin::user').findMany({ where: { id: { $in: wanted } }, select: ['id', 'firstname', 'lastname', 'username'] })) as {
    id: number;
    firstname: string | null;
    lastname: string | null;
    username: string | null;
  }[];
  return new Map(users.map((u) => [u.id, u.username || [u.firstname, u.lastname].filter(Boolean).join(' ') || `#${u.id}`]));
}
