/**
 * A kept change as clients see it (`ChangeEntry`): the same shape in a feed page and in a
 * webhook's `data`, made here only.
 */
import { canonicalUrl, documentPath, encodeCursor, pressItemPath, type ChangeEntry } from '@cchc/content-types';
import type { StoredChange } from './table';

export interface EntryLinks {
  /** Origin of the press API (`https://cms.example`), for `item`; empty: no `item`. */
  apiUrl: string;
  /** The public site's origin (PUBLIC_SITE_URL), for `url`; empty: no `url`. */
  siteUrl: string;
}

export function toEntry(change: StoredChange, links: EntryLinks): ChangeEntry {
  const entry: ChangeEntry = {
    cursor: encodeCursor(change.eventId),
    eventId: change.eventId,
    change: change.change,
    type: change.type,
    documentId: change.documentId,
    locale: change.locale,
    at: change.at.toISOString(),
  };
  if (change.major !== undefined) entry.major = change.major;
  if (change.changeNote !== undefined) entry.changeNote = change.changeNote;
  if (change.reason !== undefined) entry.reason = change.reason;
  // What is live can be read and seen: links only for created and updated.
  if (change.change === 'created' || change.change === 'updated') {
    if (links.apiUrl) entry.item = `${links.apiUrl}${pressItemPath(change.type, change.documentId, change.locale)}`;
    if (links.siteUrl && change.slug) entry.url = canonicalUrl(links.siteUrl, documentPath(change.type, change.locale, change.slug));
  }
  return entry;
}
