/**
 * The audit log's entries of the document events: one per event, `document.<action>` with the
 * action as the event names it (the workflow's actions need no change here). A hook of the event
 * point (`onRecorded`), so it runs in the write's own transaction, right after the events are
 * appended: the owning agency and the actor's name are the facts as they were at the write, not
 * as they are when a listener gets round to it, and the entries commit, or roll back, with the
 * write. Whatever the event carries beyond who/what/when (the publish note, the cause, a workflow
 * reason) goes into the entry's details as it is.
 */
import type { Core, UID } from '@strapi/strapi';
import { typesOfKind, uidOf } from '@cchc/content-types';
import type { DocumentEvent, RecordedHook, Transaction } from '../events';
import { auditActorOf } from './actor';
import type { AuditActor } from './entry';
import { appendEntry, lastRecordedAgency } from './store';

/** The types that have an owning agency: content documents; taxonomies have none. */
const OWNED = new Set<string>(typesOfKind('content').map((t) => t.name));

interface OwnedRow {
  locale: string;
  publishedAt: string | null;
  agency?: { documentId?: string } | null;
}

/**
 * The owning agency as the write leaves it: the draft of the event's locale when there is one,
 * which holds the latest relation, else any of its rows. A delete leaves no row: its entry
 * carries the agency of the document's last entry, the last fact known of it.
 */
async function owningAgency(strapi: Core.Strapi, trx: Transaction, event: DocumentEvent): Promise<string | null> {
  if (!OWNED.has(event.type)) return null;
  const rows = (await strapi.db.query(uidOf(event.type) as UID.Schema).findMany({
    where: { documentId: event.documentId },
    select: ['locale', 'publishedAt'],
    populate: { agency: { select: ['documentId'] } },
  })) as OwnedRow[];
  const rank = (row: OwnedRow) => (row.locale === event.locale ? 0 : 2) + (row.publishedAt ? 1 : 0);
  const best = [...rows].sort((a, b) => rank(a) - rank(b))[0];
  if (best) return best.agency?.documentId ?? null;
  return lastRecordedAgency(strapi, { type: event.type, id: event.documentId }, trx);
}

export const auditRecorder: RecordedHook = async (events, trx, strapi) => {
  // One write's events share their actor: looked up once.
  const actors = new Map<string, AuditActor>();
  for (const event of events) {
    const { id, at, action, type, documentId, locale, actor, ...rest } = event;
    const actorKey = JSON.stringify(actor);
    if (!actors.has(actorKey)) actors.set(actorKey, await auditActorOf(strapi, actor));
    await appendEntry(
      strapi,
      {
        action: `document.${action}`,
        at,
        actor: actors.get(actorKey)!,
        subject: { type, id: documentId, locale },
        agency: await owningAgency(strapi, trx, event),
        details: rest,
        sourceEventId: id,
      },
      trx,
    );
  }
};
