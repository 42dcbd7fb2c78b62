/**
 * Published URLs stay put. When an editor changes a published translation's slug on purpose,
 * the old URL is kept (table `slug_redirects`, ours) so that the site answers it with a
 * redirect to the new one: the publisher reads them from `GET /api/redirects`. A slug taken
 * back by the same document (a change undone) stops redirecting.
 */
import type { Core } from '@strapi/strapi';
import { onTable } from '../database/own-tables';
import { slugOf } from './slugs';

export const REDIRECTS_TABLE = 'slug_redirects';

/** The published slugs of these locales, before a publish replaces them. */
export async function publishedSlugs(strapi: Core.Strapi, uid: string, documentId: string, locales: string[]): Promise<Map<string, string>> {
  const slugs = new Map<string, string>();
  for (const locale of locales) {
    const slug = await slugOf(strapi, uid, documentId, locale, true);
    if (slug) slugs.set(locale, slug);
  }
  return slugs;
}

/** After a publish: a published slug that changed leaves a redirect from the old one. */
export async function keepOldSlugs(strapi: Core.Strapi, typeName: string, uid: string, documentId: string, before: Map<string, string>): Promise<void> {
  for (const [locale, old] of before) {
    const now = await slugOf(strapi, uid, documentId, locale, true);
    if (!now || now === old) continue;
    await onTable(strapi, REDIRECTS_TABLE, (q) =>
      q.insert({ type: typeName, locale, old_slug: old, document_id: documentId, at: new Date().toISOString() }).onConflict(['type', 'locale', 'old_slug']).merge(),
    );
    // The new slug may be one this document redirected from before: it is its page again.
    await onTable(strapi, REDIRECTS_TABLE, (q) => q.where({ type: typeName, locale, old_slug: now, document_id: documentId }).delete());
  }
}

export interface Redirect {
  type: string;
  locale: string;
  from: string;
  documentId: string;
}

export async function readRedirects(strapi: Core.Strapi, type: string, locale: string): Promise<Redirect[]> {
  const rows = await onTable(strapi, REDIRECTS_TABLE, (q) =>
    q.where({ type, locale }).orderBy('old_slug').limit(50_000) as PromiseLike<{ type: string; locale: string; old_slug: string; document_id: string }[]>,
  );
  return rows.map((r) => ({ type: r.type, locale: r.locale, from: r.old_slug, documentId: r.document_id }));
}
