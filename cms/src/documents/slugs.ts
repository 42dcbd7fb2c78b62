/**
 * Slugs: made from the title when the editor leaves them empty (Vietnamese-aware), cleaned when
 * typed by hand, and unique per content type and locale. A title with no Latin letters (Khmer)
 * takes the slug of the document's other translations, so /km/tin-bai/<slug>/ mirrors Vietnamese.
 */
import type { Core, UID } from '@strapi/strapi';
import { slugify, typeByName } from '@cchc/content-types';

type Data = Record<string, unknown>;

async function slugOfOtherLocale(strapi: Core.Strapi, uid: string, documentId: string | undefined) {
  if (!documentId) return '';
  const other = await strapi.db
    .query(uid as UID.Schema)
    .findOne({ where: { documentId, slug: { $notNull: true } }, select: ['slug'], orderBy: { id: 'asc' } });
  return (other?.slug as string | undefined) ?? '';
}

export async function slugOf(strapi: Core.Strapi, uid: string, documentId: string, locale: string, published = false): Promise<string | null> {
  const row = (await strapi.db.query(uid as UID.Schema).findOne({
    where: { documentId, locale, slug: { $notNull: true }, publishedAt: published ? { $notNull: true } : null },
    select: ['slug'],
  })) as { slug: string } | null;
  return row?.slug ?? null;
}

async function isTaken(strapi: Core.Strapi, uid: string, slug: string, locale: string, documentId?: string) {
  const where: Record<string, unknown> = { slug, locale };
  if (documentId) where.documentId = { $ne: documentId };
  return (await strapi.db.query(uid as UID.Schema).count({ where })) > 0;
}

export async function uniqueSlug(
  strapi: Core.Strapi,
  uid: string,
  base: string,
  locale: string,
  documentId?: string,
): Promise<string> {
  let candidate = base;
  for (let n = 2; await isTaken(strapi, uid, candidate, locale, documentId); n++) candidate = `${base}-${n}`;
  return candidate;
}

/** Fills or cleans `data.slug` before a create or update. */
export async function prepareSlug(
  strapi: Core.Strapi,
  typeName: string,
  data: Data,
  locale: string,
  documentId?: string,
): Promise<void> {
  const uid = `api::${typeName}.${typeName}`;
  const titleField = typeByName(typeName).titleField;
  const typed = typeof data.slug === 'string' ? slugify(data.slug) : '';
  const title = typeof data[titleField] === 'string' ? (data[titleField] as string) : '';
  if (!typed && !title && data.slug === undefined) return; // an update that touches neither
  // A URL stays put: a new title does not move a translation that has its slug already. Only
  // a slug typed on purpose (or cleared, to be made again) changes it (see ./slug-redirects.ts).
  if (data.slug === undefined && documentId && (await slugOf(strapi, uid, documentId, locale))) return;

  let base = typed || slugify(title);
  if (!base) base = await slugOfOtherLocale(strapi, uid, documentId);
  if (!base) base = `${typeName}-${Date.now().toString(36)}`;
  data.slug = await uniqueSlug(strapi, uid, base, locale, documentId);
}
