/**
 * What readers are told of a document's life (content-types/src/public-history.ts), from its
 * publish events: served by `/api/change-notes` and carried by the press's items. It imports
 * only types from the event point, so that any module, a listener's too, may use it.
 */
import type { PublicHistory } from '@cchc/content-types';
import type { DocumentEvent } from '../events/event';

/** What readers are told of a document's life in a locale, from its publishes (oldest first); null if none. */
export function historyOf(documentId: string, publishes: DocumentEvent[]): PublicHistory | null {
  const [first, ...later] = publishes;
  if (!first) return null;
  const major = later.filter((e) => e.publish?.major);
  return {
    documentId,
    firstPublishedAt: first.at.toISOString(),
    lastMajorUpdateAt: major[major.length - 1]?.at.toISOString() ?? null,
    changeNotes: major
      .filter((e) => e.publish?.changeNote)
      .map((e) => ({ at: e.at.toISOString(), note: e.publish!.changeNote! }))
      .reverse(),
  };
}
