import { A as renderTemplate, N as addAttribute, j as maybeRenderHead, w as renderComponent } from "./sequence_BHAlCKQq.mjs";
import { m as createComponent, p as createAstro } from "./_astro_assets_BFYZnzEP.mjs";
import { C as choiceLabel, T as useTranslations, a as organizationLd, b as termPath, o as withContext, t as $$Base, w as typeLabel } from "./Base_BJdcTsvr.mjs";
import { a as findDocument, d as resolveRefs, h as formatDate, n as alternatesOf, p as titleOf, r as contentTaggedWith, u as resolveRef } from "./content_GcQaujJd.mjs";
import { a as $$Breadcrumbs, i as pageOf, r as pageCount, t as $$Pagination } from "./Pagination_D8_bRE5M.mjs";
import { i as $$FormattedDate, t as $$CardList } from "./CardList_Do2Ds8ti.mjs";
import { t as $$RefList } from "./RefList_FTHsfDaQ.mjs";
import { canonicalUrl, documentPath, listingPath } from "@cchc/content-types";
// src/lib/links.ts
/**
* Links written by editors pass through here: only http(s), mailto and relative links become
* `href`s. Anything else (javascript:, data:, vbscript:, …) is shown as plain text.
*/
var ALLOWED_SCHEMES = /* @__PURE__ */ new Set([
	"http:",
	"https:",
	"mailto:"
]);
function safeHref(url) {
	if (!url) return void 0;
	const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, "");
	if (!cleaned) return void 0;
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1];
	if (scheme === void 0) return url.trim();
	return ALLOWED_SCHEMES.has(`${scheme.toLowerCase()}:`) ? url.trim() : void 0;
}
/** Whether a link leaves the site (for rel attributes). */
function isExternal(href) {
	return /^(https?:)?\/\//i.test(href);
}
// src/components/AgencyFacts.astro
createAstro("http://127.0.0.1:4321/");
var $$AgencyFacts = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$AgencyFacts;
	const { agency, locale } = Astro.props;
	const t = useTranslations(locale);
	const locality = agency.locality ? await resolveRef("locality", agency.locality, locale) : void 0;
	const successors = await resolveRefs("agency", agency.successors, locale);
	const website = safeHref(agency.website);
	return renderTemplate`${agency.validTo && renderTemplate`${maybeRenderHead($$result)}<p class="notice">${t("agency.ended", { date: formatDate(agency.validTo) })}</p>`} <dl class="facts"> <div><dt>${t("agency.kind")}</dt><dd>${choiceLabel("agency", "agencyKind", agency.agencyKind, locale)}</dd></div> ${agency.shortName && renderTemplate`<div><dt>${t("agency.shortName")}</dt><dd>${agency.shortName}</dd></div>`} ${agency.address && renderTemplate`<div><dt>${t("agency.address")}</dt><dd>${agency.address}</dd></div>`} ${locality && renderTemplate`<div><dt>${typeLabel("locality", locale)}</dt><dd>${renderComponent($$result, "RefList", $$RefList, { "refs": [locality] })}</dd></div>`} ${website && renderTemplate`<div><dt>${t("agency.website")}</dt><dd><a${addAttribute(website, "href")} rel="noopener">${agency.website}</a></dd></div>`} ${agency.validFrom && renderTemplate`<div><dt>${t("agency.validFrom")}</dt><dd>${renderComponent($$result, "FormattedDate", $$FormattedDate, { "value": agency.validFrom })}</dd></div>`} ${agency.validTo && renderTemplate`<div><dt>${t("agency.validTo")}</dt><dd>${renderComponent($$result, "FormattedDate", $$FormattedDate, { "value": agency.validTo })}</dd></div>`} ${successors.length > 0 && renderTemplate`<div><dt>${t("agency.successors")}</dt><dd>${renderComponent($$result, "RefList", $$RefList, { "refs": successors })}</dd></div>`} </dl>`;
}, "/work/main/site/src/components/AgencyFacts.astro", void 0);
// src/components/LocalityFacts.astro
createAstro("http://127.0.0.1:4321/");
var $$LocalityFacts = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$LocalityFacts;
	const { locality, locale } = Astro.props;
	const t = useTranslations(locale);
	const parent = locality.parent ? await resolveRef("locality", locality.parent, locale) : void 0;
	const successors = await resolveRefs("locality", locality.successors, locale);
	return renderTemplate`${locality.validTo && renderTemplate`${maybeRenderHead($$result)}<p class="notice">${t("locality.ended", { date: formatDate(locality.validTo) })}</p>`} <dl class="facts"> <div><dt>${t("locality.kind")}</dt><dd>${choiceLabel("locality", "localityType", locality.localityType, locale)}</dd></div> ${parent && renderTemplate`<div><dt>${t("locality.parent")}</dt><dd>${renderComponent($$result, "RefList", $$RefList, { "refs": [parent] })}</dd></div>`} ${locality.validFrom && renderTemplate`<div><dt>${t("locality.validFrom")}</dt><dd>${renderComponent($$result, "FormattedDate", $$FormattedDate, { "value": locality.validFrom })}</dd></div>`} ${locality.validTo && renderTemplate`<div><dt>${t("locality.validTo")}</dt><dd>${renderComponent($$result, "FormattedDate", $$FormattedDate, { "value": locality.validTo })}</dd></div>`} ${successors.length > 0 && renderTemplate`<div><dt>${t("locality.successors")}</dt><dd>${renderComponent($$result, "RefList", $$RefList, { "refs": successors })}</dd></div>`} </dl>`;
}, "/work/main/site/src/components/LocalityFacts.astro", void 0);
// src/components/views/TermView.astro
createAstro("http://127.0.0.1:4321/");
var $$TermView = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$TermView;
	const { type, documentId, locale, page } = Astro.props;
	const doc = await findDocument(type, documentId, locale);
	const t = useTranslations(locale);
	const site = Astro.site.toString();
	const name = titleOf(type, doc);
	const items = await contentTaggedWith(type, documentId, locale);
	const pages = pageCount(items.length);
	const path = termPath(type, locale, doc.slug, page);
	const pathOf = (n) => termPath(type, locale, doc.slug, n);
	const translations = await alternatesOf(type, documentId);
	const alternates = page === 1 ? translations : { [locale]: path };
	const locality = type === "locality" ? doc : void 0;
	const agency = type === "agency" ? doc : void 0;
	const jsonLd = agency ? [withContext(organizationLd({
		name: agency.name,
		alternateName: agency.shortName,
		url: canonicalUrl(site, documentPath(type, locale, doc.slug)),
		sameAs: agency.website,
		address: agency.address,
		foundingDate: agency.validFrom,
		dissolutionDate: agency.validTo
	}))] : [];
	const title = page > 1 ? t("listing.pageTitle", {
		title: name,
		page
	}) : name;
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"locale": locale,
		"title": title,
		"description": doc.description,
		"path": path,
		"alternates": alternates,
		"switcher": translations,
		"jsonLd": jsonLd
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<div class="wrap"> ${renderComponent($$result, "Breadcrumbs", $$Breadcrumbs, {
		"locale": locale,
		"trail": [{
			href: listingPath(type, locale),
			label: typeLabel(type, locale, true)
		}]
	})} <header class="document-header"> <p class="kicker">${typeLabel(type, locale)}</p> <h1>${name}</h1> ${doc.description && renderTemplate`<p class="lead">${doc.description}</p>`} ${type === "reform-area" && "crossCutting" in doc && doc.crossCutting && renderTemplate`<p>${t("area.crossCutting")}</p>`} ${locality && renderTemplate`${renderComponent($$result, "LocalityFacts", $$LocalityFacts, {
		"locality": locality,
		"locale": locale
	})}`} ${agency && renderTemplate`${renderComponent($$result, "AgencyFacts", $$AgencyFacts, {
		"agency": agency,
		"locale": locale
	})}`} </header> <section aria-labelledby="term-content"> <h2 id="term-content">${t("term.content")} <span class="count">(${t("term.count", { count: items.length })})</span></h2> ${items.length === 0 ? renderTemplate`<p>${t("term.empty")}</p>` : renderTemplate`${renderComponent($$result, "CardList", $$CardList, {
		"items": pageOf(items, page),
		"locale": locale,
		"level": 3,
		"showType": true
	})}`} ${renderComponent($$result, "Pagination", $$Pagination, {
		"locale": locale,
		"page": page,
		"pages": pages,
		"pathOf": pathOf
	})} </section> </div> ` })}`;
}, "/work/main/site/src/components/views/TermView.astro", void 0);
export { isExternal as n, safeHref as r, $$TermView as t };
