/**
 * The webhooks' two tables, ours (not content types: neither the content API nor the content
 * manager reaches them), created at each start:
 * - `press_webhook_endpoints`: an outlet's registered URLs, what each wants, its signing secret
 *   (encrypted with Strapi's ENCRYPTION_KEY: a copy of the database does not sign), its run of
 *   failures and whether it is disabled;
 * - `press_webhook_deliveries`: the persistent queue, one row per endpoint × change (unique),
 *   with its attempts, when it is next due, its last answer, and when it was delivered.
 */
import type { Core } from '@strapi/strapi';

export const ENDPOINTS_TABLE = 'press_webhook_endpoints';
export const DELIVERIES_TABLE = 'press_webhook_deliveries';

export interface EndpointRow {
  id: number | string;
  outlet_id: number | string;
  url: string;
  /** Comma-separated change kinds; types and locales: comma-separated, or null for all. */
  changes: string;
  types: string | null;
  locales: string | null;
  secret: string;
  /** Changes of events up to this one (the log's end when it was made) are not sent. */
  from_event_id: number | string;
  created_at: string | Date;
  created_by: number | null;
  consecutive_failures: number | string;
  failing_since: string | Date | null;
  disabled_at: string | Date | null;
  disabled_reason: string | null;
}

export interface DeliveryRow {
  id: number | string;
  endpoint_id: number | string;
  event_id: number | string;
  change: string;
  type: string;
  document_id: string;
  locale: string;
  attempts: number | string;
  next_attempt_at: string | Date;
  claimed_until: string | Date | null;
  claimed_by: string | null;
  last_attempt_at: string | Date | null;
  last_status: number | string | null;
  last_error: string | null;
  delivered_at: string | Date | null;
  created_at: string | Date;
}

export async function ensureWebhookTables(strapi: Core.Strapi): Promise<void> {
  const schema = () => strapi.db.getSchemaConnection();
  if (!(await schema().hasTable(ENDPOINTS_TABLE))) {
    await schema().createTable(ENDPOINTS_TABLE, (t) => {
      t.increments('id').primary();
      t.integer('outlet_id').notNullable().index('press_webhook_endpoints_outlet_idx');
      t.string('url', 2048).notNullable();
      t.string('changes', 64).notNullable();
      t.string('types', 255).nullable();
      t.string('locales', 32).nullable();
      t.text('secret').notNullable();
      t.bigInteger('from_event_id').notNullable();
      t.timestamp('created_at', { useTz: true }).notNullable();
      t.integer('created_by').nullable();
      t.integer('consecutive_failures').notNullable().defaultTo(0);
      t.timestamp('failing_since', { useTz: true }).nullable();
      t.timestamp('disabled_at', { useTz: true }).nullable();
      t.text('disabled_reason').nullable();
    });
  }
  if (!(await schema().hasTable(DELIVERIES_TABLE))) {
    await schema().createTable(DELIVERIES_TABLE, (t) => {
      t.increments('id').primary();
      t.integer('endpoint_id').notNullable();
      t.bigInteger('event_id').notNullable();
      t.string('change', 16).notNullable();
      t.string('type', 64).notNullable();
      t.string('document_id', 64).notNullable();
      t.string('locale', 16).notNullable();
      t.integer('attempts').notNullable().defaultTo(0);
      t.timestamp('next_attempt_at', { useTz: true }).notNullable();
      t.timestamp('claimed_until', { useTz: true }).nullable();
      t.string('claimed_by', 128).nullable();
      t.timestamp('last_attempt_at', { useTz: true }).nullable();
      t.integer('last_status').nullable();
      t.text('last_error').nullable();
      t.timestamp('delivered_at', { useTz: true }).nullable();
      t.timestamp('created_at', { useTz: true }).notNullable();
      // One delivery per endpoint and change: enqueueing again (a replayed event) adds nothing.
      t.unique(['endpoint_id', 'event_id'], { indexName: 'press_webhook_deliveries_once' });
      // What is due, and what of the same document comes before.
      t.index(['delivered_at', 'next_attempt_at'], 'press_webhook_deliveries_due_idx');
      t.index(['endpoint_id', 'type', 'document_id', 'event_id'], 'press_webhook_deliveries_document_idx');
    });
  }
}
