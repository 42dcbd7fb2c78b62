/** Vietnamese (default), Khmer and English exist in every database. */
import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALES, LOCALE_NAMES, type Locale } from '@cchc/content-types';

export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales');
  for (const code of LOCALES) {
    if (!(await locales.findByCode(code))) {
      await locales.create({ code, name: `${LOCALE_NAMES[code as Locale]} (${code})` });
      strapi.log.info(`[setup] created locale ${code}`);
    }
  }
  if ((await locales.getDefaultLocale()) !== DEFAULT_LOCALE) {
    await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
  }
}
