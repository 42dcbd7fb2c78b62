/** Requests and bytes per outlet and day, `press_outlet_usage` (../../press/access/usage.ts). */
import type { Migration } from './migration';

const TABLE = 'press_outlet_usage';

export const migration: Migration = {
  id: '0011-press-usage',
  async up(knex, strapi) {
    if (await strapi.db.getSchemaConnection(knex).hasTable(TABLE)) return;
    await strapi.db.getSchemaConnection(knex).createTable(TABLE, (t) => {
      t.integer('outlet_id').notNullable();
      // YYYY-MM-DD in Asia/Ho_Chi_Minh (UTC+7, no daylight saving).
      t.string('day', 10).notNullable();
      t.bigInteger('requests').notNullable();
      t.bigInteger('bytes').notNullable();
      t.primary(['outlet_id', 'day']);
    });
  },
};
