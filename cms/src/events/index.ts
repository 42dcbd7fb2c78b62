/**
 * The one event point of our documents. `register` puts the recorder in front of every
 * Document Service write and registers the listeners; `start` (bootstrap) creates the tables
 * and begins delivery; `stop` (destroy) waits for deliveries under way.
 *
 * The dispatcher is a service of the Strapi instance (its container), not a module singleton:
 * the tests boot several instances in one process.
 */
import type { Core } from '@strapi/strapi';
import { ensureCursors } from './cursors';
import { Dispatcher, type DispatchOptions, type Listener } from './dispatcher';
import type { NewEvent } from './event';
import { LISTENERS } from './listeners';
import { ensureEventLog } from './log';
import { eventPointMiddleware, recordWrite as recordInFrame, type FrameHooks } from './recorder';
import type { Transaction } from './log';

export { ACTIONS, EMITTED_ACTIONS, WORKFLOW_ACTIONS, type Action, type Actor, type Cause, type DocumentEvent, type ScheduleNote } from './event';
export type { Listener } from './dispatcher';
export type { NewEvent } from './event';
export type { Transaction } from './log';
export { asAdminUser, asSystem } from './actor';
export { causedBy, remarked, type Remark } from './recorder';
export { hasEventsBy, readDocumentEvents, readPublishes } from './log';

const SERVICE = 'document-events';
const HOOKS = 'document-event-hooks';

/**
 * Updates state that must change in the transaction of the write itself (the workflow's state
 * of a document): called with the write's events just before they are appended. Throwing rolls
 * the write back.
 */
export type Projection = (trx: Transaction, events: readonly NewEvent[], at: Date) => Promise<void>;

class Hooks implements FrameHooks {
  readonly projections: Projection[] = [];
  constructor(private readonly dispatcher: Dispatcher) {}
  async project(trx: Transaction, events: NewEvent[], at: Date): Promise<void> {
    for (const projection of this.projections) await projection(trx, events, at);
  }
  committed(): void {
    this.dispatcher.wake();
  }
}

/** config/events.ts sets the timings; these stand when it is absent. */
const DEFAULTS: DispatchOptions = { pollMs: 5_000, retryBaseMs: 5_000, retryMaxMs: 10 * 60_000, batchSize: 100 };

function dispatcherOf(strapi: Core.Strapi): Dispatcher {
  return strapi.get<Dispatcher>(SERVICE);
}

export function registerEventPoint(strapi: Core.Strapi): void {
  const options = { ...DEFAULTS, ...strapi.config.get<Partial<DispatchOptions>>('events', {}) };
  const dispatcher = new Dispatcher(strapi, options);
  const hooks = new Hooks(dispatcher);
  strapi.add(SERVICE, dispatcher);
  strapi.add(HOOKS, hooks);
  strapi.documents.use(eventPointMiddleware(strapi, hooks));
  for (const listener of LISTENERS) dispatcher.register(listener);
}

export async function startEventPoint(strapi: Core.Strapi): Promise<void> {
  await ensureEventLog(strapi);
  await ensureCursors(strapi);
  dispatcherOf(strapi).start();
}

export async function stopEventPoint(strapi: Core.Strapi): Promise<void> {
  await dispatcherOf(strapi).stop();
}

/** Adds a listener; one added after start catches up from its stored cursor (the start for a new one). */
export function registerListener(strapi: Core.Strapi, listener: Listener): void {
  dispatcherOf(strapi).register(listener);
}

/** Adds a projection (at register: before anything writes). */
export function registerProjection(strapi: Core.Strapi, projection: Projection): void {
  strapi.get<Hooks>(HOOKS).projections.push(projection);
}

/** Records a write to one of our documents that does not pass the Document Service. */
export function recordWrite(strapi: Core.Strapi, change: Omit<NewEvent, 'actor'>): Promise<void> {
  return recordInFrame(strapi, strapi.get<Hooks>(HOOKS), change);
}
