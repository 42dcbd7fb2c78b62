/**
 * The event log: an append-only table of our own, not a Strapi content type, so that nothing
 * reaches it through the content API or the admin's content manager, and Strapi's schema sync
 * leaves it alone (it only drops tables it created). Created by a migration
 * (`../database/migrations/0001-events-log.ts`).
 *
 * Ids must grow in commit order, or a reader that has seen id N could later miss a smaller id
 * committed after it. SQLite has one writer at a time, so that holds by itself; on PostgreSQL
 * two transactions may take ids 5 and 6 and commit 6 first, so each writer takes a transaction
 * lock just before it appends and keeps it until it commits.
 */
import type { Core } from '@strapi/strapi';
import { LIVE_ACTIONS } from '@cchc/content-types';
import { onTable } from '../database/own-tables';
import { ACTIONS, CAUSES, type Action, type Actor, type Cause, type DocumentEvent, type NewEvent, type ScheduleNote } from './event';

export const EVENTS_TABLE = 'document_events';

/** Any constant: the key of the PostgreSQL advisory lock that orders appends. */
const APPEND_LOCK = 7_020_001;

interface Row {
  id: number | string;
  action: string;
  type: string;
  document_id: string;
  locale: string;
  actor_kind: string;
  actor_id: number | null;
  actor_reason: string | null;
  cause: string | null;
  major: boolean | number | null;
  change_note: string | null;
  note: string | null;
  override: boolean | number | null;
  /** A schedule event's `ScheduleNote`, as JSON. */
  schedule: string | null;
  at: string | Date;
}

/** The knex transaction Strapi's `db.transaction` hands its callback. */
export type Transaction = Parameters<ReturnType<Core.Strapi['db']['getConnection']>['transacting']>[0];

const isPostgres = (strapi: Core.Strapi) => strapi.db.dialect.client === 'postgres';

function toRow(event: NewEvent, at: Date): Omit<Row, 'id'> {
  const { actor } = event;
  return {
    action: event.action,
    type: event.type,
    document_id: event.documentId,
    locale: event.locale,
    actor_kind: actor.kind,
    actor_id: actor.kind === 'system' ? null : actor.id,
    actor_reason: actor.kind === 'system' ? actor.reason : null,
    cause: event.cause ?? null,
    major: event.publish ? event.publish.major : null,
    change_note: event.publish?.changeNote ?? null,
    note: event.note ?? null,
    override: event.override ? true : null,
    schedule: event.schedule ? JSON.stringify({ ...event.schedule, runAt: event.schedule.runAt.toISOString() }) : null,
    at: at.toISOString(),
  };
}

function actorOf(row: Row): Actor {
  if (row.actor_kind === 'admin' || row.actor_kind === 'api-token') return { kind: row.actor_kind, id: Number(row.actor_id) };
  return { kind: 'system', reason: row.actor_reason ?? '' };
}

function fromRow(row: Row): DocumentEvent {
  if (!(ACTIONS as readonly string[]).includes(row.action)) throw new Error(`unknown event action "${row.action}" (event ${row.id})`);
  const event: DocumentEvent = {
    id: Number(row.id),
    action: row.action as Action,
    type: row.type,
    documentId: row.document_id,
    locale: row.locale,
    actor: actorOf(row),
    at: new Date(row.at),
  };
  if (row.cause && (CAUSES as readonly string[]).includes(row.cause)) event.cause = row.cause as Cause;
  if (row.note !== null) event.note = row.note;
  if (row.override) event.override = true;
  if (row.major !== null) {
    event.publish = { major: Boolean(row.major) };
    if (row.change_note !== null) event.publish.changeNote = row.change_note;
  }
  if (row.schedule) {
    const note = JSON.parse(row.schedule) as Omit<ScheduleNote, 'runAt'> & { runAt: string };
    event.schedule = { ...note, runAt: new Date(note.runAt) };
  }
  return event;
}

/**
 * Appends within `trx`, the transaction of the document write the events describe, and returns
 * them as recorded (with their ids, in the order given).
 */
export async function appendEvents(strapi: Core.Strapi, trx: Transaction, events: NewEvent[], at: Date): Promise<DocumentEvent[]> {
  if (!events.length) return [];
  if (isPostgres(strapi)) await trx.raw('SELECT pg_advisory_xact_lock(?)', [APPEND_LOCK]);
  const ids = (await onTable(strapi, EVENTS_TABLE, (q) => q.insert(events.map((e) => toRow(e, at))).returning('id'), trx)) as ({ id: number | string } | number)[];
  // Both databases number a multi-row insert's rows in their order (and no one else appends
  // meanwhile: see above), but neither promises the order of RETURNING: sort the ids.
  const sorted = ids.map((row) => Number(typeof row === 'object' ? row.id : row)).sort((a, b) => a - b);
  return events.map((event, i) => ({ ...event, id: sorted[i]!, at }));
}

/** The id of the last event in the log (0 when it is empty). */
export async function latestEventId(strapi: Core.Strapi): Promise<number> {
  const row = (await onTable(strapi, EVENTS_TABLE, (q) => q.max({ id: 'id' }).first())) as { id: number | string | null } | undefined;
  return Number(row?.id ?? 0);
}

/** Events after `position`, oldest first. */
export async function readEvents(strapi: Core.Strapi, position: number, limit: number, trx?: Transaction): Promise<DocumentEvent[]> {
  const rows = (await onTable(strapi, EVENTS_TABLE, (q) => q.where('id', '>', position).orderBy('id', 'asc').limit(limit), trx)) as Row[];
  return rows.map(fromRow);
}

/** Holds every append until `trx` ends (PostgreSQL; SQLite has one writer anyway): a rebuild reads a log that does not grow. */
export async function holdAppends(strapi: Core.Strapi, trx: Transaction): Promise<void> {
  if (isPostgres(strapi)) await trx.raw('SELECT pg_advisory_xact_lock(?)', [APPEND_LOCK]);
}

/** One document's events (in one locale, or all), oldest first: what its workflow panel shows. */
export async function readDocumentEvents(
  strapi: Core.Strapi,
  type: string,
  documentId: string,
  locale?: string,
): Promise<DocumentEvent[]> {
  const rows = await onTable(strapi, EVENTS_TABLE, (q) => {
    q.where({ type, document_id: documentId });
    if (locale) q.andWhere({ locale });
    return q.orderBy('id', 'asc').limit(10_000) as PromiseLike<Row[]>;
  });
  return rows.map(fromRow);
}

/** Whether any of these admin users ever made a recorded change. */
export async function hasEventsBy(strapi: Core.Strapi, adminIds: number[]): Promise<boolean> {
  if (!adminIds.length) return false;
  const row = await onTable(strapi, EVENTS_TABLE, (q) => q.where({ actor_kind: 'admin' }).whereIn('actor_id', adminIds).first('id') as PromiseLike<unknown>);
  return row !== undefined;
}

/**
 * When what is live of any of these documents last changed (a publish, unpublish or delete, or
 * links restored in a live version), in any locale; null when never.
 */
export async function lastLiveChangeAt(strapi: Core.Strapi, documents: { type: string; documentId: string }[]): Promise<Date | null> {
  if (!documents.length) return null;
  const row = (await onTable(strapi, EVENTS_TABLE, (q) =>
    q
      .whereIn('type', [...new Set(documents.map((d) => d.type))])
      .whereIn('document_id', [...new Set(documents.map((d) => d.documentId))])
      .where((w) => w.whereIn('action', [...LIVE_ACTIONS]).orWhere({ cause: 'relink-on-publish' }))
      .max({ at: 'at' })
      .first() as PromiseLike<{ at: string | Date | null } | undefined>,
  )) as { at: string | Date | null } | undefined;
  return row?.at ? new Date(row.at) : null;
}

/** The publish events of some documents in one locale (the writes' own, not relinks), oldest first. */
export async function readPublishes(strapi: Core.Strapi, type: string, locale: string, documentIds: string[]): Promise<DocumentEvent[]> {
  if (!documentIds.length) return [];
  const rows = await onTable(strapi, EVENTS_TABLE, (q) =>
    q.where({ type, locale, action: 'publish' }).whereNull('cause').whereIn('document_id', documentIds).orderBy('id', 'asc') as PromiseLike<Row[]>,
  );
  return rows.map(fromRow);
}
