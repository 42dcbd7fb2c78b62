/**
 * Reads published documents from the CMS's REST API: every page of every locale of a type,
 * a few requests at a time, each document validated against the content model.
 * The CMS only ever returns published content to the public and to read tokens.
 */
import {
  LOCALES, PUBLIC_API_LIMITS, PUBLIC_HISTORY_PATH, REDIRECTS_PATH, WITHDRAWN_PATH, feedMetaSchema, isLocale, populateOf, populateQuery, publicHistorySchema,
  redirectChangeSchema, schemas, typeByName, withdrawnChangeSchema,
  type ContentTypeName, type Locale, type PublicHistory, type RedirectChange, type TypeName, type WithdrawnChange,
} from '@cchc/content-types';
import { strapiToken, strapiUrl } from './env.ts';

/** The largest page the public API gives (a larger one is refused, not capped). */
const PAGE_SIZE = PUBLIC_API_LIMITS.maxPageSize;
/** Requests in flight at once, across all types: enough to be fast, gentle on a modest server. */
const CONCURRENCY = 6;
const TIMEOUT_MS = 60_000;
const RETRIES = 2;
/** A 429 is waited out this many times (as `Retry-After` says, at most 30 s each), then it fails. */
const RATE_LIMIT_RETRIES = 5;

/** A failure that explains itself: the build prints the message and stops. */
export class CmsError extends Error {
  override name = 'CmsError';
}

// ---- a small shared limiter ------------------------------------------------------------------

let active = 0;
const waiting: (() => void)[] = [];

async function limited<T>(task: () => Promise<T>): Promise<T> {
  if (active >= CONCURRENCY) await new Promise<void>((resolve) => waiting.push(resolve));
  active++;
  try {
    return await task();
  } finally {
    active--;
    waiting.shift()?.();
  }
}

// ---- HTTP -----------------------------------------------------------------------------------

const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, 500 * (attempt + 1)));

function networkCode(error: unknown): string {
  const cause = (error as { cause?: { code?: string } })?.cause;
  return cause?.code ?? (error instanceof Error ? error.name : String(error));
}

function unreachable(url: string, error: unknown): CmsError {
  return new CmsError(
    `Cannot reach the CMS at ${strapiUrl()} (${networkCode(error)} on ${url}).\n` +
      'The site is built from the CMS and is not published without its content. Start the CMS ' +
      '(`npm run develop -w cms`, or `npm start` at the repository root) or set STRAPI_URL to a running one.',
  );
}

let requests = 0;
/** Requests sent to the CMS by this process so far (the publisher's status shows it: what a change costs). */
export const cmsRequests = (): number => requests;

/** GET a JSON document; with `optional`, a 401/403/404 answer gives `undefined` instead of failing. */
async function getJson(path: string, { optional = false } = {}): Promise<unknown> {
  const url = `${strapiUrl()}${path}`;
  requests++;
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = strapiToken();
  if (token) headers.Authorization = `Bearer ${token}`;

  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      response = await fetch(url, { headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (error) {
      if (attempt < RETRIES && networkCode(error) !== 'ECONNREFUSED') {
        await pause(attempt);
        continue;
      }
      throw unreachable(url, error);
    }
    if (response.ok) return response.json();
    if (response.status >= 500 && attempt < RETRIES) {
      await pause(attempt);
      continue;
    }
    if (response.status === 429 && attempt < RATE_LIMIT_RETRIES) {
      const seconds = Number(response.headers.get('Retry-After'));
      await response.body?.cancel();
      await new Promise((resolve) => setTimeout(resolve, Math.min(Number.isFinite(seconds) && seconds > 0 ? seconds : 1, 30) * 1000));
      continue;
    }
    if (response.status === 429) {
      throw new CmsError(
        `The CMS kept limiting the requests to ${url} (429). ` +
          (token
            ? "STRAPI_TOKEN's limit is too low for a build: raise API_RATE_LIMIT_TOKEN_PER_MINUTE."
            : 'In production and behind a proxy no address is exempt from the rate limit: set STRAPI_TOKEN to a read-only API token.'),
      );
    }

    if (optional && [401, 403, 404].includes(response.status)) return undefined;
    const detail = await response.text().then((text) => text.slice(0, 300), () => '');
    if (response.status === 401 || response.status === 403) {
      throw new CmsError(
        `The CMS refused ${url} (${response.status}). ` +
          (token
            ? 'STRAPI_TOKEN is not valid or may not read this type: use a read-only API token.'
            : 'The Public role may not read this type; set STRAPI_TOKEN to a read-only API token.'),
      );
    }
    throw new CmsError(`The CMS answered ${response.status} for ${url}: ${detail}`);
  }
}

// ---- locales --------------------------------------------------------------------------------

let localesOnce: Promise<Locale[]> | undefined;

/**
 * The section's locales that the CMS has. `/api/i18n/locales` is not public, so without a
 * token that may read it, all of the section's locales are assumed (the CMS creates them on start).
 */
export function cmsLocales(): Promise<Locale[]> {
  localesOnce ??= getJson('/api/i18n/locales', { optional: true }).then((body) => {
    const codes: unknown[] = Array.isArray(body) ? body.map((l: { code?: unknown }) => l.code) : [];
    const known = LOCALES.filter((l) => codes.includes(l));
    return known.length ? known : [...LOCALES];
  });
  return localesOnce;
}

// ---- documents ------------------------------------------------------------------------------

interface Page {
  data: unknown[];
  meta?: { pagination?: { pageCount?: number; total?: number } };
}

function isPage(body: unknown): body is Page {
  return typeof body === 'object' && body !== null && Array.isArray((body as Page).data);
}

function validate(type: TypeName, locale: Locale, raw: unknown) {
  const result = schemas[type].safeParse(raw);
  if (result.success) return result.data;
  const documentId = (raw as { documentId?: unknown })?.documentId ?? '(no documentId)';
  const problems = result.error.issues
    .map((issue) => `  - field "${issue.path.join('.') || '(document)'}": ${issue.message}`)
    .join('\n');
  throw new CmsError(
    `Invalid ${type} document in the CMS (locale ${locale}, documentId ${String(documentId)}):\n${problems}\n` +
      'Fix it in the CMS (or the content model in content-types/) and build again.',
  );
}

async function fetchPage(type: TypeName, locale: Locale, page: number, filter = ''): Promise<Page> {
  const def = typeByName(type);
  const query = [
    `locale=${locale}`,
    filter,
    `pagination[page]=${page}`,
    `pagination[pageSize]=${PAGE_SIZE}`,
    // A fixed order. It does not hold still while editors publish during a read: a publish
    // gives the published row a new id (site/publisher/README.md, "Known limits").
    'sort[0]=id:asc',
    populateQuery(populateOf(type)),
  ]
    .filter(Boolean)
    .join('&');
  const body = await limited(() => getJson(`/api/${def.plural}?${query}`));
  if (!isPage(body)) throw new CmsError(`The CMS sent no document list for /api/${def.plural} (locale ${locale})`);
  return body;
}

export type Validated<N extends TypeName> = ReturnType<(typeof schemas)[N]['parse']>;

/** Every published document of a type in one locale, validated. */
export async function fetchLocale<N extends TypeName>(type: N, locale: Locale, filter = ''): Promise<Validated<N>[]> {
  const first = await fetchPage(type, locale, 1, filter);
  const pageCount = first.meta?.pagination?.pageCount ?? 1;
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => fetchPage(type, locale, i + 2, filter)),
  );
  const documents = [first, ...rest].flatMap((page) => page.data.map((raw) => validate(type, locale, raw) as Validated<N>));
  // A partial read must never become a published site with documents missing.
  const total = first.meta?.pagination?.total;
  if (typeof total === 'number' && documents.length !== total) {
    throw new CmsError(
      `Read ${documents.length} of the ${total} published ${type} documents in ${locale}: content changed during the build, or the CMS answered partly. Build again.`,
    );
  }
  return documents;
}

/** Every published document of a type, in every locale the CMS has. */
export async function fetchAll<N extends TypeName>(type: N): Promise<Validated<N>[]> {
  const locales = (await cmsLocales()).filter(isLocale);
  const perLocale = await Promise.all(locales.map((locale) => fetchLocale(type, locale)));
  return perLocale.flat();
}

/**
 * The published translations of one document, read exactly as `fetchAll` reads them (the same
 * list endpoint and populate, filtered), so that the publisher's copy of a document is the one a
 * full build would have.
 */
export async function fetchDocument<N extends TypeName>(type: N, documentId: string): Promise<Validated<N>[]> {
  const locales = (await cmsLocales()).filter(isLocale);
  const filter = `filters[documentId][$eq]=${encodeURIComponent(documentId)}`;
  return (await Promise.all(locales.map((locale) => fetchLocale(type, locale, filter)))).flat();
}

/** Characters of query string the CMS takes, less a margin (PUBLIC_API_LIMITS.maxQueryLength). */
const QUERY_ROOM = PUBLIC_API_LIMITS.maxQueryLength - 200;

/** `ids` cut into `$in` filters that each fit the CMS's limits on list length and query length. */
function idFilters(type: TypeName, ids: readonly string[]): string[] {
  const room = QUERY_ROOM - populateQuery(populateOf(type)).length - 100;
  const filters: string[] = [];
  let current: string[] = [];
  let length = 0;
  const part = (id: string) => `filters[documentId][$in][${current.length}]=${encodeURIComponent(id)}`;
  for (const id of ids) {
    if (current.length && (current.length >= PUBLIC_API_LIMITS.maxListLength || length + part(id).length + 1 > room)) {
      filters.push(current.join('&'));
      current = [];
      length = 0;
    }
    const next = part(id);
    current.push(next);
    length += next.length + 1;
  }
  if (current.length) filters.push(current.join('&'));
  return filters;
}

/**
 * The published translations of many documents of one type, read as `fetchAll` reads them (the
 * same list endpoint and populate), a few dozen documents a request: what the publisher uses
 * when a batch of changes names many documents (a catch-up, a large import).
 */
export async function fetchDocuments<N extends TypeName>(type: N, documentIds: readonly string[]): Promise<Validated<N>[]> {
  const locales = (await cmsLocales()).filter(isLocale);
  const filters = idFilters(type, [...new Set(documentIds)]);
  return (await Promise.all(locales.flatMap((locale) => filters.map((filter) => fetchLocale(type, locale, filter))))).flat();
}

// ---- what readers are told of each document's life -----------------------------------------

/**
 * Every published document's first publish, last major update and change notes, in one locale
 * (or only some documents', at most PUBLIC_API_LIMITS.maxListLength, for the publisher).
 */
export async function fetchPublicHistory(type: ContentTypeName, locale: Locale, documentIds?: readonly string[]): Promise<PublicHistory[]> {
  if (documentIds && documentIds.length > PUBLIC_API_LIMITS.maxListLength) throw new CmsError(`At most ${PUBLIC_API_LIMITS.maxListLength} documents' change notes at once`);
  const only = documentIds ? `&documentId=${documentIds.map(encodeURIComponent).join(',')}` : '';
  return fetchList(`${PUBLIC_HISTORY_PATH}?type=${type}&locale=${locale}${only}`, (raw) => {
    const parsed = publicHistorySchema.safeParse(raw);
    if (!parsed.success) throw new CmsError(`Invalid change notes of ${type} ${locale}: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  });
}

/** Every page of a list endpoint of ours (`data` plus `meta.pagination`), each item checked by `parse`. */
async function fetchList<T>(path: string, parse: (raw: unknown) => T): Promise<T[]> {
  const out: T[] = [];
  for (let page = 1; ; page++) {
    const sep = path.includes('?') ? '&' : '?';
    const body = await limited(() => getJson(`${path}${sep}page=${page}&pageSize=${PAGE_SIZE}`));
    if (!isPage(body)) throw new CmsError(`The CMS sent no list for ${path}`);
    out.push(...body.data.map(parse));
    if (page >= (body.meta?.pagination?.pageCount ?? 1)) return out;
  }
}

/** An old slug of a published translation, kept when an editor changed it (answered with 301). */
export interface Redirect {
  type: string;
  locale: string;
  from: string;
  documentId: string;
}

/** A translation that was published and is not any more: its last public slug (answered with 410). */
export interface Withdrawn {
  type: string;
  locale: string;
  documentId: string;
  slug: string;
}

/** Where a reader of the CMS's feeds stands: the last position it read of each. */
export interface FeedPositions {
  redirects: number;
  withdrawn: number;
}

/**
 * Every row of a feed of the CMS after `since`, page after page until the CMS says there is no
 * more (nothing is cut off), each row checked by `parse`; and the position to ask from next.
 */
async function fetchFeed<T>(path: string, since: number, parse: (raw: unknown) => T): Promise<{ rows: T[]; position: number }> {
  const rows: T[] = [];
  for (let position = since; ; ) {
    const body = await limited(() => getJson(`${path}?since=${position}&pageSize=${PAGE_SIZE}`));
    const meta = feedMetaSchema.safeParse((body as { meta?: unknown } | null)?.meta);
    if (!isPage(body) || !meta.success) throw new CmsError(`The CMS sent no feed for ${path} (since ${position})`);
    rows.push(...body.data.map(parse));
    // A feed that does not move on would loop forever: refuse it instead.
    if (meta.data.more && meta.data.position <= position) throw new CmsError(`The feed ${path} did not move on from position ${position}`);
    position = meta.data.position;
    if (!meta.data.more) return { rows, position };
  }
}

/** Old slugs whose redirect changed after `since` (those that stopped redirecting too). */
export function fetchRedirectChanges(since: number): Promise<{ rows: RedirectChange[]; position: number }> {
  return fetchFeed(REDIRECTS_PATH, since, (raw) => {
    const parsed = redirectChangeSchema.safeParse(raw);
    if (!parsed.success) throw new CmsError(`Invalid redirect from the CMS: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  });
}

/** Translations that went off the site, or came back, after `since`. */
export function fetchWithdrawnChanges(since: number): Promise<{ rows: WithdrawnChange[]; position: number }> {
  return fetchFeed(WITHDRAWN_PATH, since, (raw) => {
    const parsed = withdrawnChangeSchema.safeParse(raw);
    if (!parsed.success) throw new CmsError(`Invalid withdrawn document from the CMS: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  });
}
