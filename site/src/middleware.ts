/**
 * Around every render: keep the page's record (what it read, which files it links), so that
 * the publisher knows what a change touches; see src/lib/page-record.ts.
 *
 * - In the static build, each page's record is kept for the site-pages integration.
 * - In the publisher's on-demand renderer, the publisher passes the record in `locals`.
 *
 * A preview (site/publisher/preview.ts) renders with its own content: the live content plus
 * the draft, for this render only.
 *
 * The body is read here, inside the record's scope: a streamed body would go on rendering
 * after this function returned, outside it.
 */
import { defineMiddleware } from 'astro:middleware';
import { builtPages } from './lib/built-pages';
import { withContent } from './lib/content-source';
import { newPageRecord, recordingPage } from './lib/page-record';

export const onRequest = defineMiddleware(async (context, next) => {
  const record = context.locals.pageRecord ?? newPageRecord();
  const render = async () => {
    const response = await next();
    return { response, body: await response.arrayBuffer() };
  };
  const preview = context.locals.previewContent;
  const { response, body } = await recordingPage(record, () => (preview ? withContent(preview, render) : render()));
  if (context.isPrerendered) builtPages().set(context.url.pathname, record);
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
});
