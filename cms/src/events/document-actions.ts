/**
 * How each Document Service action maps to events: one per locale it changed. Strapi 5 returns
 * what it wrote, so the locales are read off the result rather than guessed from the params
 * (`locale: '*'` or a list publishes several; `delete` returns a draft and a published row per
 * locale; an `update` of a locale the document lacks creates that translation).
 */
import { LOCALES } from '@cchc/content-types';
import type { Action, PublishNote } from './event';

/** The Document Service actions that write. `clone` is the admin's "duplicate". */
export const WRITE_ACTIONS = ['create', 'clone', 'update', 'delete', 'publish', 'unpublish', 'discardDraft'] as const;
export type WriteAction = (typeof WRITE_ACTIONS)[number];

export function isWriteAction(action: string): action is WriteAction {
  return (WRITE_ACTIONS as readonly string[]).includes(action);
}

/** What the document looked like before the write: the locales it had, and which were published. */
export interface Before {
  locales: Set<string>;
  published: Set<string>;
}

export interface Change {
  action: Action;
  documentId: string;
  locale: string;
  publish?: PublishNote;
}

export interface WriteParams {
  documentId?: string;
  status?: string;
  /** Read by the event point on a publish, then removed (see `takePublishNote`). */
  major?: unknown;
  changeNote?: unknown;
}

type Entry = { documentId: string; locale: string };
type Entries = { documentId?: string; entries: Entry[] };

/** Only `update` and `publish` need the state before (a new translation; a first publish). */
export function needsBefore(action: WriteAction, params: WriteParams): boolean {
  return (action === 'update' || action === 'publish') && typeof params.documentId === 'string';
}

/**
 * The caller's say on a publish (`publish({ documentId, locale, major, changeNote })`), taken
 * out of the params so that Strapi's strict params never see them. A first publish is major;
 * a republish is minor unless the caller says otherwise, since a major one needs a change note
 * that only the workflow's publish dialog will ask for.
 */
export function takePublishNote(params: WriteParams): { major?: boolean; changeNote?: string } {
  const note: { major?: boolean; changeNote?: string } = {};
  if (typeof params.major === 'boolean') note.major = params.major;
  if (typeof params.changeNote === 'string' && params.changeNote.trim()) note.changeNote = params.changeNote.trim();
  delete params.major;
  delete params.changeNote;
  return note;
}

function publishNote(locale: string, before: Before | null, asked: { major?: boolean; changeNote?: string }): PublishNote {
  const note: PublishNote = { major: asked.major ?? !before?.published.has(locale) };
  if (asked.changeNote !== undefined) note.changeNote = asked.changeNote;
  return note;
}

/** The locales a result touched, once each, in the model's order (vi, km, en) whatever the database's. */
function localesOf(entries: Entry[]): string[] {
  const rank = (locale: string) => {
    const i = (LOCALES as readonly string[]).indexOf(locale);
    return i === -1 ? LOCALES.length : i;
  };
  return [...new Set(entries.map((e) => e.locale))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

const PER_LOCALE: Partial<Record<WriteAction, Action>> = {
  delete: 'delete',
  unpublish: 'unpublish',
  discardDraft: 'discard',
  clone: 'create',
};

export function changesOf(
  action: WriteAction,
  params: WriteParams,
  result: unknown,
  before: Before | null,
  asked: { major?: boolean; changeNote?: string },
): Change[] {
  if (!result) return []; // an update of a document that does not exist writes nothing
  if (action === 'create' || action === 'update') {
    const entry = result as Entry;
    const existed = action === 'update' && !!before?.locales.has(entry.locale);
    const changes: Change[] = [{ action: existed ? 'update' : 'create', documentId: entry.documentId, locale: entry.locale }];
    // `status: 'published'` publishes in the same call: two changes, two events.
    if (params.status === 'published') {
      changes.push({ action: 'publish', documentId: entry.documentId, locale: entry.locale, publish: publishNote(entry.locale, before, asked) });
    }
    return changes;
  }
  // A clone's result names the new document, which is the one created.
  const { documentId, entries } = result as Entries;
  const id = documentId ?? params.documentId;
  if (!id) return [];
  if (action === 'publish') {
    return localesOf(entries).map((locale) => ({ action: 'publish', documentId: id, locale, publish: publishNote(locale, before, asked) }));
  }
  const mapped = PER_LOCALE[action]!;
  return localesOf(entries).map((locale) => ({ action: mapped, documentId: id, locale }));
}
