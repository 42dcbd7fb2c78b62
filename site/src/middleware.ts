/**
 * Around every render: the page's record (src/lib/page-record.ts), what it read and which files
 * it links, so that the publisher knows what a change touches and the build which files to make.
 *
 * - In the static build (and `astro dev`) each record is collected by path
 *   (src/lib/assets/collect.ts): the cms-assets integration makes the files, the site-pages
 *   integration writes the records for the publisher.
 * - In the publisher's on-demand renderer, the publisher passes the record in `locals`.
 * - A preview (site/publisher/preview.ts) renders with its own content: the live content plus
 *   the draft, for this render only.
 *
 * The body is read here, inside the record's scope: a streamed body would go on rendering
 * after this function returned, outside it.
 */
import { defineMiddleware } from 'astro:middleware';
import { collectPage } from './lib/assets/collect.ts';
import { withContent } from './lib/content-source.ts';
import { newPageRecord, recordingPage } from './lib/page-record.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const record = context.locals.pageRecord ?? newPageRecord();
  if (!context.locals.pageRecord) collectPage(context.url.pathname, record);
  const render = async () => {
    const response = await next();
    return { response, body: await response.arrayBuffer() };
  };
  const preview = context.locals.previewContent;
  const { response, body } = await recordingPage(record, () => (preview ? withContent(preview, render) : render()));
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
});
