/**
 * One press item read: `GET /api/press/items/:type/:documentId?locale=&format=`, answered from
 * the cache (`cache.ts`) or computed:
 * - the published version only (never a draft), read with the Document Service populated as the
 *   public API populates the type, passed through the Content API's output sanitiser and the
 *   model's validator, so that nothing private reaches an outlet (no createdBy or updatedBy, no
 *   users, no field the model does not declare);
 * - made into a PressItem (`pressItemOf`, content-types) with its public history, its other
 *   published translations and its files at the CMS's public URL; then ninjs or the PressItem
 *   itself as JSON;
 * - with a strong ETag of the body and a Last-Modified that moves with it.
 * A translation that is not live answers 404 (and that answer is kept too, until it is published).
 */
import type { Core, UID } from '@strapi/strapi';
import { populateOf, pressItemOf, schemas, toNinjs, uidOf, type Locale, type PressItem } from '@cchc/content-types';
import { lastLiveChangeAt, readPublishes } from '../../events/log';
import { historyOf } from '../../public-api/history-of';
import { settingsOf } from '../../site-publisher/settings';
import { etagOf, pressError, type PressAnswer, type PressRead } from '../answer';
import { AnswerCache, refKey, type Computed } from './cache';
import { cmsMediaResolver, cmsPublicUrl } from './media';
import { BadItemParameter, itemParams, type ItemParams } from './params';

const caches = new WeakMap<Core.Strapi, AnswerCache>();

/** This CMS instance's cache (tests run several instances in one process). */
export function itemCacheOf(strapi: Core.Strapi): AnswerCache {
  let cache = caches.get(strapi);
  if (!cache) caches.set(strapi, (cache = new AnswerCache()));
  return cache;
}

/** The slugs of the document's published translations, by locale. */
async function liveSlugs(strapi: Core.Strapi, p: ItemParams): Promise<Partial<Record<Locale, string>>> {
  const rows = (await strapi.db.query(uidOf(p.type) as UID.Schema).findMany({
    where: { documentId: p.documentId, publishedAt: { $notNull: true } },
    select: ['locale', 'slug'],
  })) as { locale: Locale; slug: string }[];
  return Object.fromEntries(rows.map((r) => [r.locale, r.slug]));
}

/** Every document an item shows: itself, its terms, the documents it links to. */
function refsOf(item: PressItem): { type: string; documentId: string }[] {
  return [
    { type: item.type, documentId: item.documentId },
    ...(item.agency ? [item.agency] : []).concat(item.terms).map((t) => ({ type: t.taxonomy, documentId: t.documentId })),
    ...(item.related ?? []).map((r) => ({ type: r.type, documentId: r.documentId })),
  ];
}

async function itemOf(strapi: Core.Strapi, p: ItemParams, siteUrl: string): Promise<PressItem | null> {
  const uid = uidOf(p.type) as UID.ContentType;
  const found = await strapi.documents(uid).findOne({ documentId: p.documentId, locale: p.locale, status: 'published', populate: populateOf(p.type) } as never);
  if (!found) return null;
  // No auth: the outlet's token is the front door's, and what is read is fixed (populateOf).
  const sanitised = await strapi.contentAPI.sanitize.output(found, strapi.getModel(uid), {});
  const document = schemas[p.type].parse(sanitised);
  const [publishes, translations] = await Promise.all([readPublishes(strapi, p.type, p.locale, [p.documentId]), liveSlugs(strapi, p)]);
  return pressItemOf({
    type: p.type,
    document,
    history: historyOf(p.documentId, publishes) ?? undefined,
    translations,
    siteUrl,
    media: cmsMediaResolver(cmsPublicUrl(strapi)),
    version: publishes.length || undefined,
  });
}

async function compute(strapi: Core.Strapi, p: ItemParams, siteUrl: string): Promise<Computed> {
  const item = await itemOf(strapi, p, siteUrl);
  const own = refKey(p.type, p.documentId);
  if (!item) return { answer: pressError(404, 'NotFoundError', `No ${p.type} ${p.documentId} is published in "${p.locale}"`), refs: [own] };
  const body = JSON.stringify(p.format === 'ninjs' ? toNinjs(item) : item);
  const refs = refsOf(item);
  // What the body shows last changed when the item or a term or document it names last did.
  const changes = [item.publishedAt, item.firstPublishedAt].map((at) => (at ? Date.parse(at) : 0));
  const others = await lastLiveChangeAt(strapi, refs);
  const lastModified = new Date(Math.max(...changes, others?.getTime() ?? 0));
  lastModified.setMilliseconds(0); // HTTP dates count whole seconds
  return {
    answer: {
      status: 200,
      body,
      contentType: 'application/json; charset=utf-8',
      etag: etagOf(body),
      lastModified,
      headers: { 'Content-Language': p.locale, Link: `<${item.url}>; rel="canonical"` },
    },
    refs: [...new Set(refs.map((r) => refKey(r.type, r.documentId)))],
  };
}

export const readPressItem: PressRead = async (strapi, request): Promise<PressAnswer> => {
  let p: ItemParams;
  try {
    p = itemParams(request);
  } catch (error) {
    if (!(error instanceof BadItemParameter)) throw error;
    return pressError(400, 'ValidationError', error.message, { param: error.param });
  }
  const { siteUrl } = settingsOf(strapi);
  if (!siteUrl) return pressError(503, 'ServiceUnavailableError', 'Press items are not configured here: PUBLIC_SITE_URL is not set');
  const key = `${p.type}/${p.documentId}/${p.locale}/${p.format}`;
  return itemCacheOf(strapi).answer(key, () => compute(strapi, p, siteUrl));
};
