/**
 * Which document events are press changes, and of what kind: the one place that says so, read
 * by the change feed's projection, and through it by the webhooks.
 *
 * Only our four content types count (terms are not items). What an event means depends on what
 * was live just before it, which the event log itself says: the last publish, unpublish or
 * delete of that translation before the event. Asking the log (not a state of our own) makes
 * the answer the same in every CMS process and on every replay.
 */
import type { Core } from '@strapi/strapi';
import { LIVE_ACTIONS, PRESS_TYPES, LOCALES, isLiveAction, type ChangeKind, type LiveAction, type Locale } from '@cchc/content-types';
import { onTable } from '../../database/own-tables';
import type { DocumentEvent } from '../../events';
import { EVENTS_TABLE } from '../../events/log';

/** What a change is, before the feed gives it a cursor and links. */
export interface Change {
  eventId: number;
  change: ChangeKind;
  type: string;
  documentId: string;
  locale: Locale;
  at: Date;
  major?: boolean;
  changeNote?: string;
  reason?: string;
}

const CONTENT_TYPE_NAMES = new Set<string>(PRESS_TYPES);

export function isPressType(type: string): boolean {
  return CONTENT_TYPE_NAMES.has(type);
}

/**
 * The change an event makes, given the last live action on that translation before it
 * (`undefined`: none), or null when it is none of the press's business.
 * - a publish is `created` unless the translation was live (first publish, or back after a
 *   withdrawal or after its locale was deleted and made again), else `updated`, major or minor;
 * - the relink (links restored in a live version) is a minor `updated` of a live translation;
 * - an unpublish of a live translation is `unpublished`, with the withdrawal's public reason;
 * - a delete is a tombstone for a translation published since it was (re)made: a draft nobody
 *   saw leaves no trace.
 */
export function classify(event: DocumentEvent, before: LiveAction | undefined): Change | null {
  if (!isPressType(event.type) || !(LOCALES as readonly string[]).includes(event.locale)) return null;
  const base = { eventId: event.id, type: event.type, documentId: event.documentId, locale: event.locale as Locale, at: event.at };
  const wasLive = before === 'publish';
  switch (event.action) {
    case 'publish': {
      if (!wasLive) return { ...base, change: 'created' };
      const major = event.publish?.major ?? false;
      return { ...base, change: 'updated', major, ...(event.publish?.changeNote ? { changeNote: event.publish.changeNote } : {}) };
    }
    case 'update':
      return event.cause === 'relink-on-publish' && wasLive ? { ...base, change: 'updated', major: false } : null;
    case 'unpublish':
      return wasLive ? { ...base, change: 'unpublished', ...(event.note ? { reason: event.note } : {}) } : null;
    case 'delete':
      return before === 'publish' || before === 'unpublish' ? { ...base, change: 'deleted' } : null;
    default:
      return null;
  }
}

/** The last live action (publish, unpublish, delete) on the event's translation before it, from the log. */
export async function liveActionBefore(strapi: Core.Strapi, event: DocumentEvent): Promise<LiveAction | undefined> {
  const row = (await onTable(strapi, EVENTS_TABLE, (q) =>
    q
      .where({ type: event.type, document_id: event.documentId, locale: event.locale })
      .whereIn('action', [...LIVE_ACTIONS])
      .andWhere('id', '<', event.id)
      .orderBy('id', 'desc')
      .first('action'),
  )) as { action: LiveAction } | undefined;
  return row?.action;
}

/** The press change of a recorded event, or null. */
export async function changeOf(strapi: Core.Strapi, event: DocumentEvent): Promise<Change | null> {
  // Only what can be a change asks the log.
  if (!isPressType(event.type) || !(isLiveAction(event.action) || (event.action === 'update' && event.cause === 'relink-on-publish'))) return null;
  return classify(event, await liveActionBefore(strapi, event));
}
