/**
 * A projection read as a feed: each row carries a `position`, given in commit order, and a reader
 * asks for the rows that changed since the last position it saw. So a reader that keeps its
 * copy up to date (the site publisher) reads what changed, not the whole table.
 *
 * Positions are given inside the write's transaction, after the event point appended the
 * write's events (`onRecorded`): on PostgreSQL the append holds an advisory lock until commit,
 * and SQLite has one writer, so positions are in commit order and a reader never skips a late
 * commit. Every write to a feed's table must go through such a hook (or a migration, alone).
 */
import type { Core } from '@strapi/strapi';
import { onTable, type TableQuery } from '../database/own-tables';
import type { Transaction } from '../events';

/** The answer of a feed: rows oldest first; `position` is the one to ask from next. */
export interface FeedPage<T> {
  data: T[];
  meta: { since: number; position: number; more: boolean };
}

/**
 * The next free position of `table` (the caller holds the event log's lock, see above). A row
 * keeps its position until it is given a higher one, so the highest never goes back.
 */
export async function nextPosition(strapi: Core.Strapi, table: string, trx?: Transaction): Promise<number> {
  const row = (await onTable(strapi, table, (q) => q.max({ top: 'position' }).first() as PromiseLike<{ top: number | string | null } | undefined>, trx)) as
    | { top: number | string | null }
    | undefined;
  return Number(row?.top ?? 0) + 1;
}

/**
 * The rows of `table` with a position after `since`, oldest first, at most `pageSize`;
 * `more` says that a next page exists (nothing is cut off without saying so).
 */
export async function readSince<Row extends { position: number | string }>(
  strapi: Core.Strapi,
  table: string,
  since: number,
  pageSize: number,
  narrow: (query: TableQuery) => TableQuery = (q) => q,
): Promise<{ rows: Row[]; position: number; more: boolean }> {
  const rows = (await onTable(strapi, table, (q) =>
    narrow(q.where('position', '>', since))
      .orderBy('position', 'asc')
      .limit(pageSize + 1)
      .select('*'),
  )) as Row[];
  const more = rows.length > pageSize;
  const page = rows.slice(0, pageSize);
  return { rows: page, position: page.length ? Number(page[page.length - 1]!.position) : since, more };
}

/** The filters a caller gave (`type`, `locale`), without those it left out. */
export function given(filters: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
