import { st as defineMiddleware, t as sequence } from "./chunks/sequence_BHAlCKQq.mjs";
import { i as recordingPage, n as newPageRecord } from "./chunks/page-record_DpHxXeFI.mjs";
// src/lib/built-pages.ts
var KEY = Symbol.for("cchc.site.builtPages");
function builtPages() {
	const g = globalThis;
	return g[KEY] ??= /* @__PURE__ */ new Map();
}
// src/middleware.ts
/**
* Around every render: keep the page's record (what it read, which files it links), so that
* the publisher knows what a change touches; see src/lib/page-record.ts.
*
* - In the static build, each page's record is kept for the site-pages integration.
* - In the publisher's on-demand renderer, the publisher passes the record in `locals`.
*
* The body is read here, inside the record's scope: a streamed body would go on rendering
* after this function returned, outside it.
*/
var onRequest$1 = defineMiddleware(async (context, next) => {
	const record = context.locals.pageRecord ?? newPageRecord();
	const { response, body } = await recordingPage(record, async () => {
		const response = await next();
		return {
			response,
			body: await response.arrayBuffer()
		};
	});
	if (context.isPrerendered) builtPages().set(context.url.pathname, record);
	return new Response(body, {
		status: response.status,
		statusText: response.statusText,
		headers: response.headers
	});
});
// \0virtual:astro:middleware
var onRequest = sequence(onRequest$1);
export { onRequest };
