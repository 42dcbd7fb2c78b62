/**
 * Every page of the site, in one place: what exists (`sitePaths`, which every getStaticPaths
 * and the sitemap use, and the publisher will use to know which URLs exist) and what a path
 * is (`pageAt`, with which a page finds what it shows from its own address, the same in the
 * static build and on demand). Both are pure functions of content.ts queries, and each is the
 * other's inverse: `pageAt(p.path)` is `p.page` for every `p` of `sitePaths()`.
 *
 * Plain TypeScript with erasable syntax and `.ts` imports, as content.ts: the publisher runs it
 * in Node.
 *
 * Why one catch-all route (src/pages/[...path].astro) for the HTML pages: Vietnamese lives at
 * the root and the other languages under /km/ and /en/, so `[...lang]/[section]/…` patterns
 * overlap (`/km/tin-bai/` matches `[...lang]/[section]/[slug]` as section "km", slug
 * "tin-bai"). A static build never asks, since getStaticPaths decides; on demand, Astro takes
 * the first pattern that matches and never tries the next. Here the path is read by our code.
 */
import {
  SITE_TYPES, SITE_CONTENT_TYPES, DEFAULT_LOCALE, LOCALES, SITE_TAXONOMIES, documentPath, homePath, isLocale, listingPath, termPath,
  type ContentTypeName, type DocumentOf, type Locale, type TaxonomyName,
} from '@cchc/content-types';
import { documentBySlug, documentsOf, listingPage, taggedCount, termPage } from './content.ts';
import { pagesOf } from './pagination.ts';
import { aboutPath, goneBasePath } from './paths.ts';

/** One content document's page. */
export type DocumentSitePage = {
  [N in ContentTypeName]: { kind: 'document'; type: N; locale: Locale; doc: DocumentOf<N> };
}[ContentTypeName];

/** A taxonomy term's page: the term and one page of what is filed under it. */
export type TermSitePage = {
  [N in TaxonomyName]: { kind: 'term'; type: N; locale: Locale; doc: DocumentOf<N>; page: number | undefined };
}[TaxonomyName];

/** What a page of the site shows. */
export type SitePage =
  | { kind: 'home'; locale: Locale }
  | { kind: 'about'; locale: Locale }
  /**
   * One page of a content type's listing: the front page (/tin-bai/, `page` undefined) or a
   * numbered one, counted from the oldest (/tin-bai/trang/1/; see lib/pagination.ts). Term
   * pages are paginated the same way.
   */
  | { kind: 'listing'; type: ContentTypeName; locale: Locale; page: number | undefined }
  /** A taxonomy's terms (/linh-vuc/). */
  | { kind: 'terms'; type: TaxonomyName; locale: Locale }
  | DocumentSitePage
  | TermSitePage
  /** What a withdrawn document's address answers (with 410, site/server/), per language. */
  | { kind: 'gone'; locale: Locale }
  | { kind: 'not-found' }
  | { kind: 'robots' }
  | { kind: 'sitemap-index' }
  /** One file of the sitemap (sitemap-0.xml, …). */
  | { kind: 'sitemap'; part: number }
  | FeedSitePage;

/** The pages that have feeds beside them: the home page, a listing's and a reform area's front page. */
export type FeedSubject =
  | { kind: 'home'; locale: Locale }
  | { kind: 'listing'; type: ContentTypeName; locale: Locale; page: undefined }
  | { kind: 'term'; type: 'reform-area'; locale: Locale; doc: DocumentOf<'reform-area'>; page: undefined };

/**
 * A feed (lib/feeds.ts), a file beside the page whose content it carries: `/rss.xml` and
 * `/feed.json` beside the home page (everything in the language), `/tin-bai/rss.xml` beside a
 * listing, `/linh-vuc/<slug>/rss.xml` beside a reform area; the radio items' `/podcast.xml`
 * beside the home page; the events' `/su-kien/lich.ics` beside their listing.
 */
export type FeedSitePage = { kind: 'feed'; format: FeedFormat; of: FeedSubject };

/** The feeds' formats, and the file name of each beside its page. */
export const FEED_FILES = { rss: 'rss.xml', json: 'feed.json', podcast: 'podcast.xml', calendar: 'lich.ics' } as const;
export type FeedFormat = keyof typeof FEED_FILES;
export type FeedRoute = `[...base]/${(typeof FEED_FILES)[FeedFormat]}`;

/** The files of src/pages/, each rendering some of the site's paths. */
export type Route = '[...path]' | '404' | 'robots.txt' | 'sitemap-index.xml' | 'sitemap-[part].xml' | FeedRoute;

export type RouteParams = Record<string, string | undefined>;

export interface SitePath {
  /** The URL path, as pages link it: `/`, `/km/tin-bai/abc/`, `/sitemap-0.xml`. */
  path: string;
  /** The page file that renders it, and its parameters there (as getStaticPaths returns them). */
  route: Route;
  params: RouteParams;
  page: SitePage;
}

/** At most this many URLs in one sitemap file (the protocol allows 50,000; @astrojs/sitemap's default). */
export const SITEMAP_LIMIT = 45_000;

/** The sitemap index, which robots.txt, the footer and every page's head link. */
export const SITEMAP_INDEX_PATH = '/sitemap-index.xml';

export function sitemapPath(part: number): string {
  return `/sitemap-${part}.xml`;
}

/** Whether a page belongs in the sitemap: every HTML page but the 404 page (the only noindex one). */
export function inSitemap(page: SitePage): boolean {
  return !['gone', 'not-found', 'robots', 'sitemap-index', 'sitemap', 'feed'].includes(page.kind);
}

/**
 * The feeds beside a page: the one place that says which exist, for the enumerator, for
 * `pageAt` and for the `<link rel="alternate">` of the page's head.
 */
export function feedsBeside(page: SitePage): FeedSitePage[] {
  const feeds = (of: FeedSubject, formats: FeedFormat[]) => formats.map((format) => ({ kind: 'feed', format, of }) as const);
  if (page.kind === 'home') return feeds(page, ['rss', 'json', 'podcast']);
  if (page.kind === 'listing' && page.page === undefined) {
    return feeds({ ...page, page: undefined }, page.type === 'event' ? ['rss', 'json', 'calendar'] : ['rss', 'json']);
  }
  if (page.kind === 'term' && page.type === 'reform-area' && page.page === undefined) return feeds({ ...page, type: page.type, page: undefined }, ['rss', 'json']);
  return [];
}

/** Every HTML page: home, about, listings and their pages, documents, term indexes, terms and their pages. */
async function htmlPages(): Promise<SitePage[]> {
  const pages: SitePage[] = [];
  for (const locale of LOCALES) {
    pages.push({ kind: 'home', locale }, { kind: 'about', locale }, { kind: 'gone', locale });
    for (const def of SITE_CONTENT_TYPES) {
      const docs = await documentsOf(def.name, locale);
      // The first page exists in every language, even empty (it says so and links Vietnamese).
      for (const page of pagesOf(docs.length)) pages.push({ kind: 'listing', type: def.name, locale, page });
      for (const doc of docs) pages.push({ kind: 'document', type: def.name, locale, doc } as DocumentSitePage);
    }
    for (const def of SITE_TAXONOMIES) {
      pages.push({ kind: 'terms', type: def.name, locale });
      for (const doc of await documentsOf(def.name, locale)) {
        const total = await taggedCount(def.name, doc.documentId, locale);
        for (const page of pagesOf(total)) pages.push({ kind: 'term', type: def.name, locale, doc, page } as TermSitePage);
      }
    }
  }
  pages.push({ kind: 'not-found' });
  return pages;
}

/** The URL path of a page. */
export function pathOf(page: SitePage): string {
  switch (page.kind) {
    case 'home':
      return homePath(page.locale);
    case 'about':
      return aboutPath(page.locale);
    case 'listing':
      return listingPath(page.type, page.locale, page.page);
    case 'terms':
      return listingPath(page.type, page.locale);
    case 'document':
      return documentPath(page.type, page.locale, page.doc.slug);
    case 'term':
      return termPath(page.type, page.locale, page.doc.slug, page.page);
    case 'gone':
      return goneBasePath(page.locale);
    case 'not-found':
      return '/404/';
    case 'robots':
      return '/robots.txt';
    case 'sitemap-index':
      return SITEMAP_INDEX_PATH;
    case 'sitemap':
      return sitemapPath(page.part);
    case 'feed':
      return `${pathOf(page.of)}${FEED_FILES[page.format]}`;
  }
}

/** The route that renders a page, and its parameters there. */
function routeOf(page: SitePage, path: string): { route: Route; params: RouteParams } {
  switch (page.kind) {
    case 'not-found':
      return { route: '404', params: {} };
    case 'robots':
      return { route: 'robots.txt', params: {} };
    case 'sitemap-index':
      return { route: 'sitemap-index.xml', params: {} };
    case 'sitemap':
      return { route: 'sitemap-[part].xml', params: { part: String(page.part) } };
    case 'feed':
      // `/km/tin-bai/rss.xml` → `km/tin-bai`; `/rss.xml` → undefined.
      return { route: `[...base]/${FEED_FILES[page.format]}`, params: { base: pathOf(page.of).slice(1, -1) || undefined } };
    default:
      // `/km/tin-bai/abc/` → `km/tin-bai/abc`; the home page `/` → undefined.
      return { route: '[...path]', params: { path: path.slice(1, -1) || undefined } };
  }
}

function sitePath(page: SitePage): SitePath {
  const path = pathOf(page);
  return { path, ...routeOf(page, path), page };
}

/** The paths that each sitemap file lists, in path order (one file, maybe empty, at least). */
function sitemapPartsOf(pages: SitePage[]): string[][] {
  const paths = pages.filter(inSitemap).map(pathOf).sort();
  const parts: string[][] = [];
  for (let start = 0; start < paths.length; start += SITEMAP_LIMIT) parts.push(paths.slice(start, start + SITEMAP_LIMIT));
  return parts.length ? parts : [[]];
}

/** What the sitemap lists: the URL paths of each of its files (sitemap-0.xml, …). */
export async function sitemapParts(): Promise<string[][]> {
  return sitemapPartsOf(await htmlPages());
}

/** Every path of the site: its pages, then robots.txt, the sitemap's files and the feeds. */
export async function sitePaths(): Promise<SitePath[]> {
  const pages = await htmlPages();
  const files: SitePage[] = [
    { kind: 'robots' },
    { kind: 'sitemap-index' },
    ...sitemapPartsOf(pages).map((_, part) => ({ kind: 'sitemap', part }) as const),
    ...pages.flatMap(feedsBeside),
  ];
  return [...pages, ...files].map(sitePath);
}

/** getStaticPaths of one route: the parameters of each of its paths. */
export async function staticPathsOf(route: Route): Promise<{ params: RouteParams }[]> {
  return (await sitePaths()).filter((p) => p.route === route).map(({ params }) => ({ params }));
}

/** The URL path that a route's parameters stand for (the inverse of the `params` above). */
export function pathOfRoute(route: Route, params: RouteParams): string {
  switch (route) {
    case '[...path]':
      return params.path ? `/${params.path}/` : '/';
    case '404':
      return '/404/';
    case 'robots.txt':
      return '/robots.txt';
    case 'sitemap-index.xml':
      return SITEMAP_INDEX_PATH;
    case 'sitemap-[part].xml':
      // As written (pageAt refuses `sitemap-00.xml`), not as a number.
      return `/sitemap-${params.part ?? ''}.xml`;
    default:
      return `${params.base ? `/${params.base}` : ''}/${route.slice('[...base]/'.length)}`;
  }
}

/** A page number as it appears in a path: 2, never 0, 02 or 2.0. */
function pageNumber(segment: string | undefined): number | undefined {
  return segment && /^[1-9][0-9]{0,5}$/.test(segment) ? Number(segment) : undefined;
}

/** The content or taxonomy type whose URL segment this is. */
function typeOfSegment(segment: string | undefined) {
  return SITE_TYPES.find((t) => t.route === segment);
}

/** What the path `/…/` of an HTML page shows, if it exists. */
async function htmlPageAt(segments: string[]): Promise<SitePage | undefined> {
  const [first, ...rest] = segments;
  const locale: Locale = first !== undefined && first !== DEFAULT_LOCALE && isLocale(first) ? first : DEFAULT_LOCALE;
  const [section, second, third, fourth, ...more] = locale === DEFAULT_LOCALE ? segments : rest;
  if (more.length) return undefined;
  if (section === undefined) return { kind: 'home', locale };
  if (section === 'gioi-thieu' && second === undefined) return { kind: 'about', locale };
  if (section === '410' && second === undefined) return { kind: 'gone', locale };
  const def = typeOfSegment(section);
  if (!def) return undefined;
  if (def.kind === 'content') {
    const type = def.name as ContentTypeName;
    // /tin-bai/, /tin-bai/trang/<n>/
    if (second === undefined) return { kind: 'listing', type, locale, page: undefined };
    if (second === 'trang' && fourth === undefined) {
      const page = pageNumber(third);
      // Asked as the page itself asks it: the page depends on its own slice, not on the whole list.
      return page !== undefined && (await listingPage(type, locale, page)) ? { kind: 'listing', type, locale, page } : undefined;
    }
    // /tin-bai/<slug>/
    if (third !== undefined) return undefined;
    const doc = await documentBySlug(type, locale, second);
    return doc ? ({ kind: 'document', type, locale, doc } as DocumentSitePage) : undefined;
  }
  const type = def.name as TaxonomyName;
  // /linh-vuc/, /linh-vuc/<slug>/, /linh-vuc/<slug>/trang/<n>/
  if (second === undefined) return { kind: 'terms', type, locale };
  const doc = await documentBySlug(type, locale, second);
  if (!doc) return undefined;
  if (third === undefined) return { kind: 'term', type, locale, doc, page: undefined } as TermSitePage;
  const page = third === 'trang' ? pageNumber(fourth) : undefined;
  if (page === undefined) return undefined;
  return (await termPage(type, doc.documentId, locale, page)) ? ({ kind: 'term', type, locale, doc, page } as TermSitePage) : undefined;
}

/**
 * What the page at a URL path shows (`/km/tin-bai/abc/`), or undefined when the site has no
 * such page. Paths are as pages link them: with the trailing slash (files without).
 */
export async function pageAt(path: string): Promise<SitePage | undefined> {
  if (path === '/404/') return { kind: 'not-found' };
  if (path === '/robots.txt') return { kind: 'robots' };
  if (path === SITEMAP_INDEX_PATH) return { kind: 'sitemap-index' };
  const part = /^\/sitemap-(0|[1-9][0-9]*)\.xml$/.exec(path);
  if (part) return Number(part[1]) < (await sitemapParts()).length ? { kind: 'sitemap', part: Number(part[1]) } : undefined;
  const feed = /^(\/(?:.*\/)?)([^/]+)$/.exec(path);
  if (feed) {
    // A feed is a file beside its page: the page it is beside must exist and have it.
    const beside = await htmlPathAt(feed[1]!);
    return beside && feedsBeside(beside).find((f) => FEED_FILES[f.format] === feed[2]);
  }
  return htmlPathAt(path);
}

async function htmlPathAt(path: string): Promise<SitePage | undefined> {
  if (!path.startsWith('/') || !path.endsWith('/')) return undefined;
  const segments = path.slice(1, -1).split('/');
  return htmlPageAt(segments[0] === '' ? [] : segments);
}
