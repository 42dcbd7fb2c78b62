/**
 * The languages of the section. Vietnamese is the default and is served at the site root;
 * Khmer under /km/ and English under /en/.
 */
export const LOCALES = ['vi', 'km', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';

/** A text in each language; Vietnamese is always given, the others fall back to it. */
export type Localized = { vi: string; km?: string; en?: string };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale's name written in that language, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  vi: 'Tiếng Việt',
  km: 'ភាសាខ្មែរ',
  en: 'English',
};

/** BCP 47 tags for `lang`/`hreflang` and Intl formatting. */
export const LOCALE_TAGS: Record<Locale, string> = { vi: 'vi-VN', km: 'km-KH', en: 'en' };


export function pick(text: Localized, locale: Locale): string {
  return text[locale] ?? text.vi;
}
