/**
 * Append-only tables: the database itself refuses to change or remove a row, whatever our code
 * (or a bug in it, or someone at a SQL prompt with the application's login) does. The event log
 * and the audit log both rely on it. A step of a migration (`migrations/`), after the table
 * exists; idempotent, so that a database made before migrations gets it again harmlessly.
 *
 * PostgreSQL: a row trigger on UPDATE and DELETE, and a statement trigger on TRUNCATE (which
 * fires no row triggers). SQLite: a trigger per operation (it has no TRUNCATE).
 * Dropping the table is still possible for its owner: that is a schema change, not a rewrite.
 */
import type { Core } from '@strapi/strapi';
import { qualified, type Knex } from './migrations/migration';

/** `knex`: the migration's transaction. */
export async function refuseRewrites(knex: Knex, strapi: Core.Strapi, table: string): Promise<void> {
  const message = `${table} is append-only`;
  if (strapi.db.dialect.client === 'postgres') {
    const fn = qualified(strapi, `${table}_append_only`);
    await knex.raw(`
      CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION '${message}'; END $$ LANGUAGE plpgsql`);
    // CREATE OR REPLACE TRIGGER needs PostgreSQL 14, which Strapi 5 requires anyway.
    await knex.raw(`
      CREATE OR REPLACE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${qualified(strapi, table)}
      FOR EACH ROW EXECUTE FUNCTION ${fn}()`);
    await knex.raw(`
      CREATE OR REPLACE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${qualified(strapi, table)}
      FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    return;
  }
  for (const op of ['UPDATE', 'DELETE']) {
    await knex.raw(`
      CREATE TRIGGER IF NOT EXISTS ${table}_no_${op.toLowerCase()} BEFORE ${op} ON ${table}
      BEGIN SELECT RAISE(ABORT, '${message}'); END`);
  }
}
