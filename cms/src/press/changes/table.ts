/**
 * The change feed's projection: the table `press_changes`, ours (not a content type: neither
 * the content API nor the admin reaches it), created by a migration, one row per press change,
 * keyed by the id of the event it comes from. Written only by the `press-changes` listener,
 * in event id order; read by the feed by keyset (`event_id > cursor`).
 */
import type { Core } from '@strapi/strapi';
import type { ChangeKind, Locale } from '@cchc/content-types';
import { onTable } from '../../database/own-tables';
import type { Transaction } from '../../events';
import type { Change } from './classify';

export const CHANGES_TABLE = 'press_changes';

/** A change as kept: with the page's slug at that moment (created and updated), for its URL. */
export interface StoredChange extends Change {
  slug?: string;
}

interface Row {
  event_id: number | string;
  change: string;
  type: string;
  document_id: string;
  locale: string;
  at: string | Date;
  major: boolean | number | null;
  change_note: string | null;
  reason: string | null;
  slug: string | null;
}

/** Keeps a change; one already kept for the event stays as it is (delivery is at least once). */
export async function insertChange(strapi: Core.Strapi, trx: Transaction, change: StoredChange): Promise<void> {
  await onTable(
    strapi,
    CHANGES_TABLE,
    (q) =>
      q
        .insert({
          event_id: change.eventId,
          change: change.change,
          type: change.type,
          document_id: change.documentId,
          locale: change.locale,
          at: change.at.toISOString(),
          major: change.major ?? null,
          change_note: change.changeNote ?? null,
          reason: change.reason ?? null,
          slug: change.slug ?? null,
        })
        .onConflict('event_id')
        .ignore(),
    trx,
  );
}

function fromRow(row: Row): StoredChange {
  const change: StoredChange = {
    eventId: Number(row.event_id),
    change: row.change as ChangeKind,
    type: row.type,
    documentId: row.document_id,
    locale: row.locale as Locale,
    at: new Date(row.at),
  };
  if (row.major !== null) change.major = Boolean(row.major);
  if (row.change_note !== null) change.changeNote = row.change_note;
  if (row.reason !== null) change.reason = row.reason;
  if (row.slug !== null) change.slug = row.slug;
  return change;
}

export interface ChangeFilter {
  type?: string;
  locale?: string;
}

/** The changes after event `after`, oldest first, at most `limit`. */
export async function readChanges(strapi: Core.Strapi, after: number, limit: number, filter: ChangeFilter = {}): Promise<StoredChange[]> {
  const rows = (await onTable(strapi, CHANGES_TABLE, (q) => {
    const query = q.where('event_id', '>', after);
    if (filter.type) query.andWhere({ type: filter.type });
    if (filter.locale) query.andWhere({ locale: filter.locale });
    return query.orderBy('event_id', 'asc').limit(limit);
  })) as Row[];
  return rows.map(fromRow);
}

/** The change of one event, or null when the event made none. */
export async function readChange(strapi: Core.Strapi, eventId: number): Promise<StoredChange | null> {
  const row = (await onTable(strapi, CHANGES_TABLE, (q) => q.where({ event_id: eventId }).first())) as Row | undefined;
  return row ? fromRow(row) : null;
}

/** The largest event id kept (0 when none): it moves whenever a change is kept, by any process. */
export async function highWaterMark(strapi: Core.Strapi): Promise<number> {
  const row = (await onTable(strapi, CHANGES_TABLE, (q) => q.max({ id: 'event_id' }).first())) as { id: number | string | null } | undefined;
  return Number(row?.id ?? 0);
}
