/**
 * The history's admin HTTP routes, under /cchc-history, for signed-in admin users only (the
 * admin JWT; `admin::isAuthenticatedAdmin`), each checked against Strapi's own permissions for
 * that document and locale (`access.ts`):
 *   GET  /:uid/:documentId/:locale/versions              the versions, newest first (read)
 *   GET  /:uid/:documentId/:locale/versions/:id          one, with its content (read)
 *   GET  /:uid/:documentId/:locale/compare?from=&to=     field by field, older to newer (read)
 *   POST /:uid/:documentId/:locale/versions/:id/restore  its content as the new draft (update)
 * An app adds admin routes without a plugin with `strapi.server.routes({ type: 'admin' })`:
 * the routes of `src/api/*` are content-API routes.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { typeByName } from '@cchc/content-types';
import { allow, readableFields, type Allowed } from './access';
import { compareVersions } from './compare';
import { documentParams, onlyParams, versionId, type DocumentParams } from './params';
import { draftDataOf, writeDraft } from './restore';
import { getVersion, listVersions, type Version, type VersionContent } from './versions';

interface Ctx {
  params: Record<string, string | undefined>;
  query: Record<string, unknown>;
  request: { body?: unknown };
  state: { userAbility: unknown; user: { id: number } };
  body: unknown;
}

const keyOf = ({ type, documentId, locale }: DocumentParams) => ({ type, documentId, locale });

async function versionOrNotFound(strapi: Core.Strapi, params: DocumentParams, id: number): Promise<Version> {
  const version = await getVersion(strapi, keyOf(params), id);
  if (!version) throw new errors.NotFoundError(`Không tìm thấy phiên bản ${id} của tài liệu này ở ngôn ngữ đã chọn.`);
  return version;
}

/** The version without the fields this user may not read. */
function visible(allowed: Allowed, type: string, content: VersionContent): VersionContent {
  const readable = readableFields(allowed, type);
  return Object.fromEntries(Object.entries(content).filter(([key]) => readable.has(key)));
}

function handlers(strapi: Core.Strapi) {
  return {
    async list(ctx: Ctx) {
      onlyParams(ctx.query, [], 'query');
      const params = documentParams(ctx.params);
      await allow(strapi, ctx.state.userAbility, params, 'read');
      ctx.body = { data: await listVersions(strapi, keyOf(params)) };
    },

    async get(ctx: Ctx) {
      onlyParams(ctx.query, [], 'query');
      const params = documentParams(ctx.params);
      const id = versionId(ctx.params.id, 'id');
      const allowed = await allow(strapi, ctx.state.userAbility, params, 'read');
      const version = await versionOrNotFound(strapi, params, id);
      ctx.body = { data: { ...version, content: visible(allowed, params.type, version.content) } };
    },

    async compare(ctx: Ctx) {
      onlyParams(ctx.query, ['from', 'to'], 'query');
      const params = documentParams(ctx.params);
      const fromId = versionId(ctx.query.from, 'from');
      const toId = versionId(ctx.query.to, 'to');
      const allowed = await allow(strapi, ctx.state.userAbility, params, 'read');
      const { content: a, ...from } = await versionOrNotFound(strapi, params, fromId);
      const { content: b, ...to } = await versionOrNotFound(strapi, params, toId);
      const readable = readableFields(allowed, params.type);
      const fields = compareVersions(typeByName(params.type), a, b).filter((f) => readable.has(f.field));
      ctx.body = { data: { from, to, fields } };
    },

    async restore(ctx: Ctx) {
      onlyParams(ctx.query, [], 'query');
      onlyParams(ctx.request.body as object | undefined, [], 'body');
      const params = documentParams(ctx.params);
      const id = versionId(ctx.params.id, 'id');
      const allowed = await allow(strapi, ctx.state.userAbility, params, 'update');
      const version = await versionOrNotFound(strapi, params, id);
      const { data, dropped } = await draftDataOf(strapi, params.type, params.locale, version.content);
      // Only the fields this user may write, as the content manager's own update does.
      const permitted = await allowed.checker.sanitizeUpdateInput(allowed.draft)(data);
      await writeDraft(strapi, params.type, params.documentId, params.locale, { ...permitted, updatedBy: ctx.state.user.id });
      ctx.body = { data: { documentId: params.documentId, locale: params.locale, restoredFrom: version.id }, meta: { dropped } };
    },
  };
}

export function registerHistoryRoutes(strapi: Core.Strapi): void {
  const h = handlers(strapi);
  const config = { policies: ['admin::isAuthenticatedAdmin'] };
  const base = '/:uid/:documentId/:locale';
  strapi.server.routes({
    type: 'admin',
    prefix: '/cchc-history',
    routes: [
      { method: 'GET', path: `${base}/versions`, handler: h.list, config },
      { method: 'GET', path: `${base}/versions/:id`, handler: h.get, config },
      { method: 'GET', path: `${base}/compare`, handler: h.compare, config },
      { method: 'POST', path: `${base}/versions/:id/restore`, handler: h.restore, config },
    ],
  } as never);
}
