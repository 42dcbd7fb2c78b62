/**
 * The audit log's table: our own (not a Strapi content type, so neither the content API nor
 * the content manager reaches it, and Strapi's schema sync leaves it alone), created
 * by a migration (`../database/migrations/`), append-only in the database itself. Kept for years: nothing
 * prunes it.
 */
import type { Core } from '@strapi/strapi';

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

