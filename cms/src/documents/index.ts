/**
 * Document Service middlewares that shape our documents: every write, from the admin panel,
 * the seed or a script, passes through here (Strapi 5 prefers these to lifecycle hooks). Each
 * action has one named step; the event point (cms/src/events/) wraps them all and records
 * what they write, including their own writes made on the caller's behalf.
 */
import type { Core, UID } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALES, MODEL_TYPES, typeNamesWith, uidOf } from '@cchc/content-types';
import { forcePublishedReads } from './published-reads';
import { relinkPublishedSources } from './relink-on-publish';
import { resolveImageBlocks } from './rich-text-images';
import { isSyncing, pushRelations, relationFields, relationsForNewTranslation } from './shared-relations';
import { keepOldSlugs, publishedSlugs } from './slug-redirects';
import { prepareSlug } from './slugs';
import { normalizeStrings } from './text';

const OUR_UIDS = new Map<string, string>(MODEL_TYPES.map((t) => [uidOf(t.name), t.name]));
// Only the types the site renders have URLs, and so old URLs to redirect.
const WITH_URLS = typeNamesWith('site');

interface WriteParams {
  data?: Record<string, unknown>;
  locale?: string;
  documentId?: string;
}

interface Write {
  strapi: Core.Strapi;
  uid: string;
  typeName: string;
  params: WriteParams;
}

type Next = Parameters<Parameters<Core.Strapi['documents']['use']>[0]>[1];

async function localeExists({ strapi, uid, params }: Write, locale: string) {
  if (!params.documentId) return false;
  return (await strapi.db.query(uid as UID.Schema).count({ where: { documentId: params.documentId, locale } })) > 0;
}

/**
 * create / update: NFC text, image blocks that name our uploads, and a unique slug before the
 * write; a new translation starts with the relations of an existing one; relations written to one
 * locale are copied to the others.
 */
async function writeContent(write: Write, action: 'create' | 'update', next: Next) {
  const { strapi, typeName, params } = write;
  const locale = params.locale ?? DEFAULT_LOCALE;
  const setsRelations = relationFields(typeName).some(([key]) => params.data && key in params.data);
  if (params.data) {
    const isNewTranslation = action === 'update' && !(await localeExists(write, locale));
    params.data = await resolveImageBlocks(strapi, typeName, normalizeStrings(params.data));
    await prepareSlug(strapi, typeName, params.data, locale, params.documentId);
    if (isNewTranslation && !setsRelations && params.documentId) {
      Object.assign(params.data, await relationsForNewTranslation(strapi, typeName, params.documentId, locale));
    }
  }
  const result = await next();
  const documentId = (result as { documentId?: string } | null)?.documentId ?? params.documentId;
  if (documentId && setsRelations) await pushRelations(strapi, typeName, documentId, locale);
  return result;
}

/**
 * publish: restore the links Strapi dropped to this document, in every locale it published, and
 * keep the old URL of a translation whose slug changed (a redirect).
 */
async function publishWithLinks({ strapi, uid, typeName, params }: Write, next: Next) {
  const asked = params.locale === '*' || params.locale === undefined ? [...LOCALES] : [params.locale];
  const before = params.documentId && WITH_URLS.has(typeName) ? await publishedSlugs(strapi, uid, params.documentId, asked) : new Map<string, string>();
  const result = await next();
  const { documentId, entries } = result as unknown as { documentId: string; entries: { locale: string }[] };
  for (const locale of new Set(entries.map((e) => e.locale))) {
    await relinkPublishedSources(strapi, typeName, documentId, locale);
  }
  await keepOldSlugs(strapi, typeName, uid, documentId, before);
  return result;
}

export function registerDocumentMiddlewares(strapi: Core.Strapi): void {
  forcePublishedReads(strapi, new Set(OUR_UIDS.keys()));
  strapi.documents.use(async (context, next) => {
    const typeName = OUR_UIDS.get(context.uid);
    // A copy of relations to another translation is already shaped: it is written as it is.
    if (!typeName || isSyncing()) return next();
    const write: Write = { strapi, uid: context.uid, typeName, params: context.params as WriteParams };
    switch (context.action) {
      case 'create':
      case 'update':
        return writeContent(write, context.action, next);
      case 'publish':
        return publishWithLinks(write, next);
      case 'clone':
        // A copy starts from blocks already checked; what the request changes is checked too.
        if (write.params.data) write.params.data = await resolveImageBlocks(strapi, typeName, write.params.data);
        return next();
      default:
        return next();
    }
  });
}
