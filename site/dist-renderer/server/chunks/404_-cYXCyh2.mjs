import { t as __exportAll } from "./rolldown-runtime_782esTHO.mjs";
import { A as renderTemplate, N as addAttribute, j as maybeRenderHead, w as renderComponent } from "./sequence_BHAlCKQq.mjs";
import { m as createComponent } from "./_astro_assets_BFYZnzEP.mjs";
import { T as useTranslations, t as $$Base } from "./Base_BJdcTsvr.mjs";
import { DEFAULT_LOCALE, LOCALES, homePath } from "@cchc/content-types";
// src/pages/404.astro
var _404_exports = /* @__PURE__ */ __exportAll({
	default: () => $$404,
	file: () => $$file,
	url: () => $$url
});
var $$404 = createComponent(($$result, $$props, $$slots) => {
	const t = useTranslations(DEFAULT_LOCALE);
	const others = LOCALES.filter((l) => l !== DEFAULT_LOCALE).map((l) => ({
		locale: l,
		t: useTranslations(l)
	}));
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"locale": DEFAULT_LOCALE,
		"title": t("notFound.title"),
		"path": "/404/",
		"alternates": {},
		"noindex": true
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<div class="wrap not-found"> <h1>${t("notFound.title")}</h1> <p>${t("notFound.body")}</p> <p><a${addAttribute(homePath(DEFAULT_LOCALE), "href")}>${t("notFound.home")}</a></p> ${others.map(({ locale, t: tr }) => renderTemplate`<section${addAttribute(locale, "lang")}${addAttribute(`nf-${locale}`, "aria-labelledby")}> <h2${addAttribute(`nf-${locale}`, "id")}>${tr("notFound.title")}</h2> <p>${tr("notFound.body")} <a${addAttribute(homePath(locale), "href")}>${tr("notFound.home")}</a></p> </section>`)} </div> ` })}`;
}, "/work/main/site/src/pages/404.astro", void 0);
var $$file = "/work/main/site/src/pages/404.astro";
var $$url = "/404/";
// \0virtual:astro:page:src/pages/404@_@astro
var page = () => _404_exports;
export { page };
