/**
 * What readers are told about a document's life (as GOV.UK shows "Published …, Last updated …,
 * See all updates"): when it was first published, its last major update and the change notes
 * of its major updates, per locale. Minor changes (typo fixes) are not told. The CMS derives it
 * from its recorded events; the site reads it from this path and shows it on document pages.
 */
import { z } from 'zod';

export const PUBLIC_HISTORY_PATH = '/api/change-notes';

export const changeNoteSchema = z.object({ at: z.string(), note: z.string() });

export const publicHistorySchema = z.object({
  documentId: z.string(),
  firstPublishedAt: z.string(),
  /** The last major update after the first publish; null when there was none. */
  lastMajorUpdateAt: z.string().nullable(),
  /** Newest first. */
  changeNotes: z.array(changeNoteSchema),
});

export type PublicHistory = z.infer<typeof publicHistorySchema>;
export type ChangeNote = z.infer<typeof changeNoteSchema>;
