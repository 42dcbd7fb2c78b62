/**
 * The admin panel opens in Vietnamese for everyone, the login page included.
 *
 * Strapi reads the interface language from localStorage `strapi-admin-language` when it renders
 * and falls back to English when nothing is stored (`StrapiApp.render`, `App`). After login,
 * a user's saved profile language (`preferedLanguage`) replaces it. So: when nothing is stored
 * yet, store Vietnamese before Strapi renders. A choice made in the profile (English, say) is
 * stored by Strapi under the same key and is kept.
 */
export const LANGUAGE_STORAGE_KEY = 'strapi-admin-language';
export const DEFAULT_LANGUAGE = 'vi';

export function defaultToVietnamese(storage: Pick<Storage, 'getItem' | 'setItem'> = window.localStorage): void {
  try {
    if (!storage.getItem(LANGUAGE_STORAGE_KEY)) storage.setItem(LANGUAGE_STORAGE_KEY, DEFAULT_LANGUAGE);
  } catch {
    // Storage refused (private mode, quota): Strapi falls back to English, which still works.
  }
}
