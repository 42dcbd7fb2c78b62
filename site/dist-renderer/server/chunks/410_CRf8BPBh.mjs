import { t as __exportAll } from "./rolldown-runtime_782esTHO.mjs";
import { A as renderTemplate, N as addAttribute, j as maybeRenderHead, w as renderComponent } from "./sequence_BHAlCKQq.mjs";
import { m as createComponent, p as createAstro } from "./_astro_assets_BFYZnzEP.mjs";
import { T as useTranslations, g as goneBasePath, t as $$Base, v as langParam, y as localeFromParam } from "./Base_BJdcTsvr.mjs";
import { LOCALES, homePath } from "@cchc/content-types";
// src/pages/[...lang]/410.astro
var _410_exports = /* @__PURE__ */ __exportAll({
	default: () => $$410,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://127.0.0.1:4321/");
function getStaticPaths() {
	return LOCALES.map((locale) => ({ params: { lang: langParam(locale) } }));
}
var $$410 = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$410;
	const locale = localeFromParam(Astro.params.lang);
	const t = useTranslations(locale);
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"locale": locale,
		"title": t("gone.title"),
		"path": goneBasePath(locale),
		"alternates": {},
		"noindex": true
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<div class="wrap not-found"> <h1>${t("gone.title")}</h1> <p>${t("gone.body")}</p> <p><a${addAttribute(homePath(locale), "href")}>${t("gone.home")}</a></p> </div> ` })}`;
}, "/work/main/site/src/pages/[...lang]/410.astro", void 0);
var $$file = "/work/main/site/src/pages/[...lang]/410.astro";
var $$url = "/[...lang]/410/";
// \0virtual:astro:page:src/pages/[...lang]/410@_@astro
var page = () => _410_exports;
export { page };
