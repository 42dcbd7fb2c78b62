/**
 * One step of our own schema (tables, columns, triggers, indexes): run once, in id order, by
 * `runner.ts`, in a transaction of its own, and recorded in `cchc_migrations`.
 *
 * A migration is frozen once merged: it names its tables literally (not through a room's
 * constant, which may change), and a later change is a new migration.
 */
import type { Core } from '@strapi/strapi';

/** Knex as Strapi's database holds it (the CMS does not depend on knex itself). */
export type Knex = Core.Strapi['db']['connection'];

export interface Migration {
  /** `<NNNN>-<room>-<what>`: never renamed once merged; the order is by id. */
  id: string;
  /**
   * `knex` is the migration's transaction: every statement goes through it, never through
   * `strapi.db` (on SQLite, one connection, that would wait forever). Tables: use
   * `strapi.db.getSchemaConnection(knex)`, which names the configured PostgreSQL schema.
   */
  up(knex: Knex, strapi: Core.Strapi): Promise<void>;
}

/** A table's name for raw SQL, qualified by the configured PostgreSQL schema (raw SQL does not go through `withSchema`). */
export function qualified(strapi: Core.Strapi, table: string): string {
  const name = strapi.db.dialect.client === 'postgres' ? strapi.db.getSchemaName() : undefined;
  return name ? `"${name}".${table}` : table;
}
