/**
 * Which document a page that could not be made shows, and what the CMS is told per event: the
 * events of that document's translation are reported `failed` with the page and the reason (the
 * editor reads it in the workflow panel, in Vietnamese); the other events of the batch `live`.
 * A failed page that shows no one document (a listing, a feed) fails every event of the batch:
 * which of them broke it cannot be told, and none of them is wholly live.
 */
import type { PublicationReport, SiteChange } from '@cchc/content-types';
import { pageAt } from '../src/lib/site-paths.ts';
import type { PageFailure } from './publish.ts';

export interface ShownDocument {
  type: string;
  documentId: string;
  locale: string;
}

/** The document a site path shows (a document's or a term's own page), in the content in use. */
export async function shownBy(path: string): Promise<ShownDocument | undefined> {
  const page = await pageAt(path);
  if (page?.kind !== 'document' && page?.kind !== 'term') return undefined;
  return { type: page.type, documentId: page.doc.documentId, locale: page.locale };
}

const MESSAGE_MAX = 1_500;

function messageOf(failures: readonly PageFailure[]): string {
  const pages = failures.map((f) => `${f.path} (${f.reason})`).join('; ');
  return `Không tạo được trang ${pages}. Trang công khai vẫn giữ bản trước; các thay đổi khác đã được đăng. Trang sẽ được tạo lại khi tài liệu được sửa và đăng lại.`.slice(0, MESSAGE_MAX);
}

export function failureReports(
  events: readonly SiteChange[],
  failures: readonly (PageFailure & { shows: ShownDocument | undefined })[],
  at: string,
  pages: number,
): PublicationReport[] {
  const shared = failures.filter((f) => !f.shows);
  return events.map((e) => {
    const own = failures.filter((f) => f.shows && f.shows.type === e.type && f.shows.documentId === e.documentId && f.shows.locale === e.locale);
    const failed = [...own, ...shared];
    return failed.length ? { eventId: e.id, state: 'failed', at, message: messageOf(failed), pages } : { eventId: e.id, state: 'live', at, pages };
  });
}
