/**
 * The event point: a Document Service middleware, outermost of ours, that turns every write to
 * one of our types into events appended in the same database transaction as the write. Strapi
 * opens its transaction inside each action, below the middlewares; this one opens it first, so
 * Strapi's joins it (`strapi.db.transaction` nests) and so do our other middlewares' queries.
 * A write that fails rolls back its events with it; the dispatcher is woken only on commit.
 *
 * Writes made on behalf of the caller's write (a nested Document Service call, or a direct
 * `strapi.db.query` write reported with `recordWrite`) join the same transaction and come after
 * the caller's own events, each with its cause.
 *
 * Once the events are appended, still in that transaction, the hooks registered with
 * `onRecorded` get them with their ids: for what must record exactly the state that the write
 * commits (the history's versions), which a listener, running later, could not see any more.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core, UID } from '@strapi/strapi';
import { MODEL_TYPES, uidOf } from '@cchc/content-types';
import { currentActor } from './actor';
import { changesOf, isWriteAction, needsBefore, takePublishNote, type Before, type WriteParams } from './document-actions';
import type { Action, Actor, Cause, DocumentEvent, NewEvent } from './event';
import { appendEvents, type Transaction } from './log';

const TYPE_OF_UID = new Map<string, string>(MODEL_TYPES.map((t) => [uidOf(t.name), t.name]));

/** The events of one outermost write, collected until its transaction ends. */
interface Frame {
  actor: Actor;
  events: NewEvent[];
  /** Appended: work that outlives the frame (a callback fired later) must open its own. */
  closed: boolean;
}

const frames = new AsyncLocalStorage<Frame>();
const causes = new AsyncLocalStorage<Cause>();
const remarks = new AsyncLocalStorage<Remark>();
const recordedAction = new AsyncLocalStorage<RecordedAs>();

/** What a person said with a change, carried onto the events of the writes it makes. */
export type Remark = Pick<NewEvent, 'note' | 'override'>;

/** Runs `work`, whose writes are made on behalf of another write, as caused by `cause`. */
export function causedBy<T>(cause: Cause, work: () => Promise<T>): Promise<T> {
  return causes.run(cause, work);
}

/**
 * Runs `work` with the words a person gave for it (a withdrawal's public reason, an override's
 * reason): the events of its own writes carry them. The workflow's transitions use it around
 * the Document Service publish and unpublish they make.
 */
export function remarked<T>(remark: Remark, work: () => Promise<T>): Promise<T> {
  return remarks.run(remark, work);
}

/** The actions a caller may give its own draft writes instead of `create`/`update`. */
export type RecordedAs = Extract<Action, 'restore'>;

/**
 * Runs `work` (a Document Service `update`, say) and records the caller's own draft writes in
 * it as `action`: a restore of a version is an edit of the draft for whoever reads drafts (the
 * workflow), and a `restore` for whoever reads the log. Writes made on its behalf (relations
 * copied to other translations) keep their action and cause.
 */
export function recordedAs<T>(action: RecordedAs, work: () => Promise<T>): Promise<T> {
  return recordedAction.run(action, work);
}

/**
 * Runs in the write's transaction with the events just appended; throwing rolls the write back.
 * The workflow's state (a projection of the events) and the history's versions (the content a
 * publish made live) are kept this way.
 */
/** `strapi` is the instance writing (tests run several in one process: no global). */
export type RecordedHook = (events: DocumentEvent[], trx: Transaction, strapi: Core.Strapi) => Promise<void>;

/** What the event point does around the transaction: hooks inside it, a wake-up after commit. */
export interface EventPointHooks {
  recorded: RecordedHook[];
  committed: () => void;
}

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];
type TransactionTools = { trx: Transaction; onCommit: (callback: () => void) => void };

/** Opens the transaction and frame of an outermost write, and appends its events at the end. */
async function inFrame<T>(strapi: Core.Strapi, hooks: EventPointHooks, work: () => Promise<T>): Promise<T> {
  const open = frames.getStore();
  if (open && !open.closed) return work();
  return strapi.db.transaction(async ({ trx, onCommit }: TransactionTools) => {
    const frame: Frame = { actor: currentActor(strapi), events: [], closed: false };
    const result = await frames.run(frame, work);
    frame.closed = true;
    const recorded = await appendEvents(strapi, trx, frame.events, new Date());
    if (!recorded.length) return result;
    for (const hook of hooks.recorded) await hook(recorded, trx, strapi);
    onCommit(hooks.committed);
    return result;
  });
}

/** The caller's own create/update, inside `recordedAs`, is recorded as that action. */
function recordedActionOf(action: Action, cause: Cause | undefined): Action {
  const as = recordedAction.getStore();
  return as && !cause && (action === 'update' || action === 'create') ? as : action;
}

async function beforeWrite(strapi: Core.Strapi, uid: string, documentId: string): Promise<Before> {
  const rows = (await strapi.db
    .query(uid as UID.Schema)
    .findMany({ where: { documentId }, select: ['locale', 'publishedAt'] })) as { locale: string; publishedAt: string | null }[];
  return {
    locales: new Set(rows.map((r) => r.locale)),
    published: new Set(rows.filter((r) => r.publishedAt).map((r) => r.locale)),
  };
}

export function eventPointMiddleware(strapi: Core.Strapi, hooks: EventPointHooks): DocumentMiddleware {
  return async (context, next) => {
    const type = TYPE_OF_UID.get(context.uid);
    if (!type || !isWriteAction(context.action)) return next();
    const action = context.action;
    const params = context.params as WriteParams;
    const asked = takePublishNote(params);

    return inFrame(strapi, hooks, async () => {
      const frame = frames.getStore()!; // the one inFrame opened or joined
      const before = needsBefore(action, params) ? await beforeWrite(strapi, context.uid, params.documentId!) : null;
      // Events of writes made during this one (on its behalf) land after this mark.
      const mark = frame.events.length;
      const result = await next();
      const cause = causes.getStore();
      // A remark belongs to the write it was given for, not to the copies made on its behalf.
      const remark = cause ? undefined : remarks.getStore();
      const own = changesOf(action, params, result, before, asked).map(
        (change): NewEvent => ({
          ...change,
          action: recordedActionOf(change.action, cause),
          type,
          actor: frame.actor,
          ...(cause ? { cause } : {}),
          ...withoutEmpty(remark),
        }),
      );
      frame.events.splice(mark, 0, ...own);
      return result;
    });
  };
}

function withoutEmpty(remark: Remark | undefined): Remark {
  const out: Remark = {};
  if (remark?.note) out.note = remark.note;
  if (remark?.override) out.override = true;
  return out;
}

/** For a write that does not pass the Document Service: records it as an event all the same. */
export async function recordWrite(
  strapi: Core.Strapi,
  hooks: EventPointHooks,
  change: Omit<NewEvent, 'actor'>,
): Promise<void> {
  await inFrame(strapi, hooks, async () => {
    const frame = frames.getStore()!;
    frame.events.push({ ...change, actor: frame.actor });
  });
}
