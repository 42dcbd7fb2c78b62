/**
 * Public URLs, computed the same way by the site (its page paths) and the CMS (canonical
 * links for the press, previews, sitemaps). Vietnamese at the root, /km/ and /en/ otherwise.
 */
import { DEFAULT_LOCALE, type Locale } from './locales';
import { typeByName } from './model';

export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

/**
 * Path of a type's listing: `/tin-bai/`, `/km/tin-bai/`; with a page number, one of its
 * numbered pages, counted from the oldest: `/tin-bai/trang/1/` holds the oldest documents.
 */
export function listingPath(type: string, locale: Locale, page?: number): string {
  const base = `${localePrefix(locale)}/${typeByName(type).route}/`;
  return page === undefined ? base : `${base}trang/${page}/`;
}

/** Path of one document or taxonomy term: `/tin-bai/day-manh-cai-cach/`. */
export function documentPath(type: string, locale: Locale, slug: string): string {
  return `${localePrefix(locale)}/${typeByName(type).route}/${slug}/`;
}

/**
 * A taxonomy term's page listing what is tagged with it: `/linh-vuc/<slug>/`, and its numbered
 * pages counted from the oldest, `/linh-vuc/<slug>/trang/1/` (the site's lib/pagination.ts).
 */
export function termPath(type: string, locale: Locale, slug: string, page?: number): string {
  const base = documentPath(type, locale, slug);
  return page === undefined ? base : `${base}trang/${page}/`;
}

export function homePath(locale: Locale): string {
  return `${localePrefix(locale)}/`;
}

/** Absolute canonical URL, given the site's origin (PUBLIC_SITE_URL). */
export function canonicalUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).toString();
}
