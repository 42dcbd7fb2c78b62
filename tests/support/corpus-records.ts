/**
 * What the CMS records of a change beside the content, for translations the bulk path has just
 * written, in the same transaction: one event per change in `document_events` (with the event
 * log's own append, so ids keep commit order), and what derives from the events:
 *  - in the write's transaction on the slow path (`onRecorded` hooks): the workflow's record
 *    (`workflow_states`: folded with the workflow's own `afterEvent`, kept with its `saveRecord`)
 *    and a history version per publish (`document_versions`, with the history's own insert);
 *  - after commit on the slow path (listeners): the audit log's entry per event (`audit_log`, in
 *    batches, in the listener's row layout) and the press change feed (`press_changes`: decided
 *    by the feed's own `classify`, kept with its `insertChange`). These two are written here, and
 *    their listeners' cursors moved past the events, so that the listeners do not replay ten
 *    thousand documents one event at a time after the corpus is written. The site publisher's
 *    notifier is left to deliver the events itself, as on the slow path: it sends messages, it
 *    keeps no record.
 * Slug redirects: none, since a first publish has no old slug. Webhook deliveries: the bulk path
 * refuses a database with webhook endpoints (see `refuseWebhooks`).
 */
import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES, isLiveAction, type LiveAction } from '@cchc/content-types';
import type { DocumentEvent, NewEvent, Transaction } from '../../cms/src/events';
import type { WorkflowRecord } from '../../cms/src/workflow/states';
import type { StoredChange } from '../../cms/src/press/changes/table';
import {
  AUDIT_TABLE, CURSORS_TABLE, ENDPOINTS_TABLE, PRESS_CHANGES_LISTENER, WORKFLOW_TYPES,
  afterEvent, appendEvents, classify, insertChange, insertVersions, onTable, recordBefore, saveRecord, withoutSecrets,
} from './corpus-cms';
import { insertRows, ROWS_PER_INSERT } from './corpus-rows';
import { versionContentOf, type Lookups, type Translation } from './corpus-translations';

/** Who the corpus's changes are by: the system, doing `corpus` (the slow path runs under `asSystem('corpus')`). */
export const CORPUS_ACTOR = { kind: 'system', reason: 'corpus' } as const;

const OWNED = new Set<string>(CONTENT_TYPES.map((t) => t.name));

/** Webhook deliveries are queued per endpoint by the feed's writer; the bulk path writes none, so it wants none to exist. */
export async function refuseWebhooks(strapi: Core.Strapi): Promise<void> {
  const endpoint = await onTable(strapi, ENDPOINTS_TABLE, (q) => q.first('id') as PromiseLike<unknown>);
  if (endpoint) throw new Error('bulk corpus: this database has press webhook endpoints, whose deliveries the bulk path does not queue; write the corpus through the Document Service');
}

/** A new translation, published: `create` then `publish` (a first publish is major), as the event point maps `status: 'published'`. */
function eventsOf(translation: Translation): NewEvent[] {
  const base = { type: translation.type, documentId: translation.documentId, locale: translation.locale, actor: CORPUS_ACTOR };
  return [
    { ...base, action: 'create' },
    { ...base, action: 'publish', publish: { major: true } },
  ];
}

async function appendAll(strapi: Core.Strapi, trx: Transaction, events: NewEvent[], at: Date): Promise<DocumentEvent[]> {
  const recorded: DocumentEvent[] = [];
  for (let i = 0; i < events.length; i += ROWS_PER_INSERT) recorded.push(...(await appendEvents(strapi, trx, events.slice(i, i + ROWS_PER_INSERT), at)));
  return recorded;
}

/** `cms/src/workflow/projection.ts`: each translation's record folded over its events. */
function workflowRecords(events: DocumentEvent[]): WorkflowRecord[] {
  const records = new Map<string, WorkflowRecord | null>();
  for (const event of events) {
    if (!WORKFLOW_TYPES.has(event.type)) continue;
    const key = `${event.type}|${event.documentId}|${event.locale}`;
    // The hook runs after the write, which published: a record it makes now starts live.
    const record = records.get(key) ?? recordBefore(event.type, event.documentId, event.locale, true);
    records.set(key, afterEvent(record, event, event.at));
  }
  return [...records.values()].filter((r): r is WorkflowRecord => r !== null);
}

/** `cms/src/audit/document-recorder.ts` and `store.ts`, for the system actor. */
function auditRows(events: DocumentEvent[], agencyOf: Map<string, string | null>) {
  return events.map((event) => {
    const { id, at, action, type, documentId, locale, actor, ...rest } = event;
    const details = Object.keys(rest).length ? JSON.stringify(withoutSecrets(rest)) : null;
    return {
      at: at.toISOString(),
      action: `document.${action}`,
      actor_kind: actor.kind,
      actor_id: null,
      actor_email: null,
      actor_name: actor.kind === 'system' ? actor.reason : null,
      subject_type: type,
      subject_id: documentId,
      locale,
      agency_document_id: OWNED.has(type) ? (agencyOf.get(documentId) ?? null) : null,
      details,
      source_event_id: id,
      ip: null,
    };
  });
}

/** `cms/src/press/changes/listener.ts`: the feed's entry of each event that is one, with the page's slug then. */
function pressChanges(events: DocumentEvent[], slugOf: Map<number, string>): StoredChange[] {
  const lastLive = new Map<string, LiveAction>();
  const changes: StoredChange[] = [];
  for (const event of events) {
    const key = `${event.type}|${event.documentId}|${event.locale}`;
    // New documents: nothing in the log before these events.
    const change = classify(event, lastLive.get(key));
    if (isLiveAction(event.action)) lastLive.set(key, event.action);
    if (!change) continue;
    const slug = change.change === 'created' || change.change === 'updated' ? slugOf.get(event.id) : undefined;
    changes.push(slug ? { ...change, slug } : change);
  }
  return changes;
}

/**
 * Moves a listener's cursor past these events when it had handled every event before them;
 * otherwise it is behind, and will replay them (its writers skip what is already there).
 */
async function moveCursor(strapi: Core.Strapi, listener: string, first: number, last: number): Promise<void> {
  const row = await onTable(strapi, CURSORS_TABLE, (q) => q.where({ listener }).first('position') as PromiseLike<{ position: number | string } | undefined>);
  if (Number(row?.position ?? 0) < first - 1) return;
  await onTable(strapi, CURSORS_TABLE, (q) =>
    q.insert({ listener, position: last, failures: 0, last_error: null, updated_at: new Date().toISOString() }).onConflict('listener').merge(),
  );
}

/** Records `translations` (just written, each created and published at `at`) in the caller's transaction `trx`. */
export async function recordTranslations(strapi: Core.Strapi, trx: Transaction, translations: Translation[], at: Date, lookups: Lookups): Promise<void> {
  const events = await appendAll(strapi, trx, translations.flatMap(eventsOf), at);
  if (!events.length) return;
  const byKey = new Map(translations.map((t) => [`${t.type}|${t.documentId}|${t.locale}`, t]));
  const publishes = events.filter((e) => e.action === 'publish');
  const versions = publishes.map((event) => {
    const translation = byKey.get(`${event.type}|${event.documentId}|${event.locale}`)!;
    return {
      eventId: event.id,
      type: event.type,
      documentId: event.documentId,
      locale: event.locale,
      author: { kind: 'system' as const, id: null, name: CORPUS_ACTOR.reason },
      publishedAt: event.at,
      major: event.publish?.major ?? false,
      changeNote: event.publish?.changeNote ?? null,
      content: versionContentOf(translation, lookups),
    };
  });
  for (let i = 0; i < versions.length; i += ROWS_PER_INSERT) await insertVersions(strapi, trx, versions.slice(i, i + ROWS_PER_INSERT));
  // The workflow's and the feed's own writers, a row at a time: their row layouts stay theirs.
  for (const record of workflowRecords(events)) await saveRecord(strapi, trx, record);
  for (const change of pressChanges(events, new Map(versions.map((v) => [v.eventId, v.content.slug as string])))) await insertChange(strapi, trx, change);
  await insertRows(strapi, AUDIT_TABLE, auditRows(events, new Map(translations.map((t) => [t.documentId, t.agency]))));
  const first = events[0]!.id;
  const last = events.at(-1)!.id;
  await moveCursor(strapi, PRESS_CHANGES_LISTENER, first, last);
}
