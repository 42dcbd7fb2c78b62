/**
 * Writing and reading the audit log. Writes only ever insert (the table refuses anything else);
 * an entry for a document event already recorded is skipped, so re-delivery does not double.
 * Reads are newest first, filtered as the administrator's search asks.
 */
import type { Core } from '@strapi/strapi';
import { onTable, type TableQuery } from '../database/own-tables';
import type { Transaction } from '../events';
import { withoutSecrets, type AuditActorKind, type AuditEntry, type NewAuditEntry } from './entry';
import { AUDIT_TABLE, type AuditRow } from './table';

/** What the administrator searches by; every field optional, all given ones must hold. */
export interface AuditFilter {
  user?: { id: number } | { email: string };
  agency?: string;
  document?: { type: string; documentId: string };
  /** An exact action (`document.publish`) or a namespace (`document`). */
  action?: string;
  /** Inclusive start, exclusive end. */
  from?: Date;
  until?: Date;
}

const clip = (value: string | null | undefined, length: number) => (value == null ? null : value.slice(0, length));

function toRow(entry: NewAuditEntry): Omit<AuditRow, 'id'> {
  const details = entry.details && Object.keys(entry.details).length ? JSON.stringify(withoutSecrets(entry.details)) : null;
  return {
    at: entry.at.toISOString(),
    action: entry.action,
    actor_kind: entry.actor.kind,
    actor_id: entry.actor.id,
    // Lower case, so that the search by e-mail can use the index.
    actor_email: clip(entry.actor.email?.trim().toLowerCase(), 255),
    actor_name: clip(entry.actor.name, 255),
    subject_type: entry.subject?.type ?? null,
    subject_id: clip(entry.subject?.id, 64),
    locale: entry.subject?.locale ?? null,
    agency_document_id: entry.agency ?? null,
    details,
    source_event_id: entry.sourceEventId ?? null,
    ip: clip(entry.ip, 64),
  };
}

function fromRow(row: AuditRow): AuditEntry {
  return {
    id: Number(row.id),
    at: new Date(row.at),
    action: row.action,
    actor: { kind: row.actor_kind as AuditActorKind, id: row.actor_id === null ? null : Number(row.actor_id), email: row.actor_email, name: row.actor_name },
    subject: row.subject_type ? { type: row.subject_type, id: row.subject_id, locale: row.locale } : null,
    agency: row.agency_document_id,
    details: row.details ? (JSON.parse(row.details) as Record<string, unknown>) : {},
    sourceEventId: row.source_event_id === null ? null : Number(row.source_event_id),
    ip: row.ip,
  };
}

/** Appends `entry`, in `trx` when the caller writes in one (the document events' hook). */
export async function appendEntry(strapi: Core.Strapi, entry: NewAuditEntry, trx?: Transaction): Promise<void> {
  await onTable(
    strapi,
    AUDIT_TABLE,
    (q) => {
      const insert = q.insert(toRow(entry));
      // ON CONFLICT DO NOTHING touches no row, so the append-only triggers do not fire.
      return entry.sourceEventId != null ? insert.onConflict('source_event_id').ignore() : insert;
    },
    trx,
  );
}

/** The owning agency on the newest entry of a document that has one: what was last known of it. */
export async function lastRecordedAgency(strapi: Core.Strapi, subject: { type: string; id: string }, trx?: Transaction): Promise<string | null> {
  const row = (await onTable(
    strapi,
    AUDIT_TABLE,
    (q) =>
      q
        .where({ subject_type: subject.type, subject_id: subject.id })
        .whereNotNull('agency_document_id')
        .orderBy('id', 'desc')
        .first('agency_document_id'),
    trx,
  )) as { agency_document_id: string } | undefined;
  return row?.agency_document_id ?? null;
}

/** `query` narrowed to the entries that match. */
function filtered(query: TableQuery, filter: AuditFilter): TableQuery {
  const { user, agency, document, action, from, until } = filter;
  if (user && 'id' in user) query.where({ actor_kind: 'admin', actor_id: user.id });
  if (user && 'email' in user) query.where({ actor_email: user.email.toLowerCase() });
  if (agency) query.where({ agency_document_id: agency });
  if (document) query.where({ subject_type: document.type, subject_id: document.documentId });
  if (action) {
    if (action.includes('.')) query.where({ action });
    else query.where('action', 'like', `${action}.%`);
  }
  if (from) query.where('at', '>=', from.toISOString());
  if (until) query.where('at', '<', until.toISOString());
  return query;
}

/** One page, newest first, and how many entries match in all. */
export async function searchEntries(
  strapi: Core.Strapi,
  filter: AuditFilter,
  page: { page: number; pageSize: number },
): Promise<{ entries: AuditEntry[]; total: number }> {
  const [count] = (await onTable(strapi, AUDIT_TABLE, (q) => filtered(q, filter).count({ n: '*' }))) as { n: number | string }[];
  const rows = (await onTable(strapi, AUDIT_TABLE, (q) =>
    filtered(q, filter)
      .orderBy([{ column: 'at', order: 'desc' }, { column: 'id', order: 'desc' }])
      .offset((page.page - 1) * page.pageSize)
      .limit(page.pageSize),
  )) as AuditRow[];
  return { entries: rows.map(fromRow), total: Number(count?.n ?? 0) };
}

/**
 * Every matching entry, newest first, a batch at a time: keyset paging on (at, id), so that
 * an export of years of entries holds neither the whole result in memory nor a long query.
 */
export async function* allEntries(strapi: Core.Strapi, filter: AuditFilter, batchSize = 500): AsyncGenerator<AuditEntry> {
  let last: AuditEntry | undefined;
  for (;;) {
    const after = last && { at: last.at.toISOString(), id: last.id };
    const rows = (await onTable(strapi, AUDIT_TABLE, (q) => {
      const query = filtered(q, filter);
      if (after) query.where((w) => w.where('at', '<', after.at).orWhere((same) => same.where('at', '=', after.at).andWhere('id', '<', after.id)));
      return query.orderBy([{ column: 'at', order: 'desc' }, { column: 'id', order: 'desc' }]).limit(batchSize);
    })) as AuditRow[];
    for (const row of rows) yield (last = fromRow(row));
    if (rows.length < batchSize) return;
  }
}
