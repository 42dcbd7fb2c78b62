/** The publisher's reports, one row per event, `site_publications` (../../site-publisher/table.ts). */
import type { Migration } from './migration';

const TABLE = 'site_publications';

export const migration: Migration = {
  id: '0008-site-publisher-publications',
  async up(knex, strapi) {
    if (await strapi.db.getSchemaConnection(knex).hasTable(TABLE)) return;
    await strapi.db.getSchemaConnection(knex).createTable(TABLE, (t) => {
      t.bigInteger('event_id').primary();
      t.string('state', 16).notNullable();
      t.timestamp('at', { useTz: true }).notNullable();
      t.text('message').nullable();
      t.integer('pages').nullable();
      t.timestamp('received_at', { useTz: true }).notNullable();
    });
  },
};
