/** The permanent audit log, `audit_log` (../../audit/table.ts): append-only by trigger. */
import { refuseRewrites } from '../append-only';
import type { Migration } from './migration';

const TABLE = 'audit_log';

export const migration: Migration = {
  id: '0003-audit-log',
  async up(knex, strapi) {
    const schema = () => strapi.db.getSchemaConnection(knex);
    if (!(await schema().hasTable(TABLE))) {
      await schema().createTable(TABLE, (t) => {
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
    await refuseRewrites(knex, strapi, TABLE);
  },
};
