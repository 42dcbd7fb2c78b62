/**
 * Published URLs stay put. When an editor changes a published translation's slug on purpose,
 * the old URL is kept (table `slug_redirects`, ours) so that the site answers it with a
 * redirect to the new one: the publisher reads them from `GET /api/redirects`. A slug taken
 * back by the same document (a change undone) stops redirecting: its row stays, marked `gone`.
 *
 * The table is also a feed (../public-api/feed.ts): a row written here is marked `stale`;
 * `stampRedirects`, in the same transaction after the events are appended, gives it the next
 * position. So the publisher reads only the redirects that changed since its last read. (A
 * row keeps its old position until then: positions never go back, see `nextPosition`.)
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from '../database/migrations';
import { onTable } from '../database/own-tables';
import type { Transaction } from '../events';
import { nextPosition, readSince, type FeedPage } from '../public-api/feed';
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
      q
        .insert({ type: typeName, locale, old_slug: old, document_id: documentId, at: new Date().toISOString(), gone: false, stale: true })
        .onConflict(['type', 'locale', 'old_slug'])
        .merge(['document_id', 'at', 'gone', 'stale']),
    );
    // The new slug may be one this document redirected from before: it is its page again.
    await onTable(strapi, REDIRECTS_TABLE, (q) =>
      q.where({ type: typeName, locale, old_slug: now, document_id: documentId, gone: false }).update({ gone: true, stale: true, at: new Date().toISOString() }),
    );
  }
}

export interface Redirect {
  type: string;
  locale: string;
  from: string;
  documentId: string;
}

/** A change of the feed: `gone` when the old slug no longer redirects. */
export type RedirectChange = Redirect & { gone: boolean; position: number };

interface Row {
  type: string;
  locale: string;
  old_slug: string;
  document_id: string;
  gone: boolean | number;
  position: number | string;
}

/** Migration 0100: the feed's columns; the rows of earlier releases take positions in key order. */
export async function addRedirectPositions(strapi: Core.Strapi, knex: Knex): Promise<void> {
  await strapi.db.getSchemaConnection(knex).alterTable(REDIRECTS_TABLE, (t) => {
    t.boolean('gone').notNullable().defaultTo(false);
    t.bigInteger('position').nullable();
    // Written but not given its position yet (stampRedirects).
    t.boolean('stale').notNullable().defaultTo(true);
    t.index(['position'], 'slug_redirects_position_idx');
    t.index(['stale'], 'slug_redirects_stale_idx');
  });
  await stampRedirects(strapi, knex as unknown as Transaction);
}

/**
 * Gives the rows written in this transaction (`stale`) the next positions, in key order.
 * Called after the write's events are appended (see ../public-api/feed.ts).
 */
export async function stampRedirects(strapi: Core.Strapi, trx?: Transaction): Promise<void> {
  const fresh = (await onTable(
    strapi,
    REDIRECTS_TABLE,
    (q) => q.where({ stale: true }).orderBy(['type', 'locale', 'old_slug']).select('type', 'locale', 'old_slug') as PromiseLike<Row[]>,
    trx,
  )) as Row[];
  if (!fresh.length) return;
  let position = await nextPosition(strapi, REDIRECTS_TABLE, trx);
  for (const r of fresh) {
    const at = position++;
    await onTable(strapi, REDIRECTS_TABLE, (q) => q.where({ type: r.type, locale: r.locale, old_slug: r.old_slug }).update({ position: at, stale: false }), trx);
  }
}

/** The old slugs of one type and locale that redirect now, a page at a time (by slug). */
export async function readRedirects(strapi: Core.Strapi, type: string, locale: string, page: number, pageSize: number) {
  const where = { type, locale, gone: false };
  const counted = (await onTable(strapi, REDIRECTS_TABLE, (q) => q.where(where).count({ n: '*' }).first())) as { n: number | string } | undefined;
  const total = Number(counted?.n ?? 0);
  const rows = (await onTable(strapi, REDIRECTS_TABLE, (q) =>
    q
      .where(where)
      .orderBy('old_slug')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .select('type', 'locale', 'old_slug', 'document_id'),
  )) as Row[];
  const data: Redirect[] = rows.map((r) => ({ type: r.type, locale: r.locale, from: r.old_slug, documentId: r.document_id }));
  return { data, meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } } };
}

/** The feed: every old slug whose redirect changed after `since`, those gone too. */
export async function readRedirectChanges(strapi: Core.Strapi, since: number, pageSize: number, only: Record<string, string>): Promise<FeedPage<RedirectChange>> {
  const { rows, position, more } = await readSince<Row>(strapi, REDIRECTS_TABLE, since, pageSize, (q) => q.where(only));
  return {
    data: rows.map((r) => ({ type: r.type, locale: r.locale, from: r.old_slug, documentId: r.document_id, gone: Boolean(r.gone), position: Number(r.position) })),
    meta: { since, position, more },
  };
}
