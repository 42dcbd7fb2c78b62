/**
 * The administrator's search and export, as admin routes of the application (no plugin
 * needed: `strapi.server.routes` with type `admin` puts them behind the admin's JWT strategy,
 * as Strapi's own register-routes does for plugins). Strapi's `isAuthenticatedAdmin` policy
 * first, then only a Super Admin: the audit log shows every user's actions and addresses.
 *
 *   GET /cchc-audit/entries?user=&agency=&documentType=&documentId=&action=&from=&to=&page=&pageSize=
 *   GET /cchc-audit/entries.csv?(the same filter)
 */
import { PassThrough } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { BOM, CSV_HEADER, csvLine, csvRow } from './csv';
import { parseAuditQuery, parseExportQuery } from './query';
import { allEntries, searchEntries } from './store';

const SUPER_ADMIN = 'strapi-super-admin';

interface Context {
  query: Record<string, unknown>;
  state: { user?: { roles?: { code?: string }[] } };
  body: unknown;
  set(name: string, value: string): void;
}

/** Refuses anyone but a Super Admin (after Strapi's check that an admin is logged in). */
function superAdminOnly(ctx: Context): void {
  if (!ctx.state.user?.roles?.some((role) => role.code === SUPER_ADMIN)) {
    throw new errors.ForbiddenError('Chỉ Quản trị viên cấp cao (Super Admin) được xem nhật ký hệ thống');
  }
}

async function search(strapi: Core.Strapi, ctx: Context): Promise<void> {
  superAdminOnly(ctx);
  const { filter, page, pageSize } = parseAuditQuery(ctx.query);
  const { entries, total } = await searchEntries(strapi, filter, { page, pageSize });
  ctx.body = { data: entries, meta: { pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) } } };
}

/** Streamed: the response starts at once and holds one batch of entries at a time. */
async function exportCsv(strapi: Core.Strapi, ctx: Context): Promise<void> {
  superAdminOnly(ctx);
  const filter = parseExportQuery(ctx.query);
  const out = new PassThrough();
  ctx.set('Content-Type', 'text/csv; charset=utf-8');
  ctx.set('Content-Disposition', `attachment; filename="nhat-ky-he-thong-${new Date().toISOString().slice(0, 10)}.csv"`);
  ctx.set('Cache-Control', 'no-store');
  ctx.body = out;
  void (async () => {
    try {
      out.write(BOM + csvLine(CSV_HEADER));
      for await (const entry of allEntries(strapi, filter)) {
        if (out.destroyed) return; // the client went away
        // Respect the client's pace: wait for the buffer to drain before reading more.
        if (!out.write(csvRow(entry))) await new Promise((resolve) => (out.once('drain', resolve), out.once('close', resolve)));
      }
      out.end();
    } catch (error) {
      strapi.log.error(`[audit] CSV export failed: ${String(error)}`);
      out.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
}

export function registerAuditRoutes(strapi: Core.Strapi): void {
  const config = { policies: ['admin::isAuthenticatedAdmin'] };
  strapi.server.routes({
    type: 'admin',
    prefix: '/cchc-audit',
    routes: [
      { method: 'GET', path: '/entries', handler: (ctx: Context) => search(strapi, ctx), config },
      { method: 'GET', path: '/entries.csv', handler: (ctx: Context) => exportCsv(strapi, ctx), config },
    ],
  } as never);
}
