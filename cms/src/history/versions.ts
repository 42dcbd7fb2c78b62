/**
 * The history's versions: a table of our own (not a Strapi content type, so that nothing
 * reaches it through the content API or the content manager, and Strapi's schema sync leaves
 * it alone), created by a migration (`../database/migrations/`) like the event log. One row per publish of one
 * locale of one document, keyed by the publish event's id.
 *
 * Append-only: our code only inserts (the database refuses updates and deletes, as for the
 * event log), so a version outlives the document it records: deleting a document, or a
 * locale of it, leaves its versions here.
 */
import type { Core } from '@strapi/strapi';
import { onTable } from '../database/own-tables';
import type { Transaction } from '../events/log';
import type { Actor } from '../events';

export const VERSIONS_TABLE = 'document_versions';

/** A field's stored value: see `snapshot.ts` for the shapes of media, relations and components. */
export type VersionContent = Record<string, unknown>;

/** Who published it, with the name as it was then (a user renamed or removed later stays readable). */
export interface VersionAuthor {
  kind: Actor['kind'];
  id: number | null;
  name: string;
}

export interface VersionSummary {
  id: number;
  eventId: number;
  /** 1 for the first publish of this document and locale, then 2, 3, … */
  number: number;
  type: string;
  documentId: string;
  locale: string;
  author: VersionAuthor;
  publishedAt: string;
  major: boolean;
  changeNote: string | null;
}

export interface Version extends VersionSummary {
  content: VersionContent;
}

export interface NewVersion {
  eventId: number;
  type: string;
  documentId: string;
  locale: string;
  author: VersionAuthor;
  publishedAt: Date;
  major: boolean;
  changeNote: string | null;
  content: VersionContent;
}

interface Row {
  id: number | string;
  event_id: number | string;
  type: string;
  document_id: string;
  locale: string;
  actor_kind: string;
  actor_id: number | null;
  actor_name: string;
  published_at: string | Date;
  major: boolean | number;
  change_note: string | null;
  content?: string;
}

/** Inserts in `trx` (the publish's own transaction); a version already kept for the event stays as it is. */
export async function insertVersions(strapi: Core.Strapi, trx: Transaction, versions: NewVersion[]): Promise<void> {
  if (!versions.length) return;
  const rows = versions.map((v) => ({
    event_id: v.eventId,
    type: v.type,
    document_id: v.documentId,
    locale: v.locale,
    actor_kind: v.author.kind,
    actor_id: v.author.id,
    actor_name: v.author.name,
    published_at: v.publishedAt.toISOString(),
    major: v.major,
    change_note: v.changeNote,
    content: JSON.stringify(v.content),
  }));
  await onTable(strapi, VERSIONS_TABLE, (q) => q.insert(rows).onConflict('event_id').ignore(), trx);
}

const SUMMARY_COLUMNS = ['id', 'event_id', 'type', 'document_id', 'locale', 'actor_kind', 'actor_id', 'actor_name', 'published_at', 'major', 'change_note'];

function summaryOf(row: Row, number: number): VersionSummary {
  const kind = row.actor_kind as Actor['kind'];
  return {
    id: Number(row.id),
    eventId: Number(row.event_id),
    number,
    type: row.type,
    documentId: row.document_id,
    locale: row.locale,
    author: { kind, id: row.actor_id === null ? null : Number(row.actor_id), name: row.actor_name },
    publishedAt: new Date(row.published_at).toISOString(),
    major: Boolean(row.major),
    changeNote: row.change_note,
  };
}

export interface DocumentKey {
  type: string;
  documentId: string;
  locale: string;
}

const whereOf = (key: DocumentKey) => ({ type: key.type, document_id: key.documentId, locale: key.locale });

/** The versions of one document and locale, newest first. */
export async function listVersions(strapi: Core.Strapi, key: DocumentKey): Promise<VersionSummary[]> {
  const rows = (await onTable(strapi, VERSIONS_TABLE, (q) => q.where(whereOf(key)).orderBy('id', 'asc').select(SUMMARY_COLUMNS))) as Row[];
  return rows.map((row, i) => summaryOf(row, i + 1)).reverse();
}

/** One version of that document and locale, with its content; null if it is not one of them. */
export async function getVersion(strapi: Core.Strapi, key: DocumentKey, id: number): Promise<Version | null> {
  const row = (await onTable(strapi, VERSIONS_TABLE, (q) => q.where({ ...whereOf(key), id }).first())) as Row | undefined;
  if (!row) return null;
  const earlier = (await onTable(strapi, VERSIONS_TABLE, (q) => q.where(whereOf(key)).andWhere('id', '<', id).count({ n: '*' }).first())) as { n: number | string } | undefined;
  return { ...summaryOf(row, Number(earlier?.n ?? 0) + 1), content: JSON.parse(row.content!) as VersionContent };
}

/** The content kept for these publish events (by event id); an event without a version is absent. */
export async function contentsOfPublishes(strapi: Core.Strapi, eventIds: number[], trx?: Transaction): Promise<Map<number, VersionContent>> {
  if (!eventIds.length) return new Map();
  const rows = (await onTable(strapi, VERSIONS_TABLE, (q) => q.whereIn('event_id', eventIds).select('event_id', 'content'), trx)) as Pick<Row, 'event_id' | 'content'>[];
  return new Map(rows.map((row) => [Number(row.event_id), JSON.parse(row.content!) as VersionContent]));
}
