/**
 * Moves each translation's workflow record by the events of a write, in that write's
 * transaction (a hook of the event point, `onRecorded`): the record can never disagree with
 * what was recorded, and a write that fails moves nothing.
 */
import type { Core, UID } from '@strapi/strapi';
import { typeNamesWith, uidOf } from '@cchc/content-types';
import type { DocumentEvent, RecordedHook } from '../events';
import { forEachEvent, type Projection } from '../events/projections';
import { afterEvent, recordBefore, type WorkflowRecord } from './states';
import { clearRecords, readRecord, removeRecord, saveRecord, WORKFLOW_TABLE } from './store';

/** The types with a workflow: content documents (taxonomies are published by editors directly). */
export const WORKFLOW_TYPES = typeNamesWith('workflow');

/** Strapi's `db.query` joins the open transaction by itself. */
async function isLive(strapi: Core.Strapi, event: DocumentEvent): Promise<boolean> {
  const where = { documentId: event.documentId, locale: event.locale, publishedAt: { $notNull: true } };
  return (await strapi.db.query(uidOf(event.type) as UID.Schema).count({ where })) > 0;
}

export const workflowProjection: RecordedHook = async (events, trx, strapi) => {
  for (const event of events) {
    if (!WORKFLOW_TYPES.has(event.type)) continue;
    const key = { type: event.type, documentId: event.documentId, locale: event.locale };
    const record = (await readRecord(strapi, key, trx)) ?? recordBefore(key.type, key.documentId, key.locale, await isLive(strapi, event));
    const next = afterEvent(record, event, event.at);
    if (next) await saveRecord(strapi, trx, next);
    else await removeRecord(strapi, trx, key);
  }
};

/**
 * The same fold over the whole log, for `npm run -w cms rebuild-projections`: every record made
 * again from the events alone. A translation whose first event is not its create (made before
 * the event log) starts from whether it is live now, as the hook's first sight of it does.
 */
export const workflowStates: Projection = {
  table: WORKFLOW_TABLE,
  async rebuild(strapi, trx) {
    const records = new Map<string, WorkflowRecord | null>();
    await forEachEvent(strapi, trx, async (event) => {
      if (!WORKFLOW_TYPES.has(event.type)) return;
      const key = `${event.type}|${event.documentId}|${event.locale}`;
      const record = records.get(key) ?? recordBefore(event.type, event.documentId, event.locale, event.action !== 'create' && (await isLive(strapi, event)));
      records.set(key, afterEvent(record, event, event.at));
    });
    await clearRecords(strapi, trx);
    const kept = [...records.values()].filter((record): record is WorkflowRecord => record !== null);
    for (const record of kept) await saveRecord(strapi, trx, record);
    return `${kept.length} records from the event log`;
  },
};
