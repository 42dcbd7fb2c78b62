/**
 * `site_notifications`: the changes sent to the site publisher that it has not reported on yet
 * (cms/src/site-publisher/notifications.ts). A row is written when the publisher accepts a
 * change, and removed when its report comes; what stays longer is sent again.
 */
import type { Migration } from './migration';

export const migration: Migration = {
  id: '0200-site-publisher-notifications',
  async up(knex, strapi) {
    // As every migration of ours, it checks first: a database whose record of migrations was lost
    // must still start.
    if (await strapi.db.getSchemaConnection(knex).hasTable('site_notifications')) return;
    await strapi.db.getSchemaConnection(knex).createTable('site_notifications', (t) => {
      t.bigInteger('event_id').primary();
      // The message exactly as first signed and sent (ids only, no content).
      t.text('payload').notNullable();
      t.timestamp('first_sent_at', { useTz: true }).notNullable();
      t.timestamp('last_sent_at', { useTz: true }).notNullable();
      t.integer('sends').notNullable();
    });
  },
};
