/** Where each listener is in the event log, `document_event_cursors` (../../events/cursors.ts). */
import type { Migration } from './migration';

const TABLE = 'document_event_cursors';

export const migration: Migration = {
  id: '0002-events-cursors',
  async up(knex, strapi) {
    if (await strapi.db.getSchemaConnection(knex).hasTable(TABLE)) return;
    await strapi.db.getSchemaConnection(knex).createTable(TABLE, (t) => {
      t.string('listener', 128).primary();
      t.bigInteger('position').notNullable().defaultTo(0);
      t.integer('failures').notNullable().defaultTo(0);
      t.text('last_error').nullable();
      t.timestamp('updated_at', { useTz: true }).notNullable();
    });
  },
};
