/** `personal_data_erasures`: the record of erasures of a person's data (cms/src/personal-data/erasures.ts). */
import type { Migration } from './migration';

export const migration: Migration = {
  id: '0300-personal-data-erasures',
  async up(knex, strapi) {
    // It checks first, as the baseline's do: a database whose record of migrations was lost must still start.
    if (await strapi.db.getSchemaConnection(knex).hasTable('personal_data_erasures')) return;
    await strapi.db.getSchemaConnection(knex).createTable('personal_data_erasures', (t) => {
      t.increments('id').primary();
      t.timestamp('at', { useTz: true }).notNullable();
      // A ground the administrator chose, or 'retention' (cms/src/personal-data/reasons.ts).
      t.string('reason', 16).notNullable();
      // Who: { kind, id } or { kind: 'system', reason } (events/event.ts, Actor).
      t.text('actor').notNullable();
      // Documents erased by type, as JSON: counts, never the data.
      t.text('erased').notNullable();
    });
  },
};
