/**
 * What the public API tells of documents' past, both public like the rest of the read API
 * (every parameter checked, the same rate limit):
 * - `GET /api/change-notes?type=article&locale=vi&page=1&pageSize=100[&documentId=…]`: what
 *   readers are told about each published document's life (content-types/src/public-history.ts),
 *   derived from the recorded publish events: the first publish, the major ones after it, their
 *   change notes; `documentId` narrows it to one document, or up to 50 separated by commas (the
 *   publisher refreshing the pages of a change);
 * - `GET /api/redirects?type=article&locale=vi&page=1&pageSize=100`: the old slugs of published
 *   translations whose slug an editor changed (`src/documents/slug-redirects.ts`), for the site
 *   to redirect;
 * - `GET /api/withdrawn?type=article&locale=vi&page=1&pageSize=100`: the documents that were
 *   published and are not any more (`withdrawn.ts`), for the site to answer 410 Gone;
 * - both as feeds, `?since=<position>[&type=][&locale=][&pageSize=]`: what changed after that
 *   position, oldest first, those that stopped redirecting or came back too (feed.ts). The
 *   publisher reads these after each change, so a publish reads what changed.
 */
import type { Core, UID } from '@strapi/strapi';
import { contentTypesWith, LOCALES, PUBLIC_API_LIMITS, PUBLIC_HISTORY_PATH, uidOf, WITHDRAWN_PATH, type PublicHistory } from '@cchc/content-types';
import { answerError } from '../shared/error-envelope';
import { readRedirectChanges, readRedirects } from '../documents/slug-redirects';
import { onRecorded } from '../events';
import { readPublishes, type DocumentEvent } from '../events';
import { historyOf } from './history-of';
import { addressFeeds } from './address-feeds';
import { given } from './feed';
import { readWithdrawn, readWithdrawnChanges } from './withdrawn';

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
  const ids = typeof documentId === 'string' ? documentId.split(',') : [];
  const most = PUBLIC_API_LIMITS.maxListLength;
  if (documentId !== undefined && (typeof documentId !== 'string' || ids.length > most || !ids.every((id) => /^[A-Za-z0-9]{1,64}$/.test(id)))) {
    throw new BadParameter(`"documentId" must be a document id (letters and digits), or up to ${most} of them separated by commas`);
  }
  return {
    type,
    locale,
    documentIds: documentId === undefined ? undefined : ids,
    page: int(query.page, 'page', 1, 100_000),
    pageSize: int(query.pageSize, 'pageSize', 25, PUBLIC_API_LIMITS.maxPageSize),
  };
}

const FEED_PARAMS = new Set(['since', 'type', 'locale', 'pageSize']);

/** A feed's parameters: `since` (a position), and optionally one type and one locale. */
function parseFeed(query: Query) {
  for (const key of Object.keys(query)) if (!FEED_PARAMS.has(key)) throw new BadParameter(`Unknown parameter "${key}"`);
  const { since, type, locale, pageSize } = query;
  if (typeof since !== 'string' || !/^(0|[1-9]\d{0,14})$/.test(since)) throw new BadParameter('"since" must be a position: a whole number from 0');
  if (type !== undefined && (typeof type !== 'string' || !TYPES.has(type))) throw new BadParameter(`"type" must be one of ${[...TYPES].join(', ')}`);
  if (locale !== undefined && (typeof locale !== 'string' || !(LOCALES as readonly string[]).includes(locale))) throw new BadParameter(`"locale" must be one of ${LOCALES.join(', ')}`);
  const max = PUBLIC_API_LIMITS.maxPageSize;
  if (pageSize !== undefined && (typeof pageSize !== 'string' || !/^[1-9]\d{0,5}$/.test(pageSize) || Number(pageSize) > max)) {
    throw new BadParameter(`"pageSize" must be a whole number from 1 to ${max}`);
  }
  return { since: Number(since), only: given({ type: type as string | undefined, locale: locale as string | undefined }), pageSize: pageSize ? Number(pageSize) : max };
}

type Ctx = { query: Query; status: number; body: unknown };

/** The parameters, or null after answering 400 naming the one at fault. */
function parsed(ctx: Ctx, allowed?: ReadonlySet<string>): ReturnType<typeof parse> | null {
  return answering400(ctx, () => parse(ctx.query, allowed));
}

function answering400<T>(ctx: Ctx, read: () => T): T | null {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof BadParameter)) throw error;
    answerError(ctx, 400, 'ValidationError', error.message);
    return null;
  }
}

type ListReader = (strapi: Core.Strapi, type: string, locale: string, page: number, pageSize: number) => Promise<unknown>;
type FeedReader = (strapi: Core.Strapi, since: number, pageSize: number, only: Record<string, string>) => Promise<unknown>;

/** An address route: `?since=` asks for its feed, anything else for its list. */
const addressRoute = (list: ListReader, feed: FeedReader) => async (strapi: Core.Strapi, ctx: Ctx) => {
  if ('since' in ctx.query) {
    const f = answering400(ctx, () => parseFeed(ctx.query));
    if (f) ctx.body = await feed(strapi, f.since, f.pageSize, f.only);
    return;
  }
  const q = parsed(ctx);
  if (q) ctx.body = await list(strapi, q.type, q.locale, q.page, q.pageSize);
};

const redirects = addressRoute(readRedirects, readRedirectChanges);
const withdrawn = addressRoute(readWithdrawn, readWithdrawnChanges);

async function changeNotes(strapi: Core.Strapi, ctx: Ctx) {
  const q = parsed(ctx, CHANGE_NOTE_PARAMS);
  if (!q) return;
  // Published documents only, in a stable order, a bounded page at a time.
  const page = await strapi.db.query(uidOf(q.type) as UID.Schema).findPage({
    where: { locale: q.locale, publishedAt: { $notNull: true }, ...(q.documentIds ? { documentId: { $in: q.documentIds } } : {}) },
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

const publicRoute = (path: string, handler: (ctx: Ctx) => Promise<void>) => ({
  method: 'GET',
  path,
  handler,
  config: { auth: false, middlewares: ['global::rate-limit'] },
});

export function registerDocumentHistory(strapi: Core.Strapi): void {
  onRecorded(strapi, addressFeeds(strapi));
  strapi.server.routes({
    type: 'content-api',
    routes: [
      publicRoute(PUBLIC_HISTORY_PATH.replace(/^\/api/, ''), (ctx) => changeNotes(strapi, ctx)),
      publicRoute('/redirects', (ctx) => redirects(strapi, ctx)),
      publicRoute(WITHDRAWN_PATH.replace(/^\/api/, ''), (ctx) => withdrawn(strapi, ctx)),
    ],
  } as never);
}
