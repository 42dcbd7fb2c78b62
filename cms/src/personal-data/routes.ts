/**
 * The administrator's erasure of a person's data (admin routes, `/cchc-personal-data`):
 *  - `POST /erasures/preview` `{ identifier }`: what would be erased, as counts by type;
 *  - `POST /erasures` `{ identifier, reason }`: erase it for one of the grounds of `reasons.ts`,
 *    and answer the record;
 *  - `GET /erasures`: the record of past erasures (counts, who, when, why; never the data).
 * Only the administrator: an erasure cannot be undone. The identifier is in the body, never in a
 * URL, so that no access log holds it. Each answer names the personal-data types in `meta.types`
 * (the screen cannot read the model).
 */
import type { Core } from '@strapi/strapi';
import { typesWith } from '@cchc/content-types';
import { accessOfRequest, badRequest, forbidden, namesOfAdminUsers, registerAdminRoutes, type AdminContext } from '../admin-api';
import { eraseSubject, findSubject } from './erase';
import { listErasures, type Erasure } from './erasures';
import { IDENTIFIER_PROBLEMS, identifierProblem, normaliseIdentifier } from './identifier';
import { isErasureGround, type ErasureGround } from './reasons';

export const ROUTE_PREFIX = '/cchc-personal-data';

/** A past erasure as the screen lists it: with the name of the administrator who made it. */
export interface ErasureView extends Erasure {
  /** The admin user's name, or null for the system (the retention job) or a deleted user. */
  actorName: string | null;
}

/** Each personal-data type's name, in the admin's languages: `{ "private-note": { vi, en } }`. */
export type TypeNames = Record<string, { vi: string; en: string }>;

const typeNames = (): TypeNames =>
  Object.fromEntries(typesWith('personalData').map((type) => [type.name, { vi: type.pluralName.vi, en: type.pluralName.en ?? type.pluralName.vi }]));

async function administratorOnly(strapi: Core.Strapi, ctx: AdminContext): Promise<void> {
  const access = await accessOfRequest(strapi, ctx);
  if (!access.administrator) forbidden('Chỉ quản trị viên được xóa dữ liệu cá nhân.');
}

function identifierOf(ctx: AdminContext): string {
  const identifier = (ctx.request.body as { identifier?: unknown } | undefined)?.identifier;
  const problem = typeof identifier === 'string' ? identifierProblem(identifier) : 'empty';
  if (problem) return badRequest(IDENTIFIER_PROBLEMS[problem].vi);
  return normaliseIdentifier(identifier as string);
}

function groundOf(ctx: AdminContext): ErasureGround {
  const reason = (ctx.request.body as { reason?: unknown } | undefined)?.reason;
  return isErasureGround(reason) ? reason : badRequest('Chọn lý do xóa dữ liệu.');
}

async function withNames(strapi: Core.Strapi, erasures: Erasure[]): Promise<ErasureView[]> {
  const names = await namesOfAdminUsers(strapi, erasures.map((e) => (e.actor.kind === 'admin' ? e.actor.id : null)));
  return erasures.map((e) => ({ ...e, actorName: e.actor.kind === 'admin' ? (names.get(e.actor.id) ?? null) : null }));
}

export function registerPersonalDataRoutes(strapi: Core.Strapi): void {
  registerAdminRoutes(strapi, ROUTE_PREFIX, [
    {
      method: 'POST',
      path: '/erasures/preview',
      async handler(ctx) {
        await administratorOnly(strapi, ctx);
        const found = await findSubject(strapi, identifierOf(ctx));
        ctx.body = { data: { documents: Object.fromEntries(Object.entries(found).map(([type, ids]) => [type, ids.length])) }, meta: { types: typeNames() } };
      },
    },
    {
      method: 'POST',
      path: '/erasures',
      async handler(ctx) {
        await administratorOnly(strapi, ctx);
        const identifier = identifierOf(ctx);
        const [erasure] = await withNames(strapi, [await eraseSubject(strapi, identifier, groundOf(ctx))]);
        ctx.body = { data: erasure, meta: { types: typeNames() } };
        ctx.status = 201;
      },
    },
    {
      method: 'GET',
      path: '/erasures',
      async handler(ctx) {
        await administratorOnly(strapi, ctx);
        ctx.body = { data: await withNames(strapi, await listErasures(strapi)), meta: { types: typeNames() } };
      },
    },
  ]);
}
