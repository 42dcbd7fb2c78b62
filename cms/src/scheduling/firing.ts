/**
 * The scheduler loop, in every CMS process: each pass claims the next due pending schedule and
 * fires it in one database transaction with the Document Service publish/unpublish it makes
 * (Strapi's own transaction and the event point's join the open one: `strapi.db.transaction`
 * nests) and with the schedule's change to `fired`. Either all of it commits or none of it:
 *
 * - two processes never fire one schedule: the claim locks the row (`FOR UPDATE SKIP LOCKED`
 *   on PostgreSQL) and re-checks that it is still pending, so the second skips it while the
 *   first fires, and sees it fired (or cancelled) afterwards;
 * - a process that dies mid-fire loses its connection, PostgreSQL rolls its transaction back,
 *   and the schedule is pending again for another process or for this one after its restart;
 * - after downtime, the first pass at start fires what came due meanwhile (catch-up).
 *
 * SQLite has one writer at a time: run a single CMS process on it.
 *
 * A fire that fails (the document no longer validates, the database timed out) rolls back, is
 * retried after `retryMs`, and after `maxAttempts` failures ends `refused` with the error, so
 * that one broken schedule does not hold up the others for ever.
 */
import { unlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import type { Core, UID } from '@strapi/strapi';
import { uidOf } from '@cchc/content-types';
import { asSystem } from '../events';
import type { Transaction } from '../events/log';
import { mayFire } from './guard';
import { Loop } from '../shared/loop';
import { recordScheduleChange } from './record';
import { claimDue, schedules, settle, type Schedule } from './table';

export interface SchedulerOptions {
  pollMs: number;
  retryMs: number;
  maxAttempts: number;
  /** Test-only: see config/scheduling.ts. */
  testPauseFile: string;
}

type TransactionTools = { trx: Transaction };

/** The Document Service call a schedule stands for. */
async function perform(strapi: Core.Strapi, schedule: Schedule): Promise<void> {
  const uid = uidOf(schedule.type) as UID.ContentType;
  const { documentId, locale } = schedule;
  const docs = strapi.documents(uid);
  if (schedule.action === 'unpublish') {
    await docs.unpublish({ documentId, locale } as never);
    return;
  }
  // Major or minor is the editor's say on a republish; a first publish is major by itself.
  const republish = (await strapi.db.query(uid).count({ where: { documentId, locale, publishedAt: { $notNull: true } } })) > 0;
  await docs.publish({
    documentId,
    locale,
    ...(republish && schedule.major !== null ? { major: schedule.major } : {}),
    ...(schedule.changeNote ? { changeNote: schedule.changeNote } : {}),
  } as never);
}

export class Scheduler {
  /** Written into `fired_by`. */
  readonly processName = `${hostname()}:${process.pid}`;
  // A failed claim (the database is away) fired nothing: the next pass retries.
  private readonly loop: Loop;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly options: SchedulerOptions,
  ) {
    this.loop = new Loop(options.pollMs, () => this.pass(), (error) => strapi.log.error(`[scheduler] pass stopped: ${String(error)}`));
  }

  /** Fires what is due now (catch-up), then looks again every `pollMs`. */
  start(): void {
    this.loop.start();
  }

  wake(): void {
    this.loop.wake();
  }

  /** Resolves once no pass is under way (for shutdown and tests). */
  idle(): Promise<void> {
    return this.loop.idle();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  private async pass(): Promise<void> {
    while (!this.loop.stopped && (await this.fireNext())) {
      // one schedule per transaction: a failing one rolls back alone
    }
  }

  /** Claims and fires one due schedule; false when none is due. */
  private async fireNext(): Promise<boolean> {
    const claimed: { schedule: Schedule | null } = { schedule: null };
    try {
      return await asSystem('scheduler', () =>
        this.strapi.db.transaction(async ({ trx }: TransactionTools) => {
          claimed.schedule = await claimDue(this.strapi, trx, new Date());
          if (!claimed.schedule) return false;
          await this.fire(trx, claimed.schedule);
          return true;
        }),
      );
    } catch (error) {
      if (!claimed.schedule) throw error;
      await this.failed(claimed.schedule, error);
      return true;
    }
  }

  private async fire(trx: Transaction, schedule: Schedule): Promise<void> {
    const refusal = await mayFire(this.strapi, schedule);
    if (refusal !== null) {
      await settle(this.strapi, trx, schedule.id, { state: 'refused', outcome: refusal, firedBy: this.processName });
      await recordScheduleChange(this.strapi, schedule, 'refuse');
      return;
    }
    await perform(this.strapi, schedule);
    await settle(this.strapi, trx, schedule.id, { state: 'fired', outcome: null, firedBy: this.processName });
    await this.pauseForTest(schedule);
  }

  /** Counts a failed attempt in a transaction of its own; refuses the schedule after the last. */
  private async failed(schedule: Schedule, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    const attempts = schedule.attempts + 1;
    this.strapi.log.warn(`[scheduler] schedule ${schedule.id} (${schedule.action} ${schedule.type} ${schedule.documentId} ${schedule.locale}) failed, attempt ${attempts}: ${message}`);
    await asSystem('scheduler', () =>
      this.strapi.db.transaction(async ({ trx }: TransactionTools) => {
        if (attempts < this.options.maxAttempts) {
          await schedules(
            this.strapi,
            (q) => q.where({ id: schedule.id, state: 'pending' }).update({ attempts, outcome: message, retry_at: new Date(Date.now() + this.options.retryMs).toISOString() }),
            trx,
          );
          return;
        }
        const outcome = `Không thực hiện được sau ${attempts} lần thử: ${message}`;
        await schedules(this.strapi, (q) => q.where({ id: schedule.id, state: 'pending' }).update({ attempts }), trx);
        // Another process may have fired it meanwhile: then there is nothing to refuse.
        if (await settle(this.strapi, trx, schedule.id, { state: 'refused', outcome, firedBy: this.processName })) {
          await recordScheduleChange(this.strapi, schedule, 'refuse');
        }
      }),
    );
  }

  /**
   * Test-only (NODE_ENV=test): the first process to remove the marker file stops here, with the
   * publish and the state change written but not committed, so that a test can kill it.
   */
  private async pauseForTest(schedule: Schedule): Promise<void> {
    if (!this.options.testPauseFile) return;
    try {
      unlinkSync(this.options.testPauseFile);
    } catch {
      return; // another process took it, or there is none
    }
    console.log(`SCHEDULER_PAUSED ${schedule.id} ${process.pid}`);
    await new Promise((resume) => setTimeout(resume, 10 * 60_000));
  }
}
