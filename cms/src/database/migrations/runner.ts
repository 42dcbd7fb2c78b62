/**
 * Runs our migrations: each once, in id order, in a transaction of its own, recorded in
 * `cchc_migrations`. On PostgreSQL each takes an advisory lock first, so that processes
 * starting together run each migration once, one after another; the second finds it recorded.
 * On SQLite there is one process (one writer), so no lock is needed.
 *
 * A database made by the releases before migrations (their `ensure*` calls at every start)
 * already has the baseline's tables: the baseline (0001–0099) checks before it creates.
 */
import type { Core } from '@strapi/strapi';
import type { Knex, Migration } from './migration';

export const MIGRATIONS_TABLE = 'cchc_migrations';

/** Any constant, apart from the event log's and the start's: the key of the advisory lock. */
const MIGRATIONS_LOCK = 7_020_002;

const isPostgres = (strapi: Core.Strapi) => strapi.db.dialect.client === 'postgres';

/** Refuses a list with an id twice, or out of order: the order is the ids' order, and the list shows it. */
export function checkMigrationList(migrations: readonly Migration[]): void {
  for (let i = 1; i < migrations.length; i++) {
    const [before, after] = [migrations[i - 1]!.id, migrations[i]!.id];
    if (before >= after) throw new Error(`migrations: "${after}" must come after "${before}" (ids are unique and in order)`);
  }
}

/** The ids recorded as run; none before the first run. */
export async function ranMigrations(strapi: Core.Strapi, knex: Knex = strapi.db.connection): Promise<Set<string>> {
  if (!(await strapi.db.getSchemaConnection(knex).hasTable(MIGRATIONS_TABLE))) return new Set();
  const table = strapi.db.getConnection(MIGRATIONS_TABLE);
  // Only a transaction may be joined (knex warns about anything else).
  const rows = (await (knex.isTransaction ? table.transacting(knex as never) : table).select('id')) as { id: string }[];
  return new Set(rows.map((row) => row.id));
}

/** Runs what has not run yet; returns the ids this process ran. */
export async function runMigrations(strapi: Core.Strapi, migrations: readonly Migration[]): Promise<string[]> {
  checkMigrationList(migrations);
  // The usual start: everything ran already, and no lock is needed to see it.
  const ran = await ranMigrations(strapi);
  const ranHere: string[] = [];
  for (const migration of migrations) {
    if (ran.has(migration.id)) continue;
    if (await runOne(strapi, migration)) ranHere.push(migration.id);
  }
  return ranHere;
}

async function runOne(strapi: Core.Strapi, migration: Migration): Promise<boolean> {
  return strapi.db.connection.transaction(async (trx) => {
    if (isPostgres(strapi)) {
      // A migration may take longer than the statement limit (DATABASE_STATEMENT_TIMEOUT),
      // and so may the wait for another process's migration.
      await trx.raw('SET LOCAL statement_timeout = 0');
      await trx.raw('SELECT pg_advisory_xact_lock(?)', [MIGRATIONS_LOCK]);
    }
    await createMigrationsTable(trx, strapi);
    // Another process may have run it while this one waited for the lock.
    if ((await ranMigrations(strapi, trx)).has(migration.id)) return false;
    try {
      await migration.up(trx, strapi);
    } catch (error) {
      // Say which migration, and keep the database's own error (and its stack).
      if (error instanceof Error) error.message = `migration ${migration.id} failed: ${error.message}`;
      throw error;
    }
    await strapi.db.getConnection(MIGRATIONS_TABLE).transacting(trx as never).insert({ id: migration.id, ran_at: new Date().toISOString() });
    strapi.log.info(`[migrations] ran ${migration.id}`);
    return true;
  });
}

async function createMigrationsTable(trx: Knex, strapi: Core.Strapi): Promise<void> {
  const schema = () => strapi.db.getSchemaConnection(trx);
  if (await schema().hasTable(MIGRATIONS_TABLE)) return;
  await schema().createTable(MIGRATIONS_TABLE, (t) => {
    t.string('id', 128).primary();
    t.timestamp('ran_at', { useTz: true }).notNullable();
  });
}
