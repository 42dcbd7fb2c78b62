/**
 * Where each listener is in the event log, and which process delivers to it now.
 *
 * - The cursor: the id of the last event the listener handled, kept in the database so that a
 *   restart resumes (and a new listener starts) from there. It only moves forward: a save
 *   never lowers it.
 * - The lease: with several CMS processes, one process at a time delivers to a listener. It
 *   claims the row with an update-where (free, expired, or its own), which only one process
 *   can win, on PostgreSQL and SQLite alike; each save renews the lease, and only the holder
 *   can save. A process that dies leaves a lease that expires.
 * - A failing listener's count and last error are kept beside it for whoever looks into it.
 *
 * Times are the processes' clocks, in ISO form, as the webhook worker's claims: keep the
 * servers' clocks in step (NTP); a skew shortens or lengthens a lease by as much.
 */
import type { Core } from '@strapi/strapi';
import { onTable, type TableQuery } from '../database/own-tables';

export const CURSORS_TABLE = 'document_event_cursors';

const later = (ms: number) => new Date(Date.now() + ms).toISOString();

/** The rows this process may write: its own lease. */
const held = (query: TableQuery, listener: string, me: string) => query.where({ listener, claimed_by: me });

export async function readCursor(strapi: Core.Strapi, listener: string): Promise<number> {
  const row = (await onTable(strapi, CURSORS_TABLE, (q) => q.where({ listener }).first('position'))) as
    | { position: number | string }
    | undefined;
  return row ? Number(row.position) : 0;
}

/**
 * Takes the listener's lease for `leaseMs` if it is free, expired or already `me`'s; returns the
 * cursor, or null when another process holds the lease.
 */
export async function claimListener(strapi: Core.Strapi, listener: string, me: string, leaseMs: number): Promise<number | null> {
  const now = new Date().toISOString();
  // A new listener's row, at the log's start.
  await onTable(strapi, CURSORS_TABLE, (q) =>
    q.insert({ listener, position: 0, failures: 0, last_error: null, updated_at: now }).onConflict('listener').ignore(),
  );
  const won = await onTable(strapi, CURSORS_TABLE, (q) =>
    q
      .where({ listener })
      .where((free) => free.whereNull('claimed_until').orWhere('claimed_until', '<', now).orWhere('claimed_by', me))
      .update({ claimed_by: me, claimed_until: later(leaseMs) }),
  );
  return won === 1 ? readCursor(strapi, listener) : null;
}

/**
 * Moves the cursor to `position` and renews the lease; false when `me` no longer holds the
 * lease (it expired and another process took it) or the cursor is already there or past it.
 */
export async function saveProgress(strapi: Core.Strapi, listener: string, me: string, position: number, leaseMs: number): Promise<boolean> {
  const moved = await onTable(strapi, CURSORS_TABLE, (q) =>
    held(q, listener, me)
      .where('position', '<', position)
      .update({ position, failures: 0, last_error: null, updated_at: new Date().toISOString(), claimed_until: later(leaseMs) }),
  );
  return moved === 1;
}

/**
 * Keeps the failure beside the cursor (which stays), and the lease until the retry: the
 * other processes wait for it too, so the back-off holds across processes.
 */
export async function saveFailure(strapi: Core.Strapi, listener: string, me: string, failures: number, error: string, retryInMs: number): Promise<void> {
  await onTable(strapi, CURSORS_TABLE, (q) =>
    held(q, listener, me).update({ failures, last_error: error, updated_at: new Date().toISOString(), claimed_until: later(retryInMs) }),
  );
}

/** Gives the lease up: the next process woken (by its own commit, or its periodic pass) takes it. */
export async function releaseListener(strapi: Core.Strapi, listener: string, me: string): Promise<void> {
  await onTable(strapi, CURSORS_TABLE, (q) => held(q, listener, me).update({ claimed_by: null, claimed_until: null }));
}
