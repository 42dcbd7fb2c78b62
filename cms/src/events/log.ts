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
  await refuseRewrites(strapi, EVENTS_TABLE);
}

/**
 * The database itself refuses to change or remove a row of `table`, whatever our code does
 * (the event log here; the history's versions too). `table` is one of our constant names.
 */
export async function refuseRewrites(strapi: Core.Strapi, table: string): Promise<void> {
  const knex = strapi.db.connection;
  if (isPostgres(strapi)) {
    // Raw SQL does not go through knex's withSchema: name the configured schema ourselves.
    const schema = strapi.db.getSchemaName();
    const qualified = schema ? `"${schema}".${table}` : table;
    const fn = schema ? `"${schema}".${table}_append_only` : `${table}_append_only`;
    await knex.raw(`
      CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION '${table} is append-only'; END $$ LANGUAGE plpgsql`);
    // CREATE OR REPLACE TRIGGER needs PostgreSQL 14, which Strapi 5 requires anyway.
    await knex.raw(`
      CREATE OR REPLACE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${qualified}
      FOR EACH ROW EXECUTE FUNCTION ${fn}()`);
    return;
  }
  for (const op of ['UPDATE', 'DELETE']) {
    await knex.raw(`
      CREATE TRIGGER IF NOT EXISTS ${table}_no_${op.toLowerCase()} BEFORE ${op} ON ${table}
      BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`);
  }
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

/**
 * Appends within `trx`, the transaction of the document write the events describe, and returns
 * them as recorded (with their ids, in the order given).
 */
export async function appendEvents(strapi: Core.Strapi, trx: Transaction, events: NewEvent[], at: Date): Promise<DocumentEvent[]> {
  if (!events.length) return [];
  if (isPostgres(strapi)) await trx.raw('SELECT pg_advisory_xact_lock(?)', [APPEND_LOCK]);
  const ids = (await strapi.db
    .getConnection(EVENTS_TABLE)
    .transacting(trx)
    .insert(events.map((e) => toRow(e, at)))
    .returning('id')) as ({ id: number | string } | number)[];
  // Both databases number a multi-row insert's rows in their order (and no one else appends
  // meanwhile: see above), but neither promises the order of RETURNING: sort the ids.
  const sorted = ids.map((row) => Number(typeof row === 'object' ? row.id : row)).sort((a, b) => a - b);
  return events.map((event, i) => ({ ...event, id: sorted[i]!, at }));
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
