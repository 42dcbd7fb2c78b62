/**
 * Every page is rendered inside a page record (src/lib/page-record.ts): what it read and the
 * files it links. Kept minimal on purpose; the publish-to-live work extends it to keep each
 * page's record.
 *
 * - A render that already runs inside a record (the publisher wraps the on-demand renderer's
 *   call in its own) keeps it: nothing is replaced.
 * - During `astro build` and `astro dev` the record is also handed to the site's asset
 *   collection (src/lib/assets/collect.ts; a no-op elsewhere), from which the cms-assets
 *   integration makes the files the pages link.
 */
import { defineMiddleware } from 'astro:middleware';
import { collectPage } from './lib/assets/collect.ts';
import { currentPage, newPageRecord, recordingPage } from './lib/page-record';

export const onRequest = defineMiddleware((_context, next) => {
  const active = currentPage();
  const record = active ?? newPageRecord();
  collectPage(record);
  return active ? next() : recordingPage(record, () => next());
});
