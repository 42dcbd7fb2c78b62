/**
 * Queries on the tables of our own (events, workflow records, agencies of users, …) that join
 * the caller's transaction when there is one. Strapi's `db.query` does that by itself; a knex
 * query from `db.getConnection` does not, and on SQLite (one connection) such a query made
 * inside a transaction would wait forever for the connection the transaction holds.
 */
import type { Core } from '@strapi/strapi';

export type TableQuery = ReturnType<Core.Strapi['db']['getConnection']>;
type Transaction = Parameters<TableQuery['transacting']>[0];

export function onTable<T>(strapi: Core.Strapi, table: string, run: (query: TableQuery) => PromiseLike<T>): Promise<T> {
  if (!strapi.db.inTransaction()) return Promise.resolve(run(strapi.db.getConnection(table)));
  // Nested, `transaction` hands over the open transaction and leaves its commit to its owner.
  return strapi.db.transaction(async ({ trx }: { trx: Transaction }) => (await run(strapi.db.getConnection(table).transacting(trx))) as T) as Promise<T>;
}
