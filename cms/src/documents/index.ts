/**
 * Document Service middlewares for the section's own types: every write, from the admin panel,
 * the seed or a script, passes through here (Strapi 5 prefers these to lifecycle hooks).
 */
import type { Core } from '@strapi/strapi';
import { ALL_TYPES, DEFAULT_LOCALE } from '@cchc/content-types';
import { prepareSlug } from './slugs';
import { normalizeStrings } from './text';

const OUR_UIDS = new Map<string, string>(ALL_TYPES.map((t) => [`api::${t.name}.${t.name}`, t.name]));

export function registerDocumentMiddlewares(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const typeName = OUR_UIDS.get(context.uid);
    if (!typeName || (context.action !== 'create' && context.action !== 'update')) return next();

    const params = context.params as { data?: Record<string, unknown>; locale?: string; documentId?: string };
    if (params.data) {
      params.data = normalizeStrings(params.data);
      await prepareSlug(strapi, typeName, params.data, params.locale ?? DEFAULT_LOCALE, params.documentId);
    }
    return next();
  });
}
