import { AsyncLocalStorage } from "node:async_hooks";
import { createHash } from "node:crypto";
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
/** The page being rendered now, if any (none in `astro dev` tooling or outside a render). */
function currentPage() {
	return storage().getStore();
}
/** A short, stable fingerprint of any JSON value. */
function fingerprint(value) {
	return createHash("sha1").update(JSON.stringify(value) ?? "undefined").digest("base64url").slice(0, 16);
}
/** Notes that the page read `key` and got `answer` (fingerprinted). Returns the answer. */
function recordRead(key, answer, fingerprintOf = fingerprint) {
	const page = currentPage();
	if (page && !page.reads.has(key)) page.reads.set(key, fingerprintOf(answer));
	return answer;
}
export { recordingPage as i, newPageRecord as n, recordRead as r, fingerprint as t };
