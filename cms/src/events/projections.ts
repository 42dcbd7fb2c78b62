/**
 * Projections: tables kept from the event log (a fold of its events), which can therefore be
 * made again from it. A rule change (in `../workflow/states.ts`, say) reaches old rows only by a
 * rebuild; so does a row broken by hand. `npm run -w cms rebuild-projections` rebuilds each
 * projection an entry of `../features.ts` lists.
 */
import type { Core } from '@strapi/strapi';
import { onTable } from '../database/own-tables';
import { CURSORS_TABLE } from './cursors';
import type { DocumentEvent } from './event';
import { holdAppends, readEvents, type Transaction } from './log';

export interface Projection {
  /** The table it keeps. */
  table: string;
  /** Empties the table and makes it again from the whole log, in `trx`; returns what it did, in a few words. */
  rebuild(strapi: Core.Strapi, trx: Transaction): Promise<string>;
}

/** Hands every event of the log to `visit`, oldest first, read in `trx`. */
export async function forEachEvent(strapi: Core.Strapi, trx: Transaction, visit: (event: DocumentEvent) => void | Promise<void>): Promise<void> {
  for (let position = 0; ; ) {
    const batch = await readEvents(strapi, position, 1_000, trx);
    if (!batch.length) return;
    for (const event of batch) await visit(event);
    position = batch[batch.length - 1]!.id;
  }
}

/**
 * Rebuilds each projection in a transaction of its own, with appends to the log held until it
 * commits: no write lands between the read of the log and the new rows, and readers see the old
 * rows or the new ones, never an empty table.
 */
export async function rebuildProjections(strapi: Core.Strapi, projections: readonly Projection[]): Promise<{ table: string; outcome: string }[]> {
  const done: { table: string; outcome: string }[] = [];
  for (const projection of projections) {
    const outcome = (await strapi.db.transaction(async ({ trx }: { trx: Transaction }) => {
      await holdAppends(strapi, trx);
      return projection.rebuild(strapi, trx);
    })) as string;
    done.push({ table: projection.table, outcome });
  }
  return done;
}

/**
 * A projection its listener keeps (the press change feed): emptied, and the listener's cursor
 * set back to the log's start with its lease dropped, so that the listener makes it again after
 * commit, in whichever process takes the lease. Until it has caught up, the table is partial.
 */
export function keptByListener(listener: string, table: string): Projection {
  return {
    table,
    async rebuild(strapi, trx) {
      await onTable(strapi, table, (q) => q.delete(), trx);
      await onTable(
        strapi,
        CURSORS_TABLE,
        (q) => q.where({ listener }).update({ position: 0, failures: 0, last_error: null, claimed_by: null, claimed_until: null, updated_at: new Date().toISOString() }),
        trx,
      );
      return `emptied; the listener "${listener}" makes it again from the event log`;
    },
  };
}
