/** The agencies of admin users, `admin_user_agencies` (../../permissions/memberships.ts). */
import type { Migration } from './migration';

const TABLE = 'admin_user_agencies';

export const migration: Migration = {
  id: '0009-permissions-memberships',
  async up(knex, strapi) {
    if (await strapi.db.getSchemaConnection(knex).hasTable(TABLE)) return;
    await strapi.db.getSchemaConnection(knex).createTable(TABLE, (t) => {
      t.integer('user_id').notNullable();
      t.string('agency_document_id', 64).notNullable();
      t.primary(['user_id', 'agency_document_id']);
      t.index(['agency_document_id'], 'admin_user_agencies_agency_idx');
    });
  },
};
