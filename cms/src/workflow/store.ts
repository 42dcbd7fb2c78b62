/**
 * Where the workflow keeps each translation's record: a table of our own (not a content type,
 * so no editor can type a state), written only by the projection of recorded events, in the
 * transaction of the write that recorded them.
 */
import type { Core } from '@strapi/strapi';
import { onTable } from '../database/own-tables';
import type { Transaction } from '../events';
import { STATES, type State, type WorkflowRecord } from './states';

export const WORKFLOW_TABLE = 'workflow_states';

interface Row {
  type: string;
  document_id: string;
  locale: string;
  state: string;
  submitted_by: number | null;
  submitted_at: string | Date | null;
  last_edited_by: number | null;
  last_edited_at: string | Date | null;
  reviewed_by: number | null;
  reviewed_at: string | Date | null;
  updated_at: string | Date;
}

const date = (value: string | Date | null) => (value === null ? null : new Date(value));
const id = (value: number | null) => (value === null ? null : Number(value));

function fromRow(row: Row): WorkflowRecord {
  if (!(STATES as readonly string[]).includes(row.state)) throw new Error(`unknown workflow state "${row.state}"`);
  return {
    type: row.type,
    documentId: row.document_id,
    locale: row.locale,
    state: row.state as State,
    submittedBy: id(row.submitted_by),
    submittedAt: date(row.submitted_at),
    lastEditedBy: id(row.last_edited_by),
    lastEditedAt: date(row.last_edited_at),
    reviewedBy: id(row.reviewed_by),
    reviewedAt: date(row.reviewed_at),
    updatedAt: new Date(row.updated_at),
  };
}

const iso = (value: Date | null) => (value ? value.toISOString() : null);

function toRow(r: WorkflowRecord): Row {
  return {
    type: r.type,
    document_id: r.documentId,
    locale: r.locale,
    state: r.state,
    submitted_by: r.submittedBy,
    submitted_at: iso(r.submittedAt),
    last_edited_by: r.lastEditedBy,
    last_edited_at: iso(r.lastEditedAt),
    reviewed_by: r.reviewedBy,
    reviewed_at: iso(r.reviewedAt),
    updated_at: r.updatedAt.toISOString(),
  };
}

/**
 * One translation's record, or null when the workflow has none. With `lock` (inside a
 * transaction, on PostgreSQL) the row stays locked until commit, so that two people moving the
 * same translation at once are taken one after the other.
 */
export async function readRecord(
  strapi: Core.Strapi,
  key: { type: string; documentId: string; locale: string },
  trx?: Transaction,
  lock = false,
): Promise<WorkflowRecord | null> {
  const where = { type: key.type, document_id: key.documentId, locale: key.locale };
  const forUpdate = Boolean(trx) && lock && strapi.db.dialect.client === 'postgres';
  const row = await onTable(strapi, WORKFLOW_TABLE, (q) => (forUpdate ? q.where(where).forUpdate() : q.where(where)).first() as PromiseLike<Row | undefined>, trx);
  return row ? fromRow(row) : null;
}

export async function readRecords(
  strapi: Core.Strapi,
  where: { type?: string; documentId?: string; states?: State[] },
): Promise<WorkflowRecord[]> {
  const rows = await onTable(strapi, WORKFLOW_TABLE, (q) => {
    if (where.type) q.where({ type: where.type });
    if (where.documentId) q.where({ document_id: where.documentId });
    if (where.states) q.whereIn('state', where.states);
    return q.orderBy('submitted_at', 'asc').limit(5_000) as PromiseLike<Row[]>;
  });
  return rows.map(fromRow);
}

export async function saveRecord(strapi: Core.Strapi, trx: Transaction, record: WorkflowRecord): Promise<void> {
  await onTable(strapi, WORKFLOW_TABLE, (q) => q.insert(toRow(record)).onConflict(['type', 'document_id', 'locale']).merge(), trx);
}

export async function removeRecord(
  strapi: Core.Strapi,
  trx: Transaction,
  key: { type: string; documentId: string; locale: string },
): Promise<void> {
  await onTable(strapi, WORKFLOW_TABLE, (q) => q.where({ type: key.type, document_id: key.documentId, locale: key.locale }).delete(), trx);
}

/** Every record gone, in `trx` (a rebuild from the event log follows: ./projection.ts). */
export async function clearRecords(strapi: Core.Strapi, trx: Transaction): Promise<void> {
  await onTable(strapi, WORKFLOW_TABLE, (q) => q.delete(), trx);
}
