/**
 * The schedule table: a table of our own (as the event log is), not a content type, so that
 * neither the content API nor the content manager reaches it and Strapi's schema sync leaves it
 * alone. Created by a migration (`../database/migrations/`).
 *
 * A schedule leaves `pending` exactly once, in the transaction that fires, refuses or cancels
 * it; the partial unique index allows one pending schedule per document, locale and action
 * (SQLite has partial indexes too; the service also checks first, to answer in words).
 */
import type { Core } from '@strapi/strapi';
import { onTable, type TableQuery } from '../database/own-tables';
import type { Transaction } from '../events/log';

export const SCHEDULES_TABLE = 'document_schedules';

export const SCHEDULE_ACTIONS = ['publish', 'unpublish'] as const;
export type ScheduleAction = (typeof SCHEDULE_ACTIONS)[number];

export const SCHEDULE_STATES = ['pending', 'fired', 'cancelled', 'refused'] as const;
export type ScheduleState = (typeof SCHEDULE_STATES)[number];

export interface Schedule {
  id: number;
  /** Our type's name in the content model (`article`, …). */
  type: string;
  documentId: string;
  locale: string;
  action: ScheduleAction;
  runAt: Date;
  state: ScheduleState;
  createdBy: number | null;
  createdAt: Date;
  /**
   * The draft's `updatedAt` when the schedule was set: what was approved for publishing. A
   * draft changed after it is not published (see guard.ts).
   */
  approvedAt: Date | null;
  /** For a publish: major (readers are told) or minor, and the public change note. */
  major: boolean | null;
  changeNote: string | null;
  firedAt: Date | null;
  /** Which process fired or refused it (`host:pid`), for whoever looks into a fire. */
  firedBy: string | null;
  cancelledBy: number | null;
  /** Why it was refused (Vietnamese, shown to editors), or the last failed attempt's error. */
  outcome: string | null;
  /** Failed attempts so far; a fire that keeps failing is refused after config `maxAttempts`. */
  attempts: number;
  retryAt: Date | null;
}

export interface Row {
  id: number | string;
  type: string;
  document_id: string;
  locale: string;
  action: string;
  run_at: string | number | Date;
  state: string;
  created_by: number | null;
  created_at: string | number | Date;
  approved_at: string | number | Date | null;
  major: boolean | number | null;
  change_note: string | null;
  fired_at: string | number | Date | null;
  fired_by: string | null;
  cancelled_by: number | null;
  outcome: string | null;
  attempts: number | string;
  retry_at: string | number | Date | null;
}

const isPostgres = (strapi: Core.Strapi) => strapi.db.dialect.client === 'postgres';

const date = (value: string | number | Date) => (value instanceof Date ? value : new Date(value));
const dateOrNull = (value: string | number | Date | null) => (value === null ? null : date(value));

export function fromRow(row: Row): Schedule {
  return {
    id: Number(row.id),
    type: row.type,
    documentId: row.document_id,
    locale: row.locale,
    action: row.action as ScheduleAction,
    runAt: date(row.run_at),
    state: row.state as ScheduleState,
    createdBy: row.created_by,
    createdAt: date(row.created_at),
    approvedAt: dateOrNull(row.approved_at),
    major: row.major === null ? null : Boolean(row.major),
    changeNote: row.change_note,
    firedAt: dateOrNull(row.fired_at),
    firedBy: row.fired_by,
    cancelledBy: row.cancelled_by,
    outcome: row.outcome,
    attempts: Number(row.attempts),
    retryAt: dateOrNull(row.retry_at),
  };
}

/** Runs `run` on the table: inside `trx` when given, else in the caller's transaction if any (see onTable). */
export function schedules<T>(strapi: Core.Strapi, run: (query: TableQuery) => PromiseLike<T>, trx?: Transaction): Promise<T> {
  return onTable(strapi, SCHEDULES_TABLE, run, trx);
}

/**
 * The next due pending schedule, locked for this transaction. On PostgreSQL `FOR UPDATE SKIP
 * LOCKED`: a schedule another process is firing is passed over, and the state is re-checked
 * on the locked row, so one cancelled or fired meanwhile is not claimed. SQLite has one writer
 * at a time: the transaction itself is the lock.
 */
export async function claimDue(strapi: Core.Strapi, trx: Transaction, now: Date): Promise<Schedule | null> {
  const row = (await schedules(
    strapi,
    (table) => {
      const query = table
        .where({ state: 'pending' })
        .andWhere('run_at', '<=', now.toISOString())
        .andWhere((q) => q.whereNull('retry_at').orWhere('retry_at', '<=', now.toISOString()))
        .orderBy([{ column: 'run_at' }, { column: 'id' }])
        .first();
      return isPostgres(strapi) ? query.forUpdate().skipLocked() : query;
    },
    trx,
  )) as Row | undefined;
  return row ? fromRow(row) : null;
}

/** Ends a schedule: only a pending one, so a second settle changes nothing. True if it ended it. */
export async function settle(
  strapi: Core.Strapi,
  trx: Transaction,
  id: number,
  values: { state: 'fired' | 'refused'; outcome: string | null; firedBy: string },
): Promise<boolean> {
  const changed = await schedules(
    strapi,
    (q) => q.where({ id, state: 'pending' }).update({ state: values.state, outcome: values.outcome, fired_by: values.firedBy, fired_at: new Date().toISOString() }),
    trx,
  );
  return Number(changed) === 1;
}
