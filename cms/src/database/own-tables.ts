/**
 * Raw queries (on the tables of our own: events, workflow records, agencies of users, …; and on
 * Strapi's, in uploads/in-use.ts) that join the caller's transaction when there is one. Strapi's
 * `db.query` does that by itself; a knex query from `db.getConnection` does not, and on SQLite
 * (one connection) such a query made inside a transaction would wait forever for the connection
 * the transaction holds.
 *
 * Every raw query in cms/src/ comes through here, DDL at start aside (`npm run lint` holds every
 * other module to it).
 */
import type { Core } from '@strapi/strapi';

export type TableQuery = ReturnType<Core.Strapi['db']['getConnection']>;
type Transaction = Parameters<TableQuery['transacting']>[0];

/**
 * Runs `run` on a query of `table`: in `trx` when the caller holds one by name (the event
 * point's hooks, a `strapi.db.transaction` callback), else in the transaction open around the
 * call, if any.
 */
export function onTable<T>(strapi: Core.Strapi, table: string, run: (query: TableQuery) => PromiseLike<T>, trx?: Transaction): Promise<T> {
  if (trx) return Promise.resolve(run(strapi.db.getConnection(table).transacting(trx)));
  if (!strapi.db.inTransaction()) return Promise.resolve(run(strapi.db.getConnection(table)));
  // Nested, `transaction` hands over the open transaction and leaves its commit to its owner.
  return strapi.db.transaction(async ({ trx: open }: { trx: Transaction }) => (await run(strapi.db.getConnection(table).transacting(open))) as T) as Promise<T>;
}

/**
 * A piece of SQL inside an `onTable` query (`requests + ?` in an upsert, `1` in a subquery): it
 * is sent as part of that query, in its transaction, never on its own.
 */
export function sqlFragment(strapi: Core.Strapi, sql: string, bindings: readonly (string | number)[] = []) {
  return strapi.db.connection.raw(sql, bindings);
}
