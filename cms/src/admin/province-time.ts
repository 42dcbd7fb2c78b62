/**
 * Times as every screen shows them: in the province's time (the model's `TIME_ZONE`), whatever
 * the browser's zone, since people type and read them there.
 */
import { TIME_ZONE } from '@cchc/content-types/model';

/** The Intl tag for the admin's language: Vietnamese dates, or British English (day first). */
export const dateTag = (uiLocale: string) => (uiLocale === 'en' ? 'en-GB' : 'vi-VN');

/** A formatter of instants in the province's time; `options` say which parts (a date and time by default). */
export function provinceTimeFormat(tag: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'short', timeStyle: 'medium' }): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(tag, { ...options, timeZone: TIME_ZONE });
}
