import { t as __exportAll } from "./rolldown-runtime_782esTHO.mjs";
import { A as renderTemplate, N as addAttribute, T as Fragment, j as maybeRenderHead, w as renderComponent } from "./sequence_BHAlCKQq.mjs";
import { m as createComponent, p as createAstro } from "./_astro_assets_BFYZnzEP.mjs";
import { t as $$ListingView } from "./ListingView_7u_j-hXn.mjs";
import { T as useTranslations, _ as inEveryLocale, t as $$Base, v as langParam, w as typeLabel, x as typeByRoute, y as localeFromParam } from "./Base_BJdcTsvr.mjs";
import { h as formatDate, i as documentsOf, p as titleOf, r as contentTaggedWith } from "./content_GcQaujJd.mjs";
import { ALL_TYPES, DEFAULT_LOCALE, LOCALES, documentPath, listingPath } from "@cchc/content-types";
// src/components/views/TermIndexView.astro
createAstro("http://127.0.0.1:4321/");
var $$TermIndexView = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$TermIndexView;
	const { type, locale } = Astro.props;
	const t = useTranslations(locale);
	const terms = await Promise.all((await documentsOf(type, locale)).map(async (doc) => ({
		doc,
		name: titleOf(type, doc),
		count: (await contentTaggedWith(type, doc.documentId, locale)).length,
		ended: "validTo" in doc && doc.validTo ? formatDate(doc.validTo) : void 0
	})));
	const heading = typeLabel(type, locale, true);
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"locale": locale,
		"title": heading,
		"path": listingPath(type, locale),
		"alternates": inEveryLocale((l) => listingPath(type, l))
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<div class="wrap"> <h1>${heading}</h1> ${terms.length > 0 ? renderTemplate`<ul class="term-list" role="list"> ${terms.map(({ doc, name, count, ended }) => renderTemplate`<li> <a${addAttribute(documentPath(type, locale, doc.slug), "href")}>${name}</a> <span class="count">${t("term.count", { count })}</span> ${ended && renderTemplate`<span class="count">(${t(type === "agency" ? "agency.validTo" : "locality.validTo").toLowerCase()} ${ended})</span>`} ${doc.description && renderTemplate`<p>${doc.description}</p>`} </li>`)} </ul>` : renderTemplate`<p class="notice"> ${t("listing.empty")} ${locale !== DEFAULT_LOCALE && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` <a${addAttribute(listingPath(type, DEFAULT_LOCALE), "href")}${addAttribute(DEFAULT_LOCALE, "hreflang")}>${t("listing.inDefault")}</a>` })}`} </p>`} </div> ` })}`;
}, "/work/main/site/src/components/views/TermIndexView.astro", void 0);
// src/pages/[...lang]/[section]/index.astro
var _section__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://127.0.0.1:4321/");
function getStaticPaths() {
	return LOCALES.flatMap((locale) => ALL_TYPES.map((def) => ({ params: {
		lang: langParam(locale),
		section: def.route
	} })));
}
var $$Index = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const locale = localeFromParam(Astro.params.lang);
	const def = typeByRoute(Astro.params.section);
	return renderTemplate`${def.kind === "content" ? renderTemplate`${renderComponent($$result, "ListingView", $$ListingView, {
		"type": def.name,
		"locale": locale,
		"page": 1
	})}` : renderTemplate`${renderComponent($$result, "TermIndexView", $$TermIndexView, {
		"type": def.name,
		"locale": locale
	})}`}`;
}, "/work/main/site/src/pages/[...lang]/[section]/index.astro", void 0);
var $$file = "/work/main/site/src/pages/[...lang]/[section]/index.astro";
var $$url = "/[...lang]/[section]/";
// \0virtual:astro:page:src/pages/[...lang]/[section]/index@_@astro
var page = () => _section__exports;
export { page };
