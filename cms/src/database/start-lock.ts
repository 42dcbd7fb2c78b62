/**
 * Several CMS processes starting together on one PostgreSQL database take turns: from before
 * Strapi's schema sync to the end of our first-start steps (migrations, roles, locales, the
 * Public role, labels, the first administrator, the seed). Strapi's sync and its plugins'
 * first-start steps (the first roles, the default locale) take no lock of their own, and
 * neither did ours (`hasTable` then `createTable`): run side by side on an empty database they
 * fail or make things twice. One by one, the second finds the work done. A process that dies
 * holding the lock loses it with its connection.
 *
 * A session advisory lock, held on one connection kept out of the pool while the start runs.
 * SQLite: one process, nothing to do.
 */
import type { Core } from '@strapi/strapi';

/** Any constant, apart from the event log's and the migrations': the key of the advisory lock. */
const START_LOCK = 7_020_003;

/** The raw connection of the pool (node-postgres's client), held while the lock is. */
type PooledConnection = object;

interface KnexClient {
  acquireConnection(): Promise<PooledConnection>;
  releaseConnection(connection: PooledConnection): Promise<void>;
}

const held = new WeakMap<Core.Strapi, PooledConnection>();

const clientOf = (strapi: Core.Strapi) => strapi.db.connection.client as unknown as KnexClient;

const onHeld = (strapi: Core.Strapi, connection: PooledConnection, sql: string, bindings: number[] = []) =>
  strapi.db.connection.raw(sql, bindings).connection(connection as never);

/** At register: the start takes the lock just before Strapi's schema sync. */
export function registerStartLock(strapi: Core.Strapi): void {
  if (strapi.db.dialect.client !== 'postgres') return;
  strapi.hook('strapi::content-types.beforeSync').register(() => takeStartLock(strapi));
}

async function takeStartLock(strapi: Core.Strapi): Promise<void> {
  const connection = await clientOf(strapi).acquireConnection();
  try {
    // Another process's first start can outlast the statement limit (DATABASE_STATEMENT_TIMEOUT).
    await onHeld(strapi, connection, 'SET statement_timeout = 0');
    await onHeld(strapi, connection, 'SELECT pg_advisory_lock(?)', [START_LOCK]);
    await onHeld(strapi, connection, 'RESET statement_timeout');
  } catch (error) {
    await clientOf(strapi).releaseConnection(connection);
    throw error;
  }
  held.set(strapi, connection);
}

/** Once the first-start steps are done (and at stop, if the start failed): the next process may go. */
export async function releaseStartLock(strapi: Core.Strapi): Promise<void> {
  const connection = held.get(strapi);
  if (!connection) return;
  held.delete(strapi);
  try {
    await onHeld(strapi, connection, 'SELECT pg_advisory_unlock(?)', [START_LOCK]);
  } finally {
    await clientOf(strapi).releaseConnection(connection);
  }
}
