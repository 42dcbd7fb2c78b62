/** A version per publish, `document_versions` (../../history/versions.ts): append-only by trigger. */
import { refuseRewrites } from '../append-only';
import type { Migration } from './migration';

const TABLE = 'document_versions';

export const migration: Migration = {
  id: '0004-history-versions',
  async up(knex, strapi) {
    const schema = () => strapi.db.getSchemaConnection(knex);
    if (!(await schema().hasTable(TABLE))) {
      await schema().createTable(TABLE, (t) => {
        t.bigIncrements('id').primary();
        // The publish event this version is the content of; unique, so that recording is idempotent.
        t.bigInteger('event_id').notNullable().unique();
        t.string('type', 64).notNullable();
        t.string('document_id', 64).notNullable();
        t.string('locale', 16).notNullable();
        t.string('actor_kind', 16).notNullable();
        t.integer('actor_id').nullable();
        t.string('actor_name', 255).notNullable();
        t.timestamp('published_at', { useTz: true }).notNullable();
        t.boolean('major').notNullable();
        t.text('change_note').nullable();
        // JSON as text: the same on SQLite and PostgreSQL, and read back exactly as written.
        t.text('content', 'longtext').notNullable();
        t.index(['type', 'document_id', 'locale'], 'document_versions_document_idx');
      });
    }
    await refuseRewrites(knex, strapi, TABLE);
  },
};
