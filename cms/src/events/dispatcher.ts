/**
 * Delivers the event log to listeners, after the writes have committed: each listener reads
 * from its own cursor, in id order, one event at a time, and its cursor moves only once it
 * has handled the event. A listener that throws keeps its cursor, is retried later (sooner
 * the first times), and blocks nobody else. Delivery is at least once: a crash between a
 * listener's work and its cursor update hands it the event again, so listeners are idempotent
 * (the event id is their key).
 *
 * With several CMS processes, one process at a time delivers to a listener: it takes the
 * listener's lease before it reads the cursor, renews it with every step of the cursor, and
 * gives it up when it has caught up (`cursors.ts`). A process that finds the lease taken leaves
 * the listener to its holder, and looks again at its next pass.
 *
 * Woken on every commit; a periodic pass also retries failed listeners and picks up events
 * committed by another CMS process. Starting catches every listener up from its cursor.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Core } from '@strapi/strapi';
import { Loop } from '../shared/loop';
import { claimListener, releaseListener, saveFailure, saveProgress } from './cursors';
import type { DocumentEvent } from './event';
import { latestEventId, readEvents } from './log';

export interface Listener {
  /** Stable: the cursor is stored under it, so renaming a listener replays the log to it. */
  name: string;
  /** `strapi` is the instance delivering (tests run several in one process: no global). */
  handle(event: DocumentEvent, strapi: Core.Strapi): Promise<void> | void;
  /**
   * Takes each read of the log (up to `batchSize` events, in order) at once instead of `handle`
   * one by one: for a listener whose cost is per message, not per event (the site publisher's
   * notifier: one message for a backlog of a hundred). All or nothing: if it throws, the cursor
   * stays before the batch's first event and the batch is handed again.
   */
  handleBatch?(events: DocumentEvent[], strapi: Core.Strapi): Promise<void>;
  /**
   * The longest wait between retries of this listener, if shorter than the dispatcher's: one
   * that tells another service (the site publisher) should reach it soon after it is back.
   */
  retryMaxMs?: number;
  /**
   * It keeps state of this process only (a cache of answers): every process delivers every
   * event to it, from where the log stood when delivery began, and no cursor is stored, since
   * that state starts empty at each start. A shared cursor would let one process take events
   * that another process's state needed.
   */
  local?: boolean;
}

export interface DispatchOptions {
  /** How often the periodic pass runs. */
  pollMs: number;
  /** The first retry of a failing listener waits this long, doubling up to `retryMaxMs`. */
  retryBaseMs: number;
  retryMaxMs: number;
  batchSize: number;
  /**
   * How long a listener's lease lasts without a step of its cursor: longer than any one
   * `handle` takes, or another process may take the listener over and handle that event again.
   */
  leaseMs: number;
}

interface State {
  listener: Listener;
  /** The delivery under way, if any: one at a time per listener keeps the order. */
  running: Promise<void> | null;
  /** Woken while running: look again once done. */
  again: boolean;
  failures: number;
  retryAt: number;
  /** A local listener's position, in memory; undefined until its first delivery reads the log's end. */
  position?: number;
}

export class Dispatcher {
  private readonly states = new Map<string, State>();
  private started = false;
  /** The periodic pass: wakes every listener (retries, and events committed by another process). */
  private readonly poll: Loop;
  /**
   * Deliveries run in the context the dispatcher was made in (the CMS's register phase), not
   * in the committing writer's: a listener must not inherit the writer's request, system task
   * or open transaction, or what it writes would be attributed to them.
   */
  private readonly detached = AsyncLocalStorage.snapshot();
  /** Who holds a lease: this dispatcher (tests run several CMS instances in one process). */
  private readonly me = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly options: DispatchOptions,
  ) {
    this.poll = new Loop(options.pollMs, async () => this.wake(), (error) => strapi.log.error(`[events] periodic pass failed: ${String(error)}`));
  }

  register(listener: Listener): void {
    if (this.states.has(listener.name)) throw new Error(`an event listener named "${listener.name}" is already registered`);
    const state: State = { listener, running: null, again: false, failures: 0, retryAt: 0 };
    this.states.set(listener.name, state);
    if (this.started) this.deliver(state);
  }

  /** Catches every listener up, then keeps delivering. */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    // Local listeners begin where the log stands: their state (a cache) is empty at start.
    const latest = await latestEventId(this.strapi);
    for (const state of this.states.values()) if (state.listener.local) state.position ??= latest;
    this.poll.start();
  }

  /** Something was committed (or time has passed): deliver to every listener not waiting to retry. */
  wake(): void {
    if (!this.started || this.stopped) return;
    const now = Date.now();
    for (const state of this.states.values()) if (state.retryAt <= now) this.deliver(state);
  }

  private get stopped(): boolean {
    return this.poll.stopped;
  }

  /** Resolves once no delivery is under way (for shutdown and tests). */
  async idle(): Promise<void> {
    for (;;) {
      const running = [...this.states.values()].map((s) => s.running).filter((p): p is Promise<void> => p !== null);
      if (!running.length) return;
      await Promise.all(running);
    }
  }

  async stop(): Promise<void> {
    await this.poll.stop();
    await this.idle();
    // A lease kept for a failed listener's retry: another process may retry it now.
    if (!this.started) return;
    for (const { listener } of this.states.values()) if (!listener.local) await releaseListener(this.strapi, listener.name, this.me);
  }

  private deliver(state: State): void {
    if (state.running) {
      state.again = true;
      return;
    }
    state.running = this.detached(() => this.drain(state))
      .catch((error: unknown) => {
        // The log or the cursor could not be read or written (the database is away): the
        // periodic pass tries again; nothing is lost, the cursor did not move.
        this.strapi.log.error(`[events] delivery to "${state.listener.name}" stopped: ${String(error)}`);
      })
      .finally(() => {
        state.running = null;
        if (state.again && state.retryAt <= Date.now()) this.deliver(state);
      });
  }

  private async drain(state: State): Promise<void> {
    if (state.listener.local) {
      await this.deliverFrom(state, (state.position ??= await latestEventId(this.strapi)));
      return;
    }
    const { name } = state.listener;
    const position = await claimListener(this.strapi, name, this.me, this.options.leaseMs);
    // Another process delivers to it now.
    if (position === null) return;
    let keepLease = false;
    try {
      keepLease = !(await this.deliverFrom(state, position));
    } finally {
      // A failed listener's lease is kept until its retry (saveFailure): every process waits.
      if (!keepLease) await releaseListener(this.strapi, name, this.me);
    }
  }

  /** Hands the listener its events from `position` on; false if it failed on one. */
  private async deliverFrom(state: State, from: number): Promise<boolean> {
    const { listener } = state;
    let position = from;
    do {
      state.again = false;
      for (;;) {
        const batch = await readEvents(this.strapi, position, this.options.batchSize);
        if (!batch.length) break;
        const steps = listener.handleBatch ? [batch] : batch.map((event) => [event]);
        for (const events of steps) {
          if (this.stopped) return true;
          try {
            if (listener.handleBatch) await listener.handleBatch(events, this.strapi);
            else await listener.handle(events[0]!, this.strapi);
          } catch (error) {
            await this.failed(state, events[0]!, error, events.length);
            return false;
          }
          const event = events[events.length - 1]!;
          position = event.id;
          state.failures = 0;
          state.retryAt = 0;
          if (listener.local) state.position = position;
          else if (!(await saveProgress(this.strapi, listener.name, this.me, position, this.options.leaseMs))) {
            // The lease expired while `handle` ran, and another process took the listener.
            this.strapi.log.warn(`[events] listener "${listener.name}" was taken over by another process after event ${event.id}`);
            return true;
          }
        }
      }
    } while (state.again && !this.stopped);
    return true;
  }

  /** `event` failed, or the batch of `count` events it begins. */
  private async failed(state: State, event: DocumentEvent, error: unknown, count = 1): Promise<void> {
    state.failures += 1;
    const wait = Math.min(this.options.retryBaseMs * 2 ** (state.failures - 1), this.options.retryMaxMs, state.listener.retryMaxMs ?? Infinity);
    state.retryAt = Date.now() + wait;
    state.again = false;
    const message = error instanceof Error ? error.message : String(error);
    this.strapi.log.warn(
      `[events] listener "${state.listener.name}" failed on event ${event.id} (${event.action} ${event.type} ${event.documentId} ${event.locale}${count > 1 ? `, the first of ${count}` : ''}), ` +
        `attempt ${state.failures}; retrying in ${wait} ms: ${message}`,
    );
    if (!state.listener.local) await saveFailure(this.strapi, state.listener.name, this.me, state.failures, message, wait);
  }
}
