/**
 * Document Service middlewares for the section's own types: every write, from the admin panel,
 * the seed or a script, passes through here (Strapi 5 prefers these to lifecycle hooks).
 */
import type { Core, UID } from '@strapi/strapi';
import { ALL_TYPES, DEFAULT_LOCALE } from '@cchc/content-types';
import { forcePublishedReads } from './published-reads';
import { relinkPublishedSources } from './relink-on-publish';
import { isSyncing, pushRelations, relationFields, relationsForNewTranslation } from './shared-relations';
import { prepareSlug } from './slugs';
import { normalizeStrings } from './text';

const OUR_UIDS = new Map<string, string>(ALL_TYPES.map((t) => [`api::${t.name}.${t.name}`, t.name]));

interface WriteParams {
  data?: Record<string, unknown>;
  locale?: string;
  documentId?: string;
}

async function localeExists(strapi: Core.Strapi, uid: string, documentId: string | undefined, locale: string) {
  if (!documentId) return false;
  return (await strapi.db.query(uid as UID.Schema).count({ where: { documentId, locale } })) > 0;
}

export function registerDocumentMiddlewares(strapi: Core.Strapi): void {
  forcePublishedReads(strapi, new Set(OUR_UIDS.keys()));
  strapi.documents.use(async (context, next) => {
    const typeName = OUR_UIDS.get(context.uid);
    if (!typeName || isSyncing()) return next();
    if (context.action === 'publish') {
      const result = await next();
      const { documentId, locale } = context.params as { documentId: string; locale?: string };
      await relinkPublishedSources(strapi, typeName, documentId, locale ?? DEFAULT_LOCALE);
      return result;
    }
    if (context.action !== 'create' && context.action !== 'update') return next();

    const params = context.params as WriteParams;
    const locale = params.locale ?? DEFAULT_LOCALE;
    const isNewTranslation = context.action === 'update' && !(await localeExists(strapi, context.uid, params.documentId, locale));
    const setsRelations = relationFields(typeName).some(([key]) => params.data && key in params.data);
    if (params.data) {
      params.data = normalizeStrings(params.data);
      await prepareSlug(strapi, typeName, params.data, locale, params.documentId);
      if (isNewTranslation && !setsRelations && params.documentId) {
        Object.assign(params.data, await relationsForNewTranslation(strapi, typeName, params.documentId, locale));
      }
    }

    const result = await next();
    const documentId = (result as { documentId?: string } | null)?.documentId ?? params.documentId;
    if (documentId && setsRelations) await pushRelations(strapi, typeName, documentId, locale);
    return result;
  });
}
