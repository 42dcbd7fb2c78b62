import { Q as defineMiddleware, t as sequence } from "./chunks/sequence_CYMyGpB5.mjs";
import { AsyncLocalStorage } from "node:async_hooks";
// src/lib/built-pages.ts
var KEY$1 = Symbol.for("cchc.site.builtPages");
function builtPages() {
	const g = globalThis;
	return g[KEY$1] ??= /* @__PURE__ */ new Map();
}
// src/lib/page-record.ts
/**
* What one page read while it was rendered: the content queries it asked (with a fingerprint
* of each answer) and the files it links (images, downloads). The publisher keeps this record
* per page, so that after a change it re-renders exactly the pages whose answers changed, and
* keeps exactly the files some page still links.
*
* The record is found through one AsyncLocalStorage kept on globalThis: the site's code is
* bundled twice (the static build, the on-demand renderer) and the publisher loads it a third
* time as plain TypeScript, and all of them must see the same page being rendered.
*
* Plain TypeScript with erasable syntax only and no Astro imports: Node runs it as it is.
*/
var KEY = Symbol.for("cchc.site.pageRecord");
function storage() {
	const holder = globalThis;
	return holder[KEY] ??= new AsyncLocalStorage();
}
function newPageRecord() {
	return {
		reads: /* @__PURE__ */ new Map(),
		assets: /* @__PURE__ */ new Map()
	};
}
/** Runs `render` with `record` as the page being rendered. */
function recordingPage(record, render) {
	return storage().run(record, render);
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
