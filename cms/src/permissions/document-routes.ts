/**
 * Admin routes that name documents by id (opening one, counting its draft relations, listing
 * its existing relations, a translation's non-localised fields by row id, another locale's
 * content to fill a new translation from, and the writes and bulk actions by id): for an author,
 * another agency's document answers there exactly as a document that does not exist. Its id is
 * swapped, before the route runs, for one that names no document, so the author gets the
 * route's own answer for a missing document (a 404, or the empty answer some routes give), word
 * for word, whatever that answer is.
 */
import { randomBytes } from 'node:crypto';
import type { Core, UID } from '@strapi/strapi';
import { typesOfKind, uidOf } from '@cchc/content-types';
import { mayRead, requestAccess, seesAllAgencies, type Access } from './access';
import { agencyOfDocument } from './document-guard';
import type { RouteMiddleware } from './plugin-routes';

const CONTENT_UIDS = new Set<string>(typesOfKind('content').map((t) => uidOf(t.name)));

/** A documentId in Strapi's own form (24 lower-case letters and digits) that names no document. */
const absentDocumentId = () => BigInt(`0x${randomBytes(16).toString('hex')}`).toString(36).padStart(24, '0').slice(-24);
/** Row ids start at 1 on both databases. */
const ABSENT_ROW_ID = 0;

async function hidden(strapi: Core.Strapi, access: Access, model: string, documentId: unknown): Promise<boolean> {
  if (typeof documentId !== 'string') return false;
  return !mayRead(access, await agencyOfDocument(strapi, model, documentId));
}

type Query = Record<string, unknown>;

/** The route's document ids, wherever it takes them, with another agency's replaced by absent ones. */
async function hideInRequest(strapi: Core.Strapi, access: Access, ctx: any): Promise<void> {
  const params = ctx.params as { model?: string; id?: string; sourceId?: string };
  const query = ctx.request.query as Query;
  const body = ctx.request.body as { model?: unknown; id?: unknown; documentIds?: unknown } | undefined;
  const model = params.model;
  if (model && CONTENT_UIDS.has(model)) {
    const visible = async (id: unknown) => ((await hidden(strapi, access, model, id)) ? absentDocumentId() : id);
    if (params.id !== undefined) params.id = (await visible(params.id)) as string;
    if (params.sourceId !== undefined) params.sourceId = (await visible(params.sourceId)) as string;
    const replaced: Query = {};
    for (const key of ['id', 'documentId'] as const) if (query[key] !== undefined) replaced[key] = await visible(query[key]);
    if (query.documentIds !== undefined) replaced.documentIds = await Promise.all(([] as unknown[]).concat(query.documentIds).map(visible));
    // Koa parses the query string again on each read: set the whole query for the change to hold.
    if (Object.keys(replaced).length) ctx.request.query = { ...query, ...replaced };
    if (body && Array.isArray(body.documentIds)) body.documentIds = await Promise.all(body.documentIds.map(visible));
  }
  if (body && typeof body.model === 'string' && CONTENT_UIDS.has(body.model) && (typeof body.id === 'number' || typeof body.id === 'string')) {
    const row = (await strapi.db.query(body.model as UID.Schema).findOne({ where: { id: Number(body.id) || ABSENT_ROW_ID }, select: ['documentId'] })) as {
      documentId: string;
    } | null;
    if (row && (await hidden(strapi, access, body.model, row.documentId))) body.id = ABSENT_ROW_ID;
  }
}

export function hideForeignDocuments(strapi: Core.Strapi): RouteMiddleware {
  return async (ctx, next) => {
    const access = await requestAccess(strapi);
    if (access && !seesAllAgencies(access)) await hideInRequest(strapi, access, ctx);
    return next();
  };
}
