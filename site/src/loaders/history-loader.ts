/**
 * The `history` collection: for every published content document and locale, what readers are
 * told of its life (first published, last major update, change notes), stored as
 * `<type>/<locale>/<documentId>` and read by src/lib/history.ts.
 */
import type { Loader } from 'astro/loaders';
import { CONTENT_TYPES, isLocale } from '@cchc/content-types';
import { CmsError, cmsLocales, fetchPublicHistory } from './strapi-client';

const typesOnly = ['check', 'sync'].includes(process.argv[2] ?? '');

export const historyId = (type: string, locale: string, documentId: string) => `${type}/${locale}/${documentId}`;

export function historyLoader(): Loader {
  return {
    name: 'strapi:history',
    async load({ store, logger, generateDigest }) {
      let lists;
      try {
        const locales = (await cmsLocales()).filter(isLocale);
        const pairs = CONTENT_TYPES.flatMap((t) => locales.map((locale) => [t.name, locale] as const));
        lists = await Promise.all(pairs.map(async ([type, locale]) => ({ type, locale, items: await fetchPublicHistory(type, locale) })));
      } catch (error) {
        if (!(typesOnly && error instanceof CmsError)) throw error;
        logger.warn(`no change notes (${error.message.split('\n')[0]})`);
        return;
      }
      store.clear();
      let count = 0;
      for (const { type, locale, items } of lists) {
        for (const item of items) {
          const json = JSON.stringify(item);
          store.set({ id: historyId(type, locale, item.documentId), data: { json }, digest: generateDigest(json) });
          count++;
        }
      }
      logger.info(`${count} document histories`);
    },
  };
}
