/**
 * The documents gone from the public site: every translation of a content type that was
 * published at some time and is not now, with the slug of its last publish, when it went off,
 * how and the public reason. Served as `GET /api/withdrawn` (document-history.ts) for the site's
 * 410 answers.
 *
 * A projection (table `withdrawn_translations`), kept in each write's transaction from its
 * publish, unpublish and delete events (`projectWithdrawals`, an `onRecorded` hook): a read costs
 * what it returns, not the size of the event log. A translation published again keeps its row,
 * marked live, so that a reader of the feed (feed.ts) learns that it is back.
 */
import type { Core } from '@strapi/strapi';
import { contentTypesWith, LIVE_ACTIONS, type WithdrawnDocument } from '@cchc/content-types';
import type { Knex } from '../database/migrations';
import { onTable } from '../database/own-tables';
import type { DocumentEvent, RecordedHook, Transaction } from '../events';
import { EVENTS_TABLE } from '../events/log';
import { contentsOfPublishes } from '../history/versions';
import { nextPosition, readSince, type FeedPage } from './feed';

export const WITHDRAWN_TABLE = 'withdrawn_translations';

// Only what has pages on the site can be withdrawn from it.
const CONTENT = new Set<string>(contentTypesWith('site').map((t) => t.name));

interface Key {
  type: string;
  locale: string;
  documentId: string;
}

interface EventRow {
  id: number | string;
  action: string;
  note: string | null;
  at: string | Date;
}

interface Row {
  type: string;
  locale: string;
  document_id: string;
  slug: string | null;
  last_published_at: string | Date;
  withdrawn_at: string | Date;
  how: WithdrawnDocument['how'];
  reason: string | null;
  withdrawn: boolean | number;
  position: number | string;
}

/** A change of the feed: the translation's last withdrawal, and whether it is still off the site. */
export type WithdrawnChange = WithdrawnDocument & { withdrawn: boolean; position: number };

/** The table (migration 0100). */
export async function createWithdrawnTable(strapi: Core.Strapi, knex: Knex): Promise<void> {
  await strapi.db.getSchemaConnection(knex).createTable(WITHDRAWN_TABLE, (t) => {
    t.string('type', 64).notNullable();
    t.string('locale', 16).notNullable();
    t.string('document_id', 64).notNullable();
    t.string('slug', 255).nullable();
    t.timestamp('last_published_at', { useTz: true }).notNullable();
    t.timestamp('withdrawn_at', { useTz: true }).notNullable();
    t.string('how', 16).notNullable();
    t.text('reason').nullable();
    t.boolean('withdrawn').notNullable();
    t.bigInteger('position').notNullable();
    t.primary(['type', 'locale', 'document_id']);
    t.unique(['position'], { indexName: 'withdrawn_translations_position_unique' });
  });
}

/**
 * One translation's withdrawal, read off its own events (the write's own included): null when
 * its last publish, unpublish or delete is a publish, or it was never published.
 */
async function withdrawalOf(strapi: Core.Strapi, key: Key, trx?: Transaction): Promise<WithdrawnDocument | null> {
  const events = (await onTable(
    strapi,
    EVENTS_TABLE,
    (q) =>
      q
        .where({ type: key.type, locale: key.locale, document_id: key.documentId })
        .whereIn('action', [...LIVE_ACTIONS])
        .orderBy('id', 'asc')
        .select('id', 'action', 'note', 'at') as PromiseLike<EventRow[]>,
    trx,
  )) as EventRow[];
  const lastPublish = events.map((e) => e.action).lastIndexOf('publish');
  if (lastPublish < 0 || lastPublish === events.length - 1) return null;
  const published = events[lastPublish]!;
  const after = events.slice(lastPublish + 1);
  const wentOff = after[0]!;
  const slug = (await contentsOfPublishes(strapi, [Number(published.id)], trx)).get(Number(published.id))?.slug;
  return {
    documentId: key.documentId,
    type: key.type,
    locale: key.locale,
    slug: typeof slug === 'string' ? slug : null,
    lastPublishedAt: new Date(published.at).toISOString(),
    withdrawnAt: new Date(wentOff.at).toISOString(),
    how: after.some((e) => e.action === 'delete') ? 'deleted' : 'unpublished',
    reason: wentOff.action === 'unpublish' && wentOff.note ? wentOff.note : null,
  };
}

/** Brings one translation's row up to its events; a row that changed takes the next position. */
async function project(strapi: Core.Strapi, key: Key, trx?: Transaction): Promise<void> {
  const where = { type: key.type, locale: key.locale, document_id: key.documentId };
  const withdrawal = await withdrawalOf(strapi, key, trx);
  if (!withdrawal) {
    // Live again (or never withdrawn): only a row that says "off" has something to change.
    const off = (await onTable(strapi, WITHDRAWN_TABLE, (q) => q.where({ ...where, withdrawn: true }).first('position'), trx)) as unknown;
    if (!off) return;
    const position = await nextPosition(strapi, WITHDRAWN_TABLE, trx);
    await onTable(strapi, WITHDRAWN_TABLE, (q) => q.where(where).update({ withdrawn: false, position }), trx);
    return;
  }
  const row = {
    ...where,
    slug: withdrawal.slug,
    last_published_at: withdrawal.lastPublishedAt,
    withdrawn_at: withdrawal.withdrawnAt,
    how: withdrawal.how,
    reason: withdrawal.reason,
    withdrawn: true,
    position: await nextPosition(strapi, WITHDRAWN_TABLE, trx),
  };
  await onTable(strapi, WITHDRAWN_TABLE, (q) => q.insert(row).onConflict(['type', 'locale', 'document_id']).merge(), trx);
}

/** The hook: each content translation that a write published, unpublished or deleted. */
export function projectWithdrawals(strapi: Core.Strapi): RecordedHook {
  return async (events: DocumentEvent[], trx) => {
    const keys = new Map<string, Key>();
    for (const e of events) {
      if (CONTENT.has(e.type) && (LIVE_ACTIONS as readonly string[]).includes(e.action)) {
        keys.set(`${e.type}/${e.locale}/${e.documentId}`, { type: e.type, locale: e.locale, documentId: e.documentId });
      }
    }
    for (const key of keys.values()) await project(strapi, key, trx);
  };
}

/** Fills the table from the event log of a database with history (migration 0100). */
export async function backfillWithdrawn(strapi: Core.Strapi, trx: Transaction): Promise<void> {
  // Only a translation with an unpublish or a delete can be off the site.
  const rows = (await onTable(strapi, EVENTS_TABLE, (q) =>
    q
      .whereIn('type', [...CONTENT])
      .whereIn('action', ['unpublish', 'delete'])
      .distinct('type', 'locale', 'document_id')
      .orderBy(['type', 'locale', 'document_id']) as PromiseLike<{ type: string; locale: string; document_id: string }[]>,
    trx,
  )) as { type: string; locale: string; document_id: string }[];
  for (const r of rows) await project(strapi, { type: r.type, locale: r.locale, documentId: r.document_id }, trx);
}

const toDocument = (r: Row): WithdrawnDocument => ({
  documentId: r.document_id,
  type: r.type,
  locale: r.locale,
  slug: r.slug,
  lastPublishedAt: new Date(r.last_published_at).toISOString(),
  withdrawnAt: new Date(r.withdrawn_at).toISOString(),
  how: r.how,
  reason: r.reason,
});

export interface WithdrawnPage {
  data: WithdrawnDocument[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}

/** The translations of one type and locale that are off the site now, in the order they went. */
export async function readWithdrawn(strapi: Core.Strapi, type: string, locale: string, page: number, pageSize: number): Promise<WithdrawnPage> {
  const where = { type, locale, withdrawn: true };
  const counted = (await onTable(strapi, WITHDRAWN_TABLE, (q) => q.where(where).count({ n: '*' }).first())) as { n: number | string } | undefined;
  const total = Number(counted?.n ?? 0);
  const rows = (await onTable(strapi, WITHDRAWN_TABLE, (q) =>
    q
      .where(where)
      .orderBy('position', 'asc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .select('*'),
  )) as Row[];
  return { data: rows.map(toDocument), meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } } };
}

/** The feed: every row changed after `since` (those live again too), optionally of one type or locale. */
export async function readWithdrawnChanges(
  strapi: Core.Strapi,
  since: number,
  pageSize: number,
  only: Record<string, string>,
): Promise<FeedPage<WithdrawnChange>> {
  const { rows, position, more } = await readSince<Row>(strapi, WITHDRAWN_TABLE, since, pageSize, (q) => q.where(only));
  return {
    data: rows.map((r) => ({ ...toDocument(r), withdrawn: Boolean(r.withdrawn), position: Number(r.position) })),
    meta: { since, position, more },
  };
}
