import { m as strapiUrl, p as strapiToken } from "./Base_BJdcTsvr.mjs";
import { r as recordRead, t as fingerprint } from "./page-record_DpHxXeFI.mjs";
import { AsyncLocalStorage } from "node:async_hooks";
import { ALL_TYPES, CONTENT_TYPES, DEFAULT_LOCALE, LOCALES, LOCALE_TAGS, PUBLIC_API_LIMITS, PUBLIC_HISTORY_PATH, TAXONOMIES, TIME_ZONE, documentPath, isLocale, populateOf, populateQuery, publicHistorySchema, schemas, typeByName } from "@cchc/content-types";
// src/lib/cms-client.ts
/**
* Reads published documents from the CMS's REST API: every page of every locale of a type,
* a few requests at a time, each document validated against the content model.
* The CMS only ever returns published content to the public and to read tokens.
*/
/** The largest page the public API gives (a larger one is refused, not capped). */
var PAGE_SIZE = PUBLIC_API_LIMITS.maxPageSize;
/** Requests in flight at once, across all types: enough to be fast, gentle on a modest server. */
var CONCURRENCY = 6;
var TIMEOUT_MS = 6e4;
var RETRIES = 2;
/** A failure that explains itself: the build prints the message and stops. */
var CmsError = class extends Error {
	name = "CmsError";
};
var active = 0;
var waiting = [];
async function limited(task) {
	if (active >= CONCURRENCY) await new Promise((resolve) => waiting.push(resolve));
	active++;
	try {
		return await task();
	} finally {
		active--;
		waiting.shift()?.();
	}
}
var pause = (attempt) => new Promise((resolve) => setTimeout(resolve, 500 * (attempt + 1)));
function networkCode(error) {
	return (error?.cause)?.code ?? (error instanceof Error ? error.name : String(error));
}
function unreachable(url, error) {
	return new CmsError(`Cannot reach the CMS at ${strapiUrl()} (${networkCode(error)} on ${url}).\nThe site is built from the CMS and is not published without its content. Start the CMS (\`npm run develop -w cms\`, or \`npm start\` at the repository root) or set STRAPI_URL to a running one.`);
}
/** GET a JSON document; with `optional`, a 401/403/404 answer gives `undefined` instead of failing. */
async function getJson(path, { optional = false } = {}) {
	const url = `${strapiUrl()}${path}`;
	const headers = { Accept: "application/json" };
	const token = strapiToken();
	if (token) headers.Authorization = `Bearer ${token}`;
	for (let attempt = 0;; attempt++) {
		let response;
		try {
			response = await fetch(url, {
				headers,
				signal: AbortSignal.timeout(TIMEOUT_MS)
			});
		} catch (error) {
			if (attempt < RETRIES && networkCode(error) !== "ECONNREFUSED") {
				await pause(attempt);
				continue;
			}
			throw unreachable(url, error);
		}
		if (response.ok) return response.json();
		if (response.status >= 500 && attempt < RETRIES) {
			await pause(attempt);
			continue;
		}
		if (optional && [
			401,
			403,
			404
		].includes(response.status)) return void 0;
		const detail = await response.text().then((text) => text.slice(0, 300), () => "");
		if (response.status === 401 || response.status === 403) throw new CmsError(`The CMS refused ${url} (${response.status}). ` + (token ? "STRAPI_TOKEN is not valid or may not read this type: use a read-only API token." : "The Public role may not read this type; set STRAPI_TOKEN to a read-only API token."));
		throw new CmsError(`The CMS answered ${response.status} for ${url}: ${detail}`);
	}
}
var localesOnce;
/**
* The section's locales that the CMS has. `/api/i18n/locales` is not public, so without a
* token that may read it, all of the section's locales are assumed (the CMS creates them on start).
*/
function cmsLocales() {
	localesOnce ??= getJson("/api/i18n/locales", { optional: true }).then((body) => {
		const codes = Array.isArray(body) ? body.map((l) => l.code) : [];
		const known = LOCALES.filter((l) => codes.includes(l));
		return known.length ? known : [...LOCALES];
	});
	return localesOnce;
}
function isPage(body) {
	return typeof body === "object" && body !== null && Array.isArray(body.data);
}
function validate(type, locale, raw) {
	const result = schemas[type].safeParse(raw);
	if (result.success) return result.data;
	const documentId = raw?.documentId ?? "(no documentId)";
	const problems = result.error.issues.map((issue) => `  - field "${issue.path.join(".") || "(document)"}": ${issue.message}`).join("\n");
	throw new CmsError(`Invalid ${type} document in the CMS (locale ${locale}, documentId ${String(documentId)}):\n${problems}\nFix it in the CMS (or the content model in content-types/) and build again.`);
}
async function fetchPage(type, locale, page, filter = "") {
	const def = typeByName(type);
	const query = [
		`locale=${locale}`,
		filter,
		`pagination[page]=${page}`,
		`pagination[pageSize]=${PAGE_SIZE}`,
		"sort[0]=id:asc",
		populateQuery(populateOf(type))
	].filter(Boolean).join("&");
	const body = await limited(() => getJson(`/api/${def.plural}?${query}`));
	if (!isPage(body)) throw new CmsError(`The CMS sent no document list for /api/${def.plural} (locale ${locale})`);
	return body;
}
/** Every published document of a type in one locale, validated. */
async function fetchLocale(type, locale, filter = "") {
	const first = await fetchPage(type, locale, 1, filter);
	const pageCount = first.meta?.pagination?.pageCount ?? 1;
	const documents = [first, ...await Promise.all(Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => fetchPage(type, locale, i + 2, filter)))].flatMap((page) => page.data.map((raw) => validate(type, locale, raw)));
	const total = first.meta?.pagination?.total;
	if (typeof total === "number" && documents.length !== total) throw new CmsError(`Read ${documents.length} of the ${total} published ${type} documents in ${locale}: content changed during the build, or the CMS answered partly. Build again.`);
	return documents;
}
/** Every published document of a type, in every locale the CMS has. */
async function fetchAll(type) {
	const locales = (await cmsLocales()).filter(isLocale);
	return (await Promise.all(locales.map((locale) => fetchLocale(type, locale)))).flat();
}
/**
* Every published document's first publish, last major update and change notes, in one locale
* (or only one document's, for the publisher).
*/
async function fetchPublicHistory(type, locale, documentId) {
	const only = documentId ? `&documentId=${encodeURIComponent(documentId)}` : "";
	return fetchList(`${PUBLIC_HISTORY_PATH}?type=${type}&locale=${locale}${only}`, (raw) => {
		const parsed = publicHistorySchema.safeParse(raw);
		if (!parsed.success) throw new CmsError(`Invalid change notes of ${type} ${locale}: ${parsed.error.issues[0]?.message}`);
		return parsed.data;
	});
}
/** Every page of a list endpoint of ours (`data` plus `meta.pagination`), each item checked by `parse`. */
async function fetchList(path, parse) {
	const out = [];
	for (let page = 1;; page++) {
		const sep = path.includes("?") ? "&" : "?";
		const body = await limited(() => getJson(`${path}${sep}page=${page}&pageSize=${PAGE_SIZE}`));
		if (!isPage(body)) throw new CmsError(`The CMS sent no list for ${path}`);
		out.push(...body.data.map(parse));
		if (page >= (body.meta?.pagination?.pageCount ?? 1)) return out;
	}
}
/** The old slugs of one type's translations in one locale. */
async function fetchRedirects(type, locale) {
	const body = await limited(() => getJson(`/api/redirects?type=${type}&locale=${locale}`));
	if (!isPage(body)) throw new CmsError(`The CMS sent no list for /api/redirects (${type}, ${locale})`);
	return body.data.map((raw) => {
		const r = raw;
		if (typeof r.from !== "string" || typeof r.documentId !== "string") throw new CmsError(`Invalid redirect of ${type} ${locale}`);
		return {
			type,
			locale,
			from: r.from,
			documentId: r.documentId
		};
	});
}
async function fetchWithdrawn(type, locale) {
	if (process.env.TMP_NO_WITHDRAWN) return [];
	return fetchList(`/api/withdrawn?type=${type}&locale=${locale}`, (raw) => {
		const w = raw;
		if (typeof w.slug !== "string" || typeof w.documentId !== "string") throw new CmsError(`Invalid withdrawn item of ${type} ${locale}`);
		return {
			type,
			locale,
			documentId: w.documentId,
			slug: w.slug
		};
	});
}
// src/lib/content-source.ts
/**
* Where pages get their content: one snapshot of everything published that the site shows.
*
* - The static build (and `astro dev`) reads it from the CMS once per process, at first use.
* - The publisher (site/publisher/) keeps its own, updated change by change, and hands it to
*   the on-demand renderer before each render (`useContent`).
* - A preview renders with the publisher's snapshot plus one draft (`withContent`).
*
* Plain TypeScript with erasable syntax and `.ts` imports: the publisher runs it in Node as it is.
*/
var historyKey = (type, locale, documentId) => `${type}/${locale}/${documentId}`;
/** The locales whose content the site shows: the section's locales the CMS has. */
async function locales() {
	return (await cmsLocales()).filter(isLocale);
}
/** The history, redirects and withdrawn translations of one content type in one locale. */
async function fetchLifeOf(type, locale) {
	const [histories, redirects, withdrawn] = await Promise.all([
		fetchPublicHistory(type, locale),
		fetchRedirects(type, locale),
		fetchWithdrawn(type, locale)
	]);
	return {
		histories,
		redirects,
		withdrawn
	};
}
/** Everything the site shows, read from the CMS. */
async function loadContent() {
	const localeList = await locales();
	const documents = /* @__PURE__ */ new Map();
	const histories = /* @__PURE__ */ new Map();
	const redirects = [];
	const withdrawn = [];
	await Promise.all([...ALL_TYPES.map(async (def) => {
		documents.set(def.name, await fetchAll(def.name));
	}), ...CONTENT_TYPES.flatMap((def) => localeList.map(async (locale) => {
		const life = await fetchLifeOf(def.name, locale);
		for (const h of life.histories) histories.set(historyKey(def.name, locale, h.documentId), h);
		redirects.push(...life.redirects);
		withdrawn.push(...life.withdrawn);
	}))]);
	return {
		documents,
		histories,
		redirects: sortedRedirects(redirects),
		withdrawn: sortedWithdrawn(withdrawn)
	};
}
/** Lists in one order whatever order the requests answered in (pages must not depend on it). */
function sortedRedirects(list) {
	return list.sort((a, b) => `${a.type}/${a.locale}/${a.from}`.localeCompare(`${b.type}/${b.locale}/${b.from}`));
}
function sortedWithdrawn(list) {
	return list.sort((a, b) => `${a.type}/${a.locale}/${a.documentId}`.localeCompare(`${b.type}/${b.locale}/${b.documentId}`));
}
var KEY = Symbol.for("cchc.site.content");
function holder() {
	const g = globalThis;
	return g[KEY] ??= { scoped: new AsyncLocalStorage() };
}
/** The snapshot the page being rendered reads (loaded from the CMS the first time if nobody set one). */
function content() {
	const h = holder();
	const scoped = h.scoped.getStore();
	if (scoped) return Promise.resolve(scoped);
	return h.current ??= loadContent();
}
// src/lib/dates.ts
/**
* Dates as the province reads them: dd/mm/yyyy (and HH:mm), always in Asia/Ho_Chi_Minh,
* whatever the language of the page and the time zone of the build machine.
*/
var parts = new Intl.DateTimeFormat("en-GB", {
	timeZone: TIME_ZONE,
	year: "numeric",
	month: "2-digit",
	day: "2-digit",
	hour: "2-digit",
	minute: "2-digit",
	hourCycle: "h23"
});
var DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
function fields(value) {
	const get = (type, from) => from.find((p) => p.type === type)?.value ?? "";
	const list = parts.formatToParts(typeof value === "string" ? new Date(value) : value);
	return {
		day: get("day", list),
		month: get("month", list),
		year: get("year", list),
		hour: get("hour", list),
		minute: get("minute", list)
	};
}
/** `dd/mm/yyyy`. A calendar date (`yyyy-mm-dd`, no time) is shown as it is, never shifted. */
function formatDate(value) {
	const plain = typeof value === "string" ? DATE_ONLY.exec(value) : null;
	if (plain) return `${plain[3]}/${plain[2]}/${plain[1]}`;
	const f = fields(value);
	return `${f.day}/${f.month}/${f.year}`;
}
/** `dd/mm/yyyy HH:mm`, for instants where the hour matters (events). */
function formatDateTime(value) {
	const f = fields(value);
	return `${f.day}/${f.month}/${f.year} ${f.hour}:${f.minute}`;
}
/** `HH:mm` in the province. */
function formatTime(value) {
	const f = fields(value);
	return `${f.hour}:${f.minute}`;
}
/** The calendar day in the province, `yyyy-mm-dd`: compares instants and calendar dates alike. */
function provinceDay(value) {
	const plain = typeof value === "string" ? DATE_ONLY.exec(value) : null;
	if (plain) return plain[0];
	const f = fields(value);
	return `${f.year}-${f.month}-${f.day}`;
}
// src/lib/content.ts
/**
* Data access for pages: every question a page asks of the content goes through here, so that
* one page, one listing or one feed can be rendered on its own. Documents come from the content
* snapshot (src/lib/content-source.ts), are typed by the content model, and are indexed once per
* snapshot.
*
* Every exported question is a `query`: it notes in the page's record (src/lib/page-record.ts)
* what it was asked and a fingerprint of its answer. After a change the publisher asks each
* noted question again against the new snapshot (`answerAgain`); a page is re-rendered exactly
* when one of its answers changed. So a page must learn about content only through these
* queries, and a query must not call another exported (recorded) one: it would record more
* than the page depends on.
*
* Plain TypeScript (erasable syntax, `.ts` imports, no `astro:*`): the publisher runs it in Node.
*/
/** Each document's fingerprint, computed once per document object of a snapshot. */
var documentPrints = /* @__PURE__ */ new WeakMap();
/**
* A fingerprint of an answer: documents inside it count by their own fingerprint (their whole
* content as the CMS sent it), everything else by value.
*/
function answerPrint(answer) {
	return fingerprint(JSON.parse(JSON.stringify(answer ?? null, (_key, value) => {
		if (value && typeof value === "object" && "documentId" in value && "locale" in value && "updatedAt" in value) {
			let print = documentPrints.get(value);
			if (print === void 0) {
				print = fingerprint(value);
				documentPrints.set(value, print);
			}
			return `doc:${print}`;
		}
		return value instanceof Map ? [...value] : value;
	})));
}
var questions = /* @__PURE__ */ new Map();
/** Declares an exported question: `name` and its arguments become the key it is noted under. */
function query(name, ask) {
	questions.set(name, ask);
	return async (...args) => recordRead(`${name}:${JSON.stringify(args)}`, await ask(...args), answerPrint);
}
var indexesOf = /* @__PURE__ */ new WeakMap();
async function indexes() {
	const snapshot = await content();
	let built = indexesOf.get(snapshot);
	if (!built) {
		built = {
			types: /* @__PURE__ */ new Map(),
			tagged: /* @__PURE__ */ new Map()
		};
		indexesOf.set(snapshot, built);
	}
	return {
		snapshot,
		built
	};
}
function field(doc, key) {
	return doc[key];
}
/** The name or title of a document. */
function titleOf(type, doc) {
	return String(field(doc, typeByName(type).titleField) ?? "");
}
/** The value a listing sorts on (the type's `sortField`; an article without a date: its publication). */
function sortValue(type, doc) {
	const value = field(doc, typeByName(type).sortField);
	if (typeof value === "number" || typeof value === "string") return value;
	return doc.publishedAt ?? doc.createdAt;
}
function comparator(type, locale) {
	const def = typeByName(type);
	const collator = new Intl.Collator(LOCALE_TAGS[locale]);
	const direction = def.kind === "content" ? -1 : 1;
	return (a, b) => {
		const x = sortValue(type, a);
		const y = sortValue(type, b);
		const byValue = typeof x === "number" && typeof y === "number" ? x - y : collator.compare(String(x), String(y));
		return direction * byValue || (b.publishedAt ?? "").localeCompare(a.publishedAt ?? "") || a.documentId.localeCompare(b.documentId);
	};
}
async function indexOf(type) {
	const { snapshot, built } = await indexes();
	let index = built.types.get(type);
	if (!index) {
		const byLocale = new Map(LOCALES.map((l) => [l, []]));
		const byId = /* @__PURE__ */ new Map();
		for (const doc of snapshot.documents.get(type) ?? []) {
			if (!isLocale(doc.locale)) continue;
			byLocale.get(doc.locale).push(doc);
			if (!byId.has(doc.documentId)) byId.set(doc.documentId, /* @__PURE__ */ new Map());
			byId.get(doc.documentId).set(doc.locale, doc);
		}
		for (const [locale, docs] of byLocale) docs.sort(comparator(type, locale));
		index = {
			byLocale,
			byId
		};
		built.types.set(type, index);
	}
	return index;
}
async function allOf(type, locale) {
	return (await indexOf(type)).byLocale.get(locale) ?? [];
}
async function translations(type, documentId) {
	return (await indexOf(type)).byId.get(documentId) ?? /* @__PURE__ */ new Map();
}
/** Every document of a type in one language, in listing order. */
var documentsOf = query("documents", allOf);
/** The translations of one document, by locale. */
var translationsOf = query("translations", translations);
async function findDocument(type, documentId, locale) {
	return (await translationsOf(type, documentId)).get(locale);
}
/** Paths of a document's real translations (same documentId), for the language switcher and hreflang. */
async function alternatesOf(type, documentId) {
	const out = {};
	for (const [locale, doc] of await translationsOf(type, documentId)) out[locale] = documentPath(type, locale, doc.slug);
	return out;
}
/**
* A related term or document as a link in the page's language: its translation if it has one,
* otherwise the version the CMS linked (marked with its language), or its Vietnamese version.
*/
async function resolveRef(target, ref, locale) {
	const found = await translationsOf(target, ref.documentId);
	const fallback = isLocale(ref.locale) ? ref.locale : DEFAULT_LOCALE;
	for (const candidate of [
		locale,
		fallback,
		DEFAULT_LOCALE,
		...LOCALES
	]) {
		const doc = found.get(candidate);
		if (doc) return {
			name: titleOf(target, doc),
			href: documentPath(target, candidate, doc.slug),
			...candidate !== locale ? { lang: candidate } : {}
		};
	}
	return {
		name: ref.name ?? ref.title ?? ref.slug,
		...fallback !== locale ? { lang: fallback } : {}
	};
}
async function resolveRefs(target, refs, locale) {
	return Promise.all((refs ?? []).map((ref) => resolveRef(target, ref, locale)));
}
/** Relation fields of a type, with their target: `[['agency', 'agency'], ['reformAreas', 'reform-area'], …]`. */
function relationFieldsOf(type) {
	return Object.entries(typeByName(type).fields).filter(([, f]) => f.relation).map(([key, f]) => [
		key,
		f.relation.target,
		f.relation.many
	]);
}
/**
* The tagging fields: relations to a taxonomy that every content type has (agency, reform
* areas, topics, audiences, localities), as opposed to type-specific ones (co-organisers).
*/
function tagFields() {
	const taxonomyNames = new Set(TAXONOMIES.map((t) => t.name));
	const [first, ...others] = CONTENT_TYPES.map((t) => relationFieldsOf(t.name));
	return (first ?? []).filter(([key, target]) => taxonomyNames.has(target) && others.every((fields) => fields.some(([k]) => k === key)));
}
function refsIn(doc, key) {
	const value = field(doc, key);
	if (Array.isArray(value)) return value;
	return value ? [value] : [];
}
/** The date a mixed list sorts on: an article's date, an event's start, a material's version. */
function itemDate(item) {
	switch (item.type) {
		case "article": return item.doc.date ?? item.doc.publishedAt ?? item.doc.createdAt;
		case "event": return item.doc.startsAt;
		case "training-material": return item.doc.versionDate;
		case "good-practice": return item.doc.publishedAt ?? item.doc.createdAt;
	}
}
/** Newest first; the same date in one fixed order (type, then documentId), whatever the snapshot's order. */
function byItemDate(a, b) {
	return itemDate(b).localeCompare(itemDate(a)) || a.type.localeCompare(b.type) || a.doc.documentId.localeCompare(b.doc.documentId);
}
/** termId → locale → content that refers to the term in any relation field, newest first. */
async function taggedIndex(termType) {
	const { built } = await indexes();
	let index = built.tagged.get(termType);
	if (!index) {
		index = /* @__PURE__ */ new Map();
		for (const def of CONTENT_TYPES) {
			const keys = relationFieldsOf(def.name).filter(([, target]) => target === termType).map(([key]) => key);
			if (!keys.length) continue;
			for (const locale of LOCALES) for (const doc of await allOf(def.name, locale)) {
				const ids = new Set(keys.flatMap((key) => refsIn(doc, key).map((r) => r.documentId)));
				for (const id of ids) {
					if (!index.has(id)) index.set(id, /* @__PURE__ */ new Map());
					const perLocale = index.get(id);
					if (!perLocale.has(locale)) perLocale.set(locale, []);
					perLocale.get(locale).push({
						type: def.name,
						doc
					});
				}
			}
		}
		for (const perLocale of index.values()) for (const items of perLocale.values()) items.sort(byItemDate);
		built.tagged.set(termType, index);
	}
	return index;
}
async function tagged(termType, termId, locale) {
	return (await taggedIndex(termType)).get(termId)?.get(locale) ?? [];
}
/** Content in one language that is tagged with (or otherwise related to) a taxonomy term. */
var contentTaggedWith = query("tagged", tagged);
/** First published, last major update and change notes of one translation (from the CMS's events). */
var historyOf = query("history", async (type, documentId, locale) => {
	return (await content()).histories.get(historyKey(type, locale, documentId));
});
/** Whether an event has not ended yet, by the calendar day in the province. */
function isUpcoming(event, now) {
	return provinceDay(event.endsAt ?? event.startsAt) >= provinceDay(now);
}
/**
* Events from today on, soonest first ("today" in Asia/Ho_Chi_Minh, when the page is rendered:
* the publisher asks again after midnight).
*/
var upcomingEvents = query("upcoming", async (locale) => {
	const now = /* @__PURE__ */ new Date();
	return (await allOf("event", locale)).filter((e) => isUpcoming(e, now)).sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.documentId.localeCompare(b.documentId));
});
/** Training materials used in an event (training course). */
var materialsOfEvent = query("materials", async (eventId, locale) => {
	return (await allOf("training-material", locale)).filter((m) => m.trainingEvent?.documentId === eventId);
});
/** The latest documents of a content type, for the home page. */
var latest = query("latest", async (type, locale, count) => {
	return (await allOf(type, locale)).slice(0, count);
});
/** The agencies with these codes (in this order), linked in the page's language where translated. */
var agenciesByCode = query("agencies", async (codes, locale) => {
	const all = await allOf("agency", DEFAULT_LOCALE);
	const found = codes.map((code) => all.find((a) => a.code === code)).filter((a) => a !== void 0);
	const resolved = [];
	for (const a of found) {
		const doc = (await translations("agency", a.documentId)).get(locale) ?? a;
		resolved.push({
			name: doc.name,
			href: documentPath("agency", doc.locale, doc.slug),
			...doc.locale !== locale ? { lang: doc.locale } : {}
		});
	}
	return resolved;
});
export { formatTime as _, findDocument as a, materialsOfEvent as c, resolveRefs as d, tagFields as f, formatDateTime as g, formatDate as h, documentsOf as i, refsIn as l, upcomingEvents as m, alternatesOf as n, historyOf as o, titleOf as p, contentTaggedWith as r, latest as s, agenciesByCode as t, resolveRef as u, provinceDay as v };
