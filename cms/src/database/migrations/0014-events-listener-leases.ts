/**
 * A lease per listener on its cursor row (../../events/cursors.ts): which process delivers to
 * the listener now (`claimed_by`), and until when (`claimed_until`), so that with several CMS
 * processes each event reaches each listener from one process.
 */
import type { Migration } from './migration';

const TABLE = 'document_event_cursors';

export const migration: Migration = {
  id: '0014-events-listener-leases',
  async up(knex, strapi) {
    await strapi.db.getSchemaConnection(knex).alterTable(TABLE, (t) => {
      t.string('claimed_by', 128).nullable();
      t.timestamp('claimed_until', { useTz: true }).nullable();
    });
  },
};
