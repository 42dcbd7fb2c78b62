/**
 * The audit log's listener of the document events: one entry per event, `document.<action>`
 * with the action as the event names it (the workflow's actions need no change here), keyed
 * by the event id so that a re-delivered event is not recorded twice. Whatever the event
 * carries beyond who/what/when (the publish note, the cause, a workflow reason) goes into the
 * entry's details as it is.
 */
import type { Core, UID } from '@strapi/strapi';
import { typesOfKind, uidOf } from '@cchc/content-types';
import type { DocumentEvent, Listener } from '../events';
import { auditActorOf } from './actor';
import { appendEntry } from './store';

/** The types that have an owning agency: content documents; taxonomies have none. */
const OWNED = new Set<string>(typesOfKind('content').map((t) => t.name));

interface OwnedRow {
  locale: string;
  publishedAt: string | null;
  agency?: { documentId?: string } | null;
}

/**
 * The owning agency now (handling time), if the document still exists: the draft of the
 * event's locale when there is one, which holds the latest relation, else any of its rows.
 */
async function owningAgency(strapi: Core.Strapi, event: DocumentEvent): Promise<string | null> {
  if (!OWNED.has(event.type)) return null;
  const rows = (await strapi.db.query(uidOf(event.type) as UID.Schema).findMany({
    where: { documentId: event.documentId },
    select: ['locale', 'publishedAt'],
    populate: { agency: { select: ['documentId'] } },
  })) as OwnedRow[];
  const rank = (row: OwnedRow) => (row.locale === event.locale ? 0 : 2) + (row.publishedAt ? 1 : 0);
  const best = [...rows].sort((a, b) => rank(a) - rank(b))[0];
  return best?.agency?.documentId ?? null;
}

export const auditLog: Listener = {
  name: 'audit-log',
  async handle(event, strapi) {
    const { id, at, action, type, documentId, locale, actor, ...rest } = event;
    await appendEntry(strapi, {
      action: `document.${action}`,
      at,
      actor: await auditActorOf(strapi, actor),
      subject: { type, id: documentId, locale },
      agency: await owningAgency(strapi, event),
      details: rest,
      sourceEventId: id,
    });
  },
};
