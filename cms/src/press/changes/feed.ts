/**
 * `GET /api/press/changes?after=<cursor>&limit=<n>&type=<type>&locale=<locale>`: the change
 * feed, a `PressRead` that the press API's router mounts. Keyset pages of `press_changes` in
 * event id order; body `ChangePage`, the next page's absolute URL in an RFC 8288 `Link` header.
 *
 * Why a client never misses or doubles a change, even while editors publish during its sync:
 * - event ids are in commit order (cms/src/events/log.ts), and each listener reads the log in
 *   id order without skipping a late commit;
 * - the projection is written by that listener in id order, one event after the other, each
 *   write committed before the next event is handled; so the table always holds a prefix of
 *   the feed: when change N+1 is there, every change before it is too. With several CMS
 *   processes each one's listener writes (idempotently, keyed by event id) from the shared
 *   cursor, which a process saves only once it has handled every event up to it: whoever wrote
 *   N+1 had seen N written first, by itself or by the process whose cursor it started from;
 * - a page is one statement, so it reads one snapshot of that prefix, and `next` is the last
 *   change it returned: the following page starts exactly after it;
 * - a cached page is one such answer: a full page is final, a last page is renewed when a
 *   change is kept (`cache.ts`).
 */
import { LOCALES, PRESS_CHANGES_PATH, PRESS_TYPES, decodeCursor, encodeCursor, type ChangePage } from '@cchc/content-types';
import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { pressError, type PressAnswer, type PressRead, type PressRequest } from '../answer';
import type { PageCache } from './cache';
import { toEntry } from './entry';
import { highWaterMark, readChanges, type ChangeFilter } from './table';
import { settingsOf } from '../../site-publisher/settings';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 500;
const PARAMETERS = ['after', 'limit', 'type', 'locale'] as const;

interface FeedQuery extends ChangeFilter {
  after: number;
  limit: number;
}

type Parsed = { ok: true; query: FeedQuery } | { ok: false; answer: PressAnswer };

const invalid = (parameter: string, message: string): Parsed => ({
  ok: false,
  answer: pressError(400, 'ValidationError', `${parameter}: ${message}`, { parameter }),
});

export function parseFeedQuery(params: URLSearchParams): Parsed {
  for (const name of new Set(params.keys())) {
    if (!(PARAMETERS as readonly string[]).includes(name)) return invalid(name, `unknown parameter (allowed: ${PARAMETERS.join(', ')})`);
    if (params.getAll(name).length > 1) return invalid(name, 'given more than once');
  }
  const query: FeedQuery = { after: 0, limit: DEFAULT_LIMIT };
  const after = params.get('after');
  if (after !== null) {
    const id = decodeCursor(after);
    if (id === undefined) return invalid('after', 'not a cursor of this feed (use `next` of a page, or leave it out to start from the beginning)');
    query.after = id;
  }
  const limit = params.get('limit');
  if (limit !== null) {
    if (!/^[1-9][0-9]{0,3}$/.test(limit) || Number(limit) > MAX_LIMIT) return invalid('limit', `a whole number from 1 to ${MAX_LIMIT}`);
    query.limit = Number(limit);
  }
  const type = params.get('type');
  if (type !== null) {
    if (!PRESS_TYPES.includes(type)) return invalid('type', `one of ${PRESS_TYPES.join(', ')}`);
    query.type = type;
  }
  const locale = params.get('locale');
  if (locale !== null) {
    if (!(LOCALES as readonly string[]).includes(locale)) return invalid('locale', `one of ${LOCALES.join(', ')}`);
    query.locale = locale;
  }
  return { ok: true, query };
}

/** The absolute URL of the page after `cursor`, with the same limit and filters as asked. */
function pageUrl(apiUrl: string, query: FeedQuery, cursor: string): string {
  const params = new URLSearchParams({ after: cursor });
  if (query.limit !== DEFAULT_LIMIT) params.set('limit', String(query.limit));
  if (query.type) params.set('type', query.type);
  if (query.locale) params.set('locale', query.locale);
  return `${apiUrl}${PRESS_CHANGES_PATH}?${params.toString()}`;
}

const cacheKey = (apiUrl: string, q: FeedQuery) => [apiUrl, q.after, q.limit, q.type ?? '', q.locale ?? ''].join('\n');

async function answerPage(strapi: Core.Strapi, apiUrl: string, query: FeedQuery): Promise<{ answer: PressAnswer; full: boolean }> {
  const changes = await readChanges(strapi, query.after, query.limit, query);
  const full = changes.length === query.limit;
  const last = changes[changes.length - 1];
  const next = last ? encodeCursor(last.eventId) : encodeCursor(query.after);
  const links = { apiUrl, siteUrl: settingsOf(strapi).siteUrl };
  const page: ChangePage = { data: changes.map((c) => toEntry(c, links)), next, more: full };
  const body = JSON.stringify(page);
  const answer: PressAnswer = {
    status: 200,
    body,
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`,
    headers: {
      Link: `<${pageUrl(apiUrl, query, next)}>; rel="next"`,
      // A full page is final; the last one grows and is asked again (a 304 when it has not).
      'Cache-Control': full ? 'private, max-age=86400, immutable' : 'private, no-cache',
    },
  };
  if (last) answer.lastModified = last.at;
  return { answer, full };
}

export function feedRead(cacheOf: (strapi: Core.Strapi) => PageCache): PressRead {
  return async (strapi: Core.Strapi, request: PressRequest) => {
    const parsed = parseFeedQuery(request.query);
    if (!parsed.ok) return parsed.answer;
    const cache = cacheOf(strapi);
    await cache.refresh(() => highWaterMark(strapi));
    const key = cacheKey(request.apiUrl, parsed.query);
    const kept = cache.get(key);
    if (kept) return kept;
    const generation = cache.current();
    const { answer, full } = await answerPage(strapi, request.apiUrl, parsed.query);
    cache.set(key, answer, full, generation);
    return answer;
  };
}
