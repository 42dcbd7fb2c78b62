/**
 * The event log: an append-only table of our own, not a Strapi content type, so that nothing
 * reaches it through the content API or the admin's content manager, and Strapi's schema sync
 * leaves it alone (it only drops tables it created). Created idempotently on every start.
 *
 * Ids must grow in commit order, or a reader that has seen id N could later miss a smaller id
 * committed after it. SQLite has one writer at a time, so that holds by itself; on PostgreSQL
 * two transactions may take ids 5 and 6 and commit 6 first, so each writer takes a transaction
 * lock just before it appends and keeps it until it commits.
 */
import type { Core } from '@strapi/strapi';
import { refuseRewrites } from '../database/append-only';
import { ACTIONS, CAUSES, type Action, type Actor, type Cause, type DocumentEvent, type NewEvent } from './event';

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
  at: string | Date;
}

/** The knex transaction Strapi's `db.transaction` hands its callback. */
export type Transaction = Parameters<ReturnType<Core.Strapi['db']['getConnection']>['transacting']>[0];

const isPostgres = (strapi: Core.Strapi) => strapi.db.dialect.client === 'postgres';

export async function ensureEventLog(strapi: Core.Strapi): Promise<void> {
  const schema = strapi.db.getSchemaConnection();
  if (!(await schema.hasTable(EVENTS_TABLE))) {
    await schema.createTable(EVENTS_TABLE, (t) => {
      t.bigIncrements('id').primary();
      t.string('action', 32).notNullable();
      t.string('type', 64).notNullable();
      t.string('document_id', 64).notNullable();
      t.string('locale', 16).notNullable();
      t.string('actor_kind', 16).notNullable();
      t.integer('actor_id').nullable();
      t.string('actor_reason', 255).nullable();
      t.string('cause', 32).nullable();
      t.boolean('major').nullable();
      t.text('change_note').nullable();
      t.timestamp('at', { useTz: true }).notNullable();
      t.index(['type', 'document_id'], 'document_events_document_idx');
    });
  }
  // The database itself refuses to change or remove an event, whatever our code does.
  await refuseRewrites(strapi, EVENTS_TABLE);
}

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
  if (row.major !== null) {
    event.publish = { major: Boolean(row.major) };
    if (row.change_note !== null) event.publish.changeNote = row.change_note;
  }
  return event;
}

/** Appends within `trx`, the transaction of the document write the events describe. */
export async function appendEvents(strapi: Core.Strapi, trx: Transaction, events: NewEvent[], at: Date): Promise<void> {
  if (!events.length) return;
  if (isPostgres(strapi)) await trx.raw('SELECT pg_advisory_xact_lock(?)', [APPEND_LOCK]);
  await strapi.db.getConnection(EVENTS_TABLE).transacting(trx).insert(events.map((e) => toRow(e, at)));
}

/** Events after `position`, oldest first. */
export async function readEvents(strapi: Core.Strapi, position: number, limit: number): Promise<DocumentEvent[]> {
  const rows = (await strapi.db
    .getConnection(EVENTS_TABLE)
    .where('id', '>', position)
    .orderBy('id', 'asc')
    .limit(limit)) as Row[];
  return rows.map(fromRow);
}
