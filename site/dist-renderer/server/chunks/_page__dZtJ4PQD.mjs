import { t as __exportAll } from "./rolldown-runtime_782esTHO.mjs";
import { A as renderTemplate, w as renderComponent } from "./sequence_BHAlCKQq.mjs";
import { m as createComponent, p as createAstro } from "./_astro_assets_BFYZnzEP.mjs";
import { t as $$ListingView } from "./ListingView_7u_j-hXn.mjs";
import { i as documentsOf } from "./content_GcQaujJd.mjs";
import { n as laterPages } from "./Pagination_D8_bRE5M.mjs";
import { v as langParam, x as typeByRoute, y as localeFromParam } from "./Base_BJdcTsvr.mjs";
import { CONTENT_TYPES, LOCALES } from "@cchc/content-types";
// src/pages/[...lang]/[section]/trang/[page].astro
var _page__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Page,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://127.0.0.1:4321/");
async function getStaticPaths() {
	const paths = [];
	for (const locale of LOCALES) for (const def of CONTENT_TYPES) {
		const total = (await documentsOf(def.name, locale)).length;
		for (const page of laterPages(total)) paths.push({ params: {
			lang: langParam(locale),
			section: def.route,
			page: String(page)
		} });
	}
	return paths;
}
var $$Page = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Page;
	const locale = localeFromParam(Astro.params.lang);
	const def = typeByRoute(Astro.params.section);
	return renderTemplate`${renderComponent($$result, "ListingView", $$ListingView, {
		"type": def.name,
		"locale": locale,
		"page": Number(Astro.params.page)
	})}`;
}, "/work/main/site/src/pages/[...lang]/[section]/trang/[page].astro", void 0);
var $$file = "/work/main/site/src/pages/[...lang]/[section]/trang/[page].astro";
var $$url = "/[...lang]/[section]/trang/[page]/";
// \0virtual:astro:page:src/pages/[...lang]/[section]/trang/[page]@_@astro
var page = () => _page__exports;
export { page };
