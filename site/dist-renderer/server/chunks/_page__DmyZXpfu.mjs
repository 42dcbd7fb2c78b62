import { t as __exportAll } from "./rolldown-runtime_782esTHO.mjs";
import { A as renderTemplate, w as renderComponent } from "./sequence_BHAlCKQq.mjs";
import { m as createComponent, p as createAstro } from "./_astro_assets_BFYZnzEP.mjs";
import { t as $$TermView } from "./TermView_D3mX4Zpw.mjs";
import { i as documentsOf, r as contentTaggedWith } from "./content_GcQaujJd.mjs";
import { n as laterPages } from "./Pagination_D8_bRE5M.mjs";
import { v as langParam, y as localeFromParam } from "./Base_BJdcTsvr.mjs";
import { LOCALES, TAXONOMIES } from "@cchc/content-types";
// src/pages/[...lang]/[section]/[slug]/trang/[page].astro
var _page__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Page,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://127.0.0.1:4321/");
async function getStaticPaths() {
	const paths = [];
	for (const locale of LOCALES) for (const def of TAXONOMIES) for (const term of await documentsOf(def.name, locale)) {
		const total = (await contentTaggedWith(def.name, term.documentId, locale)).length;
		for (const page of laterPages(total)) paths.push({
			params: {
				lang: langParam(locale),
				section: def.route,
				slug: term.slug,
				page: String(page)
			},
			props: {
				type: def.name,
				documentId: term.documentId
			}
		});
	}
	return paths;
}
var $$Page = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Page;
	const { type, documentId } = Astro.props;
	const locale = localeFromParam(Astro.params.lang);
	return renderTemplate`${renderComponent($$result, "TermView", $$TermView, {
		"type": type,
		"documentId": documentId,
		"locale": locale,
		"page": Number(Astro.params.page)
	})}`;
}, "/work/main/site/src/pages/[...lang]/[section]/[slug]/trang/[page].astro", void 0);
var $$file = "/work/main/site/src/pages/[...lang]/[section]/[slug]/trang/[page].astro";
var $$url = "/[...lang]/[section]/[slug]/trang/[page]/";
// \0virtual:astro:page:src/pages/[...lang]/[section]/[slug]/trang/[page]@_@astro
var page = () => _page__exports;
export { page };
