/**
 * One pattern for every screen's strings, as the site has for its pages (site/src/i18n): flat
 * dotted keys, one dictionary per language, the same keys in each. Here the check is the
 * compiler's: English must have exactly the keys of Vietnamese (a missing or extra key fails
 * `npm run typecheck`), and a screen asks for its strings by a key of its own type, so a misspelt
 * key does not compile either. Handed to Strapi as `cchc.<screen>.<key>` (see ./index.ts).
 */

/** The admin panel's languages (app.tsx, `config.locales`): Vietnamese first, English for who picks it. */
export const ADMIN_LOCALES = ['vi', 'en'] as const;
export type AdminLocale = (typeof ADMIN_LOCALES)[number];

/** A screen's strings in one language, by key. */
export type Texts<Key extends string> = Record<Key, string>;

/** A name in each of the admin's languages. */
export type Named = Record<AdminLocale, string>;

export interface ScreenMessages<Key extends string> {
  /** Each language's strings under their full ids (`cchc.<screen>.<key>`), for `config.translations`. */
  readonly byLocale: Record<AdminLocale, Record<string, string>>;
  /** react-intl's descriptor of `key`: its full id, with the Vietnamese as the default. */
  message(key: Key): { id: string; defaultMessage: string };
  /** The text of `key` in `locale`, for code outside react-intl's provider. */
  text(locale: AdminLocale, key: Key): string;
  /**
   * The descriptor of `<prefix>.<code>` for a code the server sends (a state, an action): the code
   * itself when the screen has no string for it yet.
   */
  messageOf(prefix: KeyPrefix<Key>, code: string): { id: string; defaultMessage: string };
}

/** The first part of the keys (`state` of `state.draft`), which codes from data are named under. */
export type KeyPrefix<Key extends string> = Key extends `${infer Prefix}.${string}` ? Prefix : never;

/**
 * A screen's strings: `screen` is its namespace (`cchc.<screen>.`); the keys are Vietnamese's, and
 * English must give the same ones. `families` are names kept elsewhere, one key each:
 * `{ action: ACTION_LABELS }` gives `action.<code>` for every code of the list.
 */
export function defineMessages<Key extends string, Family extends string = never>(
  screen: string,
  vi: Texts<Key>,
  en: NoInfer<Texts<Key>>,
  families?: Record<Family, Record<string, Named>>,
): ScreenMessages<Key | `${Family}.${string}`> {
  const named = (locale: AdminLocale) =>
    Object.entries<Record<string, Named>>(families ?? {}).flatMap(([family, names]) => Object.entries(names).map(([code, name]) => [`${family}.${code}`, name[locale]]));
  const texts: Record<AdminLocale, Record<string, string>> = {
    vi: { ...vi, ...Object.fromEntries(named('vi')) },
    en: { ...en, ...Object.fromEntries(named('en')) },
  };
  const id = (key: string) => `cchc.${screen}.${key}`;
  const withIds = (t: Record<string, string>) => Object.fromEntries(Object.entries(t).map(([key, text]) => [id(key), text]));
  return {
    byLocale: { vi: withIds(texts.vi), en: withIds(texts.en) },
    message: (key) => ({ id: id(key), defaultMessage: texts.vi[key] ?? key }),
    text: (locale, key) => texts[locale][key] ?? key,
    messageOf: (prefix, code) => ({ id: id(`${prefix}.${code}`), defaultMessage: texts.vi[`${prefix}.${code}`] ?? code }),
  };
}
