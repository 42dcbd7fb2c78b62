/**
 * The site's own paths on top of the public URL scheme of content-types (listingPath,
 * documentPath, termPath, homePath): route parameters and the about page.
 */
import {
  SITE_TYPES, DEFAULT_LOCALE, LOCALES, isLocale, localePrefix,
  type ContentTypeDefinition, type Locale,
} from '@cchc/content-types';

/** A page's path in each language it exists in. */
export type Alternates = Partial<Record<Locale, string>>;

/** The `[...lang]` route parameter: none for Vietnamese (the root), `km` or `en`. */
export function langParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

export function localeFromParam(param: string | undefined): Locale {
  if (param === undefined) return DEFAULT_LOCALE;
  if (isLocale(param) && param !== DEFAULT_LOCALE) return param;
  throw new Error(`Unknown language segment "${param}"`);
}

/** The page in every language (pages that exist in all of them: home, about, listings). */
export function inEveryLocale(pathOf: (locale: Locale) => string): Alternates {
  return Object.fromEntries(LOCALES.map((l) => [l, pathOf(l)]));
}

export function aboutPath(locale: Locale): string {
  return `${localePrefix(locale)}/gioi-thieu/`;
}

/** The type whose URL segment this is (`tin-bai` → article). */
export function typeByRoute(route: string | undefined): ContentTypeDefinition {
  const found = SITE_TYPES.find((t) => t.route === route);
  if (!found) throw new Error(`No content type has the route segment "${route}"`);
  return found as ContentTypeDefinition;
}

/** The page that a withdrawn document's address answers with 410, per language. */
export function goneBasePath(locale: Locale): string {
  return `${localePrefix(locale)}/410/`;
}
