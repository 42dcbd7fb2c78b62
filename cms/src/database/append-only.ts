/**
 * Append-only tables: the database itself refuses to change or remove a row, whatever our code
 * (or a bug in it, or someone at a SQL prompt with the application's login) does. The event log
 * and the audit log both rely on it. Idempotent: run at every start, after the table exists.
 *
 * PostgreSQL: a row trigger on UPDATE and DELETE, and a statement trigger on TRUNCATE (which
 * fires no row triggers). SQLite: a trigger per operation (it has no TRUNCATE).
 * Dropping the table is still possible for its owner: that is a schema change, not a rewrite.
 */
import type { Core } from '@strapi/strapi';

export async function refuseRewrites(strapi: Core.Strapi, table: string): Promise<void> {
  const knex = strapi.db.connection;
  const message = `${table} is append-only`;
  if (strapi.db.dialect.client === 'postgres') {
    // Raw SQL does not go through knex's withSchema: name the configured schema ourselves.
    const schema = strapi.db.getSchemaName();
    const qualified = (name: string) => (schema ? `"${schema}".${name}` : name);
    const fn = qualified(`${table}_append_only`);
    await knex.raw(`
      CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION '${message}'; END $$ LANGUAGE plpgsql`);
    // CREATE OR REPLACE TRIGGER needs PostgreSQL 14, which Strapi 5 requires anyway.
    await knex.raw(`
      CREATE OR REPLACE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${qualified(table)}
      FOR EACH ROW EXECUTE FUNCTION ${fn}()`);
    await knex.raw(`
      CREATE OR REPLACE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${qualified(table)}
      FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    return;
  }
  for (const op of ['UPDATE', 'DELETE']) {
    await knex.raw(`
      CREATE TRIGGER IF NOT EXISTS ${table}_no_${op.toLowerCase()} BEFORE ${op} ON ${table}
      BEGIN SELECT RAISE(ABORT, '${message}'); END`);
  }
}
