/** Webhook endpoints and their delivery queue, `press_webhook_endpoints` and `press_webhook_deliveries` (../../press/webhooks/table.ts). */
import type { Migration } from './migration';

const ENDPOINTS = 'press_webhook_endpoints';
const DELIVERIES = 'press_webhook_deliveries';

export const migration: Migration = {
  id: '0013-press-webhooks',
  async up(knex, strapi) {
    const schema = () => strapi.db.getSchemaConnection(knex);
    if (!(await schema().hasTable(ENDPOINTS))) {
      await schema().createTable(ENDPOINTS, (t) => {
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
    if (!(await schema().hasTable(DELIVERIES))) {
      await schema().createTable(DELIVERIES, (t) => {
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
  },
};
