/**
 * The retention job: each personal-data type declares how many days its documents are kept
 * (`capabilities.personalData.retentionDays`); a document older than that is erased as a person's
 * is (`eraseDocuments`: deleted in every locale and state through the Document Service), and the
 * erasure is recorded with the reason `retention`, counts only.
 *
 * "Older than" is measured from the document's creation: the earliest `createdAt` of its rows,
 * in any locale and state, which is when the data came into the CMS. Not `updatedAt`: answering
 * or correcting a question must not keep the asker's data longer than the notice said. Not a
 * date field of the type: an editor can set it, and not every type has one. (README.md, ADR 009.)
 *
 * A loop in every CMS process (`pollMs`; its first pass at start catches up after downtime), but
 * one pass at a time across them: each pass is one transaction that first takes a PostgreSQL
 * advisory lock with `pg_try_advisory_xact_lock`. A process that does not get it skips the
 * pass: another is erasing, and once it commits nothing it erased is left to find. The lock
 * goes with the commit, or with the connection of a process that died mid-pass (which rolls the
 * whole pass back, record included). No table to claim: there is no row per run, and the
 * erasures themselves are the record. SQLite: one process, no lock.
 *
 * A pass erases at most `batch` documents' rows per type (a transaction that deletes holds the
 * event log's append lock until it commits); when a type had more, the loop runs again at once.
 */
import type { Core, UID } from '@strapi/strapi';
import { typesWith, uidOf } from '@cchc/content-types';
import { asSystem, currentActor, type Transaction } from '../events';
import { Loop } from '../shared/loop';
import { eraseDocuments } from './erase';
import { recordErasure, type Erasure } from './erasures';

export interface RetentionOptions {
  /** How often every CMS process looks for documents past their retention (ms). */
  pollMs: number;
  /** At most this many rows of each type in one pass (one transaction). */
  batch: number;
}

/** Any constant, apart from the event log's, the migrations' and the start's: the advisory lock's key. */
const RETENTION_LOCK = 7_020_004;
const DAY_MS = 24 * 60 * 60 * 1000;

export const RETENTION_SERVICE = 'personal-data-retention';

/** What one pass did: the erasure it recorded (null: nothing was past retention, or another process had the turn). */
export interface RetentionPass {
  /** False when another process held the turn, so this one looked at nothing. */
  ran: boolean;
  erasure: Erasure | null;
  /** Some type had more than `batch` rows past retention: another pass follows at once. */
  more: boolean;
}

/** Whether this transaction has the job's turn (PostgreSQL); SQLite runs one process. */
async function takeTurn(strapi: Core.Strapi, trx: Transaction): Promise<boolean> {
  if (strapi.db.dialect.client !== 'postgres') return true;
  const result = (await trx.raw('SELECT pg_try_advisory_xact_lock(?) AS won', [RETENTION_LOCK])) as { rows: { won: boolean }[] };
  return result.rows[0]?.won === true;
}

/** The documents of each personal-data type created before its retention began, `batch` rows at most. */
async function pastRetention(strapi: Core.Strapi, now: Date, batch: number): Promise<{ documents: Record<string, string[]>; more: boolean }> {
  const documents: Record<string, string[]> = {};
  let more = false;
  for (const type of typesWith('personalData')) {
    const since = new Date(now.getTime() - type.capabilities.personalData!.retentionDays * DAY_MS);
    // A document is as old as its oldest row: any row created before `since` makes it due.
    const rows = (await strapi.db.query(uidOf(type.name) as UID.Schema).findMany({
      where: { createdAt: { $lt: since } },
      select: ['documentId'],
      orderBy: { id: 'asc' },
      limit: batch,
    })) as { documentId: string }[];
    if (rows.length === batch) more = true;
    if (rows.length) documents[type.name] = [...new Set(rows.map((r) => r.documentId))];
  }
  return { documents, more };
}

/** One pass, in one transaction: erase what is past retention and record it, if this process has the turn. */
export function erasePastRetention(strapi: Core.Strapi, options: Pick<RetentionOptions, 'batch'>, now = new Date()): Promise<RetentionPass> {
  return asSystem('retention', async () => {
    const done = await strapi.db.transaction(async ({ trx }: { trx: Transaction }): Promise<RetentionPass> => {
      if (!(await takeTurn(strapi, trx))) return { ran: false, erasure: null, more: false };
      const { documents, more } = await pastRetention(strapi, now, options.batch);
      if (!Object.keys(documents).length) return { ran: true, erasure: null, more: false };
      const erased = await eraseDocuments(strapi, documents);
      return { ran: true, erasure: await recordErasure(strapi, 'retention', currentActor(strapi), erased), more };
    });
    return done as RetentionPass;
  });
}

/** The job of one CMS process: a service of the instance (`strapi.get(RETENTION_SERVICE)`), as the scheduler is. */
export class RetentionJob {
  private readonly loop: Loop;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly options: RetentionOptions,
  ) {
    this.loop = new Loop(options.pollMs, async () => void (await this.pass()), (error) => strapi.log.error(`[retention] pass stopped: ${String(error)}`));
  }

  /** Erases what is past retention now (catch-up), then looks again every `pollMs`. */
  start(): void {
    if (typesWith('personalData').length) this.loop.start();
  }

  /** Waits for a pass under way; no pass starts after. */
  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Resolves once no pass is under way. */
  idle(): Promise<void> {
    return this.loop.idle();
  }

  /** One pass (the loop's, or a caller's): another follows at once while there is more. */
  async pass(now = new Date()): Promise<RetentionPass> {
    const done = await erasePastRetention(this.strapi, this.options, now);
    if (done.more) this.loop.wake();
    return done;
  }
}
