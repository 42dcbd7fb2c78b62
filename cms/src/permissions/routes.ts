/**
 * The administrator's routes for agencies of users (which agency an author writes for), and
 * `me`, which tells the admin panel what the signed-in user may do (to show the right screens;
 * the server enforces it all the same).
 */
import type { Core, UID } from '@strapi/strapi';
import { uidOf } from '@cchc/content-types';
import { accessOfRequest, badRequest, forbidden, registerAdminRoutes, type AdminContext } from '../admin-api';
import { allMemberships, setAgenciesOfUser, UnknownAgencyError } from './memberships';

async function administratorOnly(strapi: Core.Strapi, ctx: AdminContext) {
  const access = await accessOfRequest(strapi, ctx);
  if (!access.administrator) forbidden('Chỉ quản trị viên quản lý cơ quan của người dùng.');
}

async function listUsers(strapi: Core.Strapi, ctx: AdminContext) {
  await administratorOnly(strapi, ctx);
  const users = (await strapi.db.query('admin::user').findMany({
    select: ['id', 'firstname', 'lastname', 'email', 'isActive'],
    populate: { roles: { select: ['name', 'code'] } },
    orderBy: { id: 'asc' },
  })) as { id: number; firstname: string; lastname: string; email: string; isActive: boolean; roles: { name: string; code: string }[] }[];
  const memberships = await allMemberships(strapi);
  const agencies = (await strapi.db.query(uidOf('agency') as UID.Schema).findMany({
    where: { locale: 'vi', publishedAt: null },
    select: ['documentId', 'name'],
    orderBy: { name: 'asc' },
  })) as { documentId: string; name: string }[];
  ctx.body = {
    users: users.map((u) => ({
      id: u.id,
      name: [u.firstname, u.lastname].filter(Boolean).join(' '),
      email: u.email,
      isActive: u.isActive,
      roles: u.roles.map((r) => r.name),
      agencies: memberships.get(u.id) ?? [],
    })),
    agencies,
  };
}

async function setAgencies(strapi: Core.Strapi, ctx: AdminContext) {
  await administratorOnly(strapi, ctx);
  const userId = Number(ctx.params.id);
  if (!Number.isInteger(userId) || userId <= 0) badRequest('"id" phải là mã người dùng.');
  if (!(await strapi.db.query('admin::user').count({ where: { id: userId } }))) badRequest(`Không có người dùng ${userId}.`);
  const body = ctx.request.body as { agencies?: unknown } | undefined;
  const agencies = body?.agencies;
  if (!Array.isArray(agencies) || agencies.length > 50 || agencies.some((a) => typeof a !== 'string' || !/^[a-z0-9]{8,64}$/.test(a))) {
    badRequest('"agencies" phải là danh sách mã cơ quan (documentId), tối đa 50.');
  }
  try {
    await setAgenciesOfUser(strapi, userId, agencies as string[]);
  } catch (error) {
    if (error instanceof UnknownAgencyError) badRequest(error.message);
    throw error;
  }
  ctx.body = { id: userId, agencies };
}

async function me(strapi: Core.Strapi, ctx: AdminContext) {
  const access = await accessOfRequest(strapi, ctx);
  ctx.body = access;
}

export function registerPermissionRoutes(strapi: Core.Strapi): void {
  registerAdminRoutes(strapi, '/cchc-permissions', [
    { method: 'GET', path: '/me', handler: (ctx) => me(strapi, ctx) },
    { method: 'GET', path: '/users', handler: (ctx) => listUsers(strapi, ctx) },
    { method: 'PUT', path: '/users/:id/agencies', handler: (ctx) => setAgencies(strapi, ctx) },
  ]);
}
