/**
 * The press change feed's entries: what a newsroom's sync reads from `GET /api/press/changes`
 * and what a webhook delivers. One entry per change to what is live of one translation of one
 * content document, in commit order (the event log's ids), so that a client that applies them
 * in order holds exactly what the site shows.
 *
 * The cursor is opaque to clients: base64url of `v1:<event id>`. It is keyset, not a page
 * number: "everything after this event".
 */
import { z } from 'zod';
import { LOCALES } from '../locales';
import { contentTypesWith } from '../model';

export const PRESS_API_PATH = '/api/press';
export const PRESS_CHANGES_PATH = `${PRESS_API_PATH}/changes`;
export const PRESS_ITEMS_PATH = `${PRESS_API_PATH}/items`;

/** Where one translation's item is read: `/api/press/items/<type>/<documentId>?locale=<locale>`. */
export function pressItemPath(type: string, documentId: string, locale: string): string {
  return `${PRESS_ITEMS_PATH}/${encodeURIComponent(type)}/${encodeURIComponent(documentId)}?locale=${encodeURIComponent(locale)}`;
}

/**
 * - `created`: the translation went live (its first publish, or back after a withdrawal);
 * - `updated`: a live translation changed (a republish, major or minor, or links restored);
 * - `unpublished`: taken off the site (it may come back as `created`);
 * - `deleted`: gone for good, a tombstone that stays in the feed.
 */
export const CHANGE_KINDS = ['created', 'updated', 'unpublished', 'deleted'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The types syndicated to the press. */
export const PRESS_TYPES = contentTypesWith('press').map((t) => t.name) as [string, ...string[]];

export const changeEntrySchema = z.object({
  /** Resume from here to get what came after this entry. */
  cursor: z.string(),
  /** The event's id in the log: increases in commit order; a receiver dedupes on it. */
  eventId: z.number().int().positive(),
  change: z.enum(CHANGE_KINDS),
  type: z.enum(PRESS_TYPES),
  documentId: z.string(),
  locale: z.enum(LOCALES),
  /** When the change was committed, ISO 8601 UTC. */
  at: z.string(),
  /** `updated` only: readers should be told (moves "updated on"), and its public change note. */
  major: z.boolean().optional(),
  changeNote: z.string().optional(),
  /** `unpublished` only: the public reason of the withdrawal, when one was given. */
  reason: z.string().optional(),
  /** `created` and `updated`: the item read (absolute URL of `GET /api/press/items/…`) and the page. */
  item: z.string().optional(),
  url: z.string().optional(),
});
export type ChangeEntry = z.infer<typeof changeEntrySchema>;

export const changePageSchema = z.object({
  data: z.array(changeEntrySchema),
  /** The cursor to ask next (the last entry's, or the one asked when the page is empty). */
  next: z.string(),
  /** True when this page was full: ask `next` at once; else poll it later. */
  more: z.boolean(),
});
export type ChangePage = z.infer<typeof changePageSchema>;

export const CURSOR_START = encodeCursor(0);

export function encodeCursor(eventId: number): string {
  return Buffer.from(`v1:${eventId}`, 'utf8').toString('base64url');
}

/** The event id of a cursor, or undefined when it is not one of ours. */
export function decodeCursor(cursor: string): number | undefined {
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(cursor)) return undefined;
  const match = /^v1:(0|[1-9][0-9]{0,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) return undefined;
  const id = Number(match[1]);
  return Number.isSafeInteger(id) ? id : undefined;
}
