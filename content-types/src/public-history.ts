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

/**
 * `GET /api/withdrawn?type=&locale=&page=&pageSize=`: every document of a content type that was
 * published in that locale at some time and is not published in it now, so that the site
 * answers its old URL with 410 Gone (and the reason, when one was given) rather than 404.
 */
export const WITHDRAWN_PATH = '/api/withdrawn';

export const withdrawnDocumentSchema = z.object({
  documentId: z.string(),
  type: z.string(),
  locale: z.string(),
  /** The slug it was last published under; null only when no version of that publish was kept. */
  slug: z.string().nullable(),
  /** Its last publish, and when it went off the site after it. */
  lastPublishedAt: z.string(),
  withdrawnAt: z.string(),
  /** `unpublished`: taken off the site (a draft remains); `deleted`: the translation is gone. */
  how: z.enum(['unpublished', 'deleted']),
  /** The public reason given with the withdrawal; null when none was (a deletion, an archive). */
  reason: z.string().nullable(),
});

export type WithdrawnDocument = z.infer<typeof withdrawnDocumentSchema>;

/**
 * The site's old addresses as feeds, for a reader that keeps its own copy (the site publisher):
 * `GET /api/redirects?since=<position>` and `GET /api/withdrawn?since=<position>`, each with
 * optional `type`, `locale` and `pageSize`. Rows come oldest first; each carries its position,
 * and `meta.position` is the one to ask from next while `meta.more` is true. A row is the
 * address's state now: a redirect that stopped (`gone`), a translation back on the site
 * (`withdrawn: false`).
 */
export const REDIRECTS_PATH = '/api/redirects';

export const redirectChangeSchema = z.object({
  type: z.string(),
  locale: z.string(),
  /** The old slug, which redirects to the document's page unless `gone`. */
  from: z.string(),
  documentId: z.string(),
  gone: z.boolean(),
  position: z.number().int().positive(),
});

export const withdrawnChangeSchema = withdrawnDocumentSchema.extend({
  /** False: published again since; the rest tells of its last withdrawal. */
  withdrawn: z.boolean(),
  position: z.number().int().positive(),
});

export const feedMetaSchema = z.object({
  since: z.number().int().nonnegative(),
  position: z.number().int().nonnegative(),
  more: z.boolean(),
});

export type RedirectChange = z.infer<typeof redirectChangeSchema>;
export type WithdrawnChange = z.infer<typeof withdrawnChangeSchema>;
