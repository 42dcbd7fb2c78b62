/**
 * A fresh database per test file on the PostgreSQL server named by TEST_DATABASE_URL
 * (`npm test` starts a throwaway cluster and sets it; see scripts/test.sh).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export function postgresServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      'TEST_DATABASE_URL is not set: run the suite with `npm test`, which starts a throwaway PostgreSQL, or point it at a server you may create databases on.',
    );
  }
  return url;
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresServerUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh database for one test file, dropped by `drop`; a copy of `template` when given. */
export async function createTestDatabase(template?: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `cchc_test_${process.pid}_${randomBytes(3).toString('hex')}`;
  const url = await createDatabaseNamed(name, template);
  return {
    url,
    drop: () => withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** Creates the database `name` (a copy of `template` when given) and returns its URL; kept until dropped. */
export async function createDatabaseNamed(name: string, template?: string): Promise<string> {
  await withAdmin((c) => c.query(`CREATE DATABASE ${name} ENCODING 'UTF8'${template ? ` TEMPLATE ${template}` : ''}`));
  const url = new URL(postgresServerUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops every database whose name starts with `prefix` (the run's templates, at its end). */
export async function dropDatabasesStartingWith(prefix: string): Promise<void> {
  await withAdmin(async (c) => {
    const { rows } = await c.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [prefix]);
    for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  });
}
