/** Old slugs of documents, `slug_redirects` (../../documents/slug-redirects.ts). */
import type { Migration } from './migration';

const TABLE = 'slug_redirects';

export const migration: Migration = {
  id: '0006-documents-slug-redirects',
  async up(knex, strapi) {
    if (await strapi.db.getSchemaConnection(knex).hasTable(TABLE)) return;
    await strapi.db.getSchemaConnection(knex).createTable(TABLE, (t) => {
      t.string('type', 64).notNullable();
      t.string('locale', 16).notNullable();
      t.string('old_slug', 255).notNullable();
      t.string('document_id', 64).notNullable();
      t.timestamp('at', { useTz: true }).notNullable();
      t.primary(['type', 'locale', 'old_slug']);
    });
  },
};
