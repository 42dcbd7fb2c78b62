/**
 * `GET /api/change-notes?type=article&locale=vi&page=1&pageSize=100`: what readers are told about
 * each published document's life (content-types/src/public-history.ts), derived from the
 * recorded publish events: the first publish, the major ones after it and their change notes.
 * Public like the rest of the read API: published documents only, every parameter checked, the
 * same rate limit.
 */
import type { Core, UID } from '@strapi/strapi';
import { CONTENT_TYPES, LOCALES, PUBLIC_API_LIMITS, PUBLIC_HISTORY_PATH, uidOf, type PublicHistory } from '@cchc/content-types';
import { readPublishes, type DocumentEvent } from '../events';

const TYPES = new Set<string>(CONTENT_TYPES.map((t) => t.name));
const PARAMS = new Set(['type', 'locale', 'page', 'pageSize']);

type Query = Record<string, unknown>;

class BadParameter extends Error {}

function parse(query: Query) {
  for (const key of Object.keys(query)) if (!PARAMS.has(key)) throw new BadParameter(`Unknown parameter "${key}"`);
  const { type, locale } = query;
  if (typeof type !== 'string' || !TYPES.has(type)) throw new BadParameter(`"type" must be one of ${[...TYPES].join(', ')}`);
  if (typeof locale !== 'string' || !(LOCALES as readonly string[]).includes(locale)) throw new BadParameter(`"locale" must be one of ${LOCALES.join(', ')}`);
  const int = (value: unknown, name: string, fallback: number, max: number) => {
    if (value === undefined) return fallback;
    if (typeof value !== 'string' || !/^[1-9]\d{0,5}$/.test(value) || Number(value) > max) throw new BadParameter(`"${name}" must be a whole number from 1 to ${max}`);
    return Number(value);
  };
  return {
    type,
    locale,
    page: int(query.page, 'page', 1, 100_000),
    pageSize: int(query.pageSize, 'pageSize', 25, PUBLIC_API_LIMITS.maxPageSize),
  };
}

function historyOf(documentId: string, publishes: DocumentEvent[]): PublicHistory | null {
  const [first, ...later] = publishes;
  if (!first) return null;
  const major = later.filter((e) => e.publish?.major);
  return {
    documentId,
    firstPublishedAt: first.at.toISOString(),
    lastMajorUpdateAt: major[major.length - 1]?.at.toISOString() ?? null,
    changeNotes: major
      .filter((e) => e.publish?.changeNote)
      .map((e) => ({ at: e.at.toISOString(), note: e.publish!.changeNote! }))
      .reverse(),
  };
}

async function changeNotes(strapi: Core.Strapi, ctx: { query: Query; status: number; body: unknown }) {
  let q: ReturnType<typeof parse>;
  try {
    q = parse(ctx.query);
  } catch (error) {
    if (!(error instanceof BadParameter)) throw error;
    ctx.status = 400;
    ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message: error.message } };
    return;
  }
  // Published documents only, in a stable order, a bounded page at a time.
  const page = await strapi.db.query(uidOf(q.type) as UID.Schema).findPage({
    where: { locale: q.locale, publishedAt: { $notNull: true } },
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

export function registerChangeNotes(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'content-api',
    routes: [
      {
        method: 'GET',
        path: PUBLIC_HISTORY_PATH.replace(/^\/api/, ''),
        handler: (ctx: never) => changeNotes(strapi, ctx),
        config: { auth: false, middlewares: ['global::rate-limit'] },
      },
    ],
  } as never);
}
