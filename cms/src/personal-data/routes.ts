/**
 * The administrator's erasure of a person's data (admin routes, `/cchc-personal-data`):
 *  - `POST /erasures/preview` `{ identifier }`: what would be erased, as counts by type;
 *  - `POST /erasures` `{ identifier }`: erase it, and answer the record;
 *  - `GET /erasures`: the record of past erasures (counts, who, when; never the data).
 * Only the administrator: an erasure cannot be undone. The identifier is in the body, never in a
 * URL, so that no access log holds it.
 */
import type { Core } from '@strapi/strapi';
import { accessOfRequest, badRequest, forbidden, registerAdminRoutes, type AdminContext } from '../admin-api';
import { eraseSubject, findSubject } from './erase';
import { listErasures } from './erasures';

export const ROUTE_PREFIX = '/cchc-personal-data';

async function administratorOnly(strapi: Core.Strapi, ctx: AdminContext): Promise<void> {
  const access = await accessOfRequest(strapi, ctx);
  if (!access.administrator) forbidden('Chỉ quản trị viên được xóa dữ liệu cá nhân.');
}

function identifierOf(ctx: AdminContext): string {
  const identifier = (ctx.request.body as { identifier?: unknown } | undefined)?.identifier;
  if (typeof identifier !== 'string' || !identifier.trim()) return badRequest('Nhập số điện thoại hoặc địa chỉ thư điện tử của người yêu cầu xóa dữ liệu.');
  if (identifier.length > 200) return badRequest('Thông tin nhận diện dài quá 200 ký tự.');
  return identifier.trim().normalize('NFC');
}

export function registerPersonalDataRoutes(strapi: Core.Strapi): void {
  registerAdminRoutes(strapi, ROUTE_PREFIX, [
    {
      method: 'POST',
      path: '/erasures/preview',
      async handler(ctx) {
        await administratorOnly(strapi, ctx);
        const found = await findSubject(strapi, identifierOf(ctx));
        ctx.body = { data: { documents: Object.fromEntries(Object.entries(found).map(([type, ids]) => [type, ids.length])) } };
      },
    },
    {
      method: 'POST',
      path: '/erasures',
      async handler(ctx) {
        await administratorOnly(strapi, ctx);
        ctx.body = { data: await eraseSubject(strapi, identifierOf(ctx)) };
        ctx.status = 201;
      },
    },
    {
      method: 'GET',
      path: '/erasures',
      async handler(ctx) {
        await administratorOnly(strapi, ctx);
        ctx.body = { data: await listErasures(strapi) };
      },
    },
  ]);
}
