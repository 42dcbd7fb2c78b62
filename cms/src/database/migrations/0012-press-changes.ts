/** The press change feed, a projection of the events, `press_changes` (../../press/changes/table.ts). */
import type { Migration } from './migration';

const TABLE = 'press_changes';

export const migration: Migration = {
  id: '0012-press-changes',
  async up(knex, strapi) {
    if (await strapi.db.getSchemaConnection(knex).hasTable(TABLE)) return;
    await strapi.db.getSchemaConnection(knex).createTable(TABLE, (t) => {
      t.bigInteger('event_id').primary();
      t.string('change', 16).notNullable();
      t.string('type', 64).notNullable();
      t.string('document_id', 64).notNullable();
      t.string('locale', 16).notNullable();
      t.timestamp('at', { useTz: true }).notNullable();
      t.boolean('major').nullable();
      t.text('change_note').nullable();
      t.text('reason').nullable();
      t.string('slug', 255).nullable();
      // The filtered feeds read by keyset within one type or one locale.
      t.index(['type', 'event_id'], 'press_changes_type_idx');
      t.index(['locale', 'event_id'], 'press_changes_locale_idx');
    });
  },
};
