/**
 * The panel's strings in the user's admin language. Strapi keeps that language in localStorage
 * (`strapi-admin-language`, set from the profile); react-intl itself cannot be imported from the
 * app's code (Strapi's build neither hoists nor dedupes it, so a copy of ours would not see the
 * admin's IntlProvider), hence this lookup of the same messages app.tsx gives Strapi.
 */
import { LANGUAGE_STORAGE_KEY } from '../default-language';
import type { AdminLocale } from '../translations/define';
import { messages, type MessageKey } from './messages';

function language(): AdminLocale {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function useMessages(): (key: MessageKey) => string {
  const locale = language();
  return (key) => messages.text(locale, key);
}
