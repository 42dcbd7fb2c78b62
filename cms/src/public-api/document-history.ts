/**
 * What the public API tells of documents' past, both public like the rest of the read API
 * (every parameter checked, the same rate limit):
 * - `GET /api/change-notes?type=article&locale=vi&page=1&pageSize=100[&documentId=…]`: what
 *   readers are told about each published document's life (content-types/src/public-history.ts),
 *   derived from the recorded publish events: the first publish, the major ones after it, their
 *   change notes; `documentId` narrows it to one document (the publisher refreshing one page);
 * - `GET /api/redirects?type=article&locale=vi`: the old slugs of published translations whose
 *   slug an editor changed (`src/documents/slug-redirects.ts`), for the site to redirect;
 * - `GET /api/withdrawn?type=article&locale=vi&page=1&pageSize=100`: the documents that were
 *   published and are not any more (`withdrawn.ts`), for the site to answer 410 Gone.
 */
import type { Core, UID } from '@strapi/strapi';
import { contentTypesWith, LOCALES, PUBLIC_API_LIMITS, PUBLIC_HISTORY_PATH, uidOf, WITHDRAWN_PATH, type PublicHistory } from '@cchc/content-types';
import { readRedirects } from '../documents/slug-redirects';
import { readPublishes, type DocumentEvent } from '../events';
import { historyOf } from './history-of';
import { readWithdrawn } from './withdrawn';

const TYPES = new Set<string>(contentTypesWith('public').map((t) => t.name));
const PARAMS = new Set(['type', 'locale', 'page', 'pageSize']);
const CHANGE_NOTE_PARAMS = new Set([...PARAMS, 'documentId']);

type Query = Record<string, unknown>;

class BadParameter extends Error {}

function parse(query: Query, allowed: ReadonlySet<string> = PARAMS) {
  for (const key of Object.keys(query)) if (!allowed.has(key)) throw new BadParameter(`Unknown parameter "${key}"`);
  const { type, locale } = query;
  if (typeof type !== 'string' || !TYPES.has(type)) throw new BadParameter(`"type" must be one of ${[...TYPES].join(', ')}`);
  if (typeof locale !== 'string' || !(LOCALES as readonly string[]).includes(locale)) throw new BadParameter(`"locale" must be one of ${LOCALES.join(', ')}`);
  const int = (value: unknown, name: string, fallback: number, max: number) => {
    if (value === undefined) return fallback;
    if (typeof value !== 'string' || !/^[1-9]\d{0,5}$/.test(value) || Number(value) > max) throw new BadParameter(`"${name}" must be a whole number from 1 to ${max}`);
    return Number(value);
  };
  const { documentId } = query;
  if (documentId !== undefined && (typeof documentId !== 'string' || !/^[A-Za-z0-9]{1,64}$/.test(documentId))) {
    throw new BadParameter('"documentId" must be a document id (letters and digits)');
  }
  return {
    type,
    locale,
    documentId: documentId as string | undefined,
    page: int(query.page, 'page', 1, 100_000),
    pageSize: int(query.pageSize, 'pageSize', 25, PUBLIC_API_LIMITS.maxPageSize),
  };
}

type Ctx = { query: Query; status: number; body: unknown };

/** The parameters, or null after answering 400 naming the one at fault. */
function parsed(ctx: Ctx, allowed?: ReadonlySet<string>): ReturnType<typeof parse> | null {
  try {
    return parse(ctx.query, allowed);
  } catch (error) {
    if (!(error instanceof BadParameter)) throw error;
    ctx.status = 400;
    ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message: error.message } };
    return null;
  }
}

async function redirects(strapi: Core.Strapi, ctx: Ctx) {
  const q = parsed(ctx, new Set(['type', 'locale']));
  if (q) ctx.body = { data: await readRedirects(strapi, q.type, q.locale) };
}

async function changeNotes(strapi: Core.Strapi, ctx: Ctx) {
  const q = parsed(ctx, CHANGE_NOTE_PARAMS);
  if (!q) return;
  // Published documents only, in a stable order, a bounded page at a time.
  const page = await strapi.db.query(uidOf(q.type) as UID.Schema).findPage({
    where: { locale: q.locale, publishedAt: { $notNull: true }, ...(q.documentId ? { documentId: q.documentId } : {}) },
    select: ['documentId'],
    orderBy: { id: 'asc' },
    page: q.page,
    pageSize: q.pageSize,
  });
  const ids = (page.results as { documentId: string }[]).map((r) => r.documentId);
  const byDocument = new Map<string, DocumentEvent[]>();
  for (const e of await readPublishes(strapi, q.type, q.locale, ids)) byDocument.set(e.documentId, [...(byDocument.get(e.documentId) ?? []), e]);
  ctx.body = {
    data: ids.map((id) => historyOf(id, byDocument.get(id) ?? [])).filter((h): h is PublicHistory => h !== null),
    meta: { pagination: page.pagination },
  };
}

async function withdrawn(strapi: Core.Strapi, ctx: Ctx) {
  const q = parsed(ctx);
  if (q) ctx.body = await readWithdrawn(strapi, q.type, q.locale, q.page, q.pageSize);
}

const publicRoute = (path: string, handler: (ctx: Ctx) => Promise<void>) => ({
  method: 'GET',
  path,
  handler,
  config: { auth: false, middlewares: ['global::rate-limit'] },
});

export function registerDocumentHistory(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'content-api',
    routes: [
      publicRoute(PUBLIC_HISTORY_PATH.replace(/^\/api/, ''), (ctx) => changeNotes(strapi, ctx)),
      publicRoute('/redirects', (ctx) => redirects(strapi, ctx)),
      publicRoute(WITHDRAWN_PATH.replace(/^\/api/, ''), (ctx) => withdrawn(strapi, ctx)),
    ],
  } as never);
}
