/**
 * The one event point of our documents. `register` puts the recorder in front of every
 * Document Service write; `start` (bootstrap) begins delivery; `stop` (destroy) waits for
 * deliveries under way. It knows no listener and no hook: the composition root
 * (../features.ts) hands them in with `registerListener` and `onRecorded`.
 *
 * The dispatcher is a service of the Strapi instance (its container), not a module singleton:
 * the tests boot several instances in one process.
 */
import type { Core } from '@strapi/strapi';
import { Dispatcher, type DispatchOptions, type Listener } from './dispatcher';
import type { NewEvent } from './event';
import { eventPointMiddleware, recordWrite as recordInFrame, type EventPointHooks, type RecordedHook } from './recorder';

export { ACTIONS, EMITTED_ACTIONS, WORKFLOW_ACTIONS, type Action, type Actor, type Cause, type DocumentEvent, type ScheduleNote } from './event';
export type { Listener } from './dispatcher';
export type { NewEvent } from './event';
export type { Transaction } from './log';
export { asAdminUser, asSystem, currentActor } from './actor';
export { causedBy, recordedAs, remarked, type RecordedHook, type Remark } from './recorder';
export { hasEventsBy, lastLiveChangeAt, readDocumentEvents, readPublishes } from './log';
export { forEachEvent, keptByListener, rebuildProjections, type Projection } from './projections';

const SERVICE = 'document-events';
const HOOKS = 'document-events.hooks';

/** config/events.ts sets the timings; these stand when it is absent. */
const DEFAULTS: DispatchOptions = { pollMs: 5_000, retryBaseMs: 5_000, retryMaxMs: 10 * 60_000, batchSize: 100, leaseMs: 60_000 };

function dispatcherOf(strapi: Core.Strapi): Dispatcher {
  return strapi.get<Dispatcher>(SERVICE);
}

function hooksOf(strapi: Core.Strapi): EventPointHooks {
  return strapi.get<EventPointHooks>(HOOKS);
}

export function registerEventPoint(strapi: Core.Strapi): void {
  const options = { ...DEFAULTS, ...strapi.config.get<Partial<DispatchOptions>>('events', {}) };
  const dispatcher = new Dispatcher(strapi, options);
  const hooks: EventPointHooks = { recorded: [], committed: () => dispatcher.wake() };
  strapi.add(SERVICE, dispatcher);
  strapi.add(HOOKS, hooks);
  strapi.documents.use(eventPointMiddleware(strapi, hooks));
}

/**
 * Runs `hook` in every write's transaction, with its events just recorded: only for what must
 * be exactly the state that write commits (a listener runs later and may see a later state).
 * A hook that throws fails the write. Anything that can wait is a listener.
 */
export function onRecorded(strapi: Core.Strapi, hook: RecordedHook): void {
  hooksOf(strapi).recorded.push(hook);
}

export async function startEventPoint(strapi: Core.Strapi): Promise<void> {
  await dispatcherOf(strapi).start();
}

export async function stopEventPoint(strapi: Core.Strapi): Promise<void> {
  await dispatcherOf(strapi).stop();
}

/** Adds a listener; one added after start catches up from its stored cursor (the start for a new one). */
export function registerListener(strapi: Core.Strapi, listener: Listener): void {
  dispatcherOf(strapi).register(listener);
}

/** Records a write to one of our documents that does not pass the Document Service. */
export function recordWrite(strapi: Core.Strapi, change: Omit<NewEvent, 'actor'>): Promise<void> {
  return recordInFrame(strapi, hooksOf(strapi), change);
}
