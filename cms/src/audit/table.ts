/**
 * The audit log's table: our own (not a Strapi content type, so neither the content API nor
 * the content manager reaches it, and Strapi's schema sync leaves it alone), created
 * idempotently at each start, append-only in the database itself. Kept for years: nothing
 * prunes it.
 */
import type { Core } from '@strapi/strapi';
import { refuseRewrites } from '../database/append-only';

export const AUDIT_TABLE = 'audit_log';

export interface AuditRow {
  id: number | string;
  at: string | Date;
  action: string;
  actor_kind: string;
  actor_id: number | null;
  actor_email: string | null;
  actor_name: string | null;
  subject_type: string | null;
  subject_id: string | null;
  locale: string | null;
  agency_document_id: string | null;
  /** JSON text (the same on both databases). */
  details: string | null;
  source_event_id: number | string | null;
  ip: string | null;
}

export async function ensureAuditTable(strapi: Core.Strapi): Promise<void> {
  const schema = strapi.db.getSchemaConnection();
  if (!(await schema.hasTable(AUDIT_TABLE))) {
    await schema.createTable(AUDIT_TABLE, (t) => {
      t.bigIncrements('id').primary();
      t.timestamp('at', { useTz: true }).notNullable();
      t.string('action', 64).notNullable();
      t.string('actor_kind', 16).notNullable();
      t.integer('actor_id').nullable();
      t.string('actor_email', 255).nullable();
      t.string('actor_name', 255).nullable();
      t.string('subject_type', 64).nullable();
      t.string('subject_id', 64).nullable();
      t.string('locale', 16).nullable();
      t.string('agency_document_id', 64).nullable();
      t.text('details').nullable();
      // Unique: a document event delivered twice is recorded once (NULLs do not collide).
      t.bigInteger('source_event_id').nullable().unique('audit_log_source_event_unique');
      t.string('ip', 64).nullable();
      // The administrator's searches: by period (newest first), user, agency, document.
      t.index(['at'], 'audit_log_at_idx');
      t.index(['actor_id'], 'audit_log_actor_idx');
      t.index(['actor_email'], 'audit_log_actor_email_idx');
      t.index(['agency_document_id'], 'audit_log_agency_idx');
      t.index(['subject_type', 'subject_id'], 'audit_log_subject_idx');
    });
  }
  await refuseRewrites(strapi, AUDIT_TABLE);
}
