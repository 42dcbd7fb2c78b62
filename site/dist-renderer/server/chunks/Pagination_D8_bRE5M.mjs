import { A as renderTemplate, N as addAttribute, j as maybeRenderHead } from "./sequence_BHAlCKQq.mjs";
import { m as createComponent, p as createAstro } from "./_astro_assets_BFYZnzEP.mjs";
import { T as useTranslations } from "./Base_BJdcTsvr.mjs";
import { homePath } from "@cchc/content-types";
// src/components/Breadcrumbs.astro
createAstro("http://127.0.0.1:4321/");
var $$Breadcrumbs = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Breadcrumbs;
	const { locale, trail } = Astro.props;
	const t = useTranslations(locale);
	return renderTemplate`${maybeRenderHead($$result)}<nav class="breadcrumbs"${addAttribute(t("breadcrumb.label"), "aria-label")}> <ol> <li><a${addAttribute(homePath(locale), "href")}>${t("nav.home")}</a></li> ${trail.map(({ href, label }) => renderTemplate`<li><a${addAttribute(href, "href")}>${label}</a></li>`)} </ol> </nav>`;
}, "/work/main/site/src/components/Breadcrumbs.astro", void 0);
function pageCount(total, size = 20) {
	return Math.max(1, Math.ceil(total / size));
}
function pageOf(items, page, size = 20) {
	return items.slice((page - 1) * size, page * size);
}
/** Page numbers around the current one, with null for a gap: [1, null, 4, 5, 6, null, 12]. */
function pageWindow(page, pages, around = 1) {
	const wanted = /* @__PURE__ */ new Set([1, pages]);
	for (let p = page - around; p <= page + around; p++) if (p >= 1 && p <= pages) wanted.add(p);
	const sorted = [...wanted].sort((a, b) => a - b);
	const out = [];
	sorted.forEach((p, i) => {
		if (i > 0 && p - sorted[i - 1] > 1) out.push(null);
		out.push(p);
	});
	return out;
}
/** Pages 2…n of a listing, for getStaticPaths (page 1 is the listing's own path). */
function laterPages(total) {
	return Array.from({ length: pageCount(total) - 1 }, (_, i) => i + 2);
}
// src/components/Pagination.astro
createAstro("http://127.0.0.1:4321/");
var $$Pagination = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Pagination;
	const { locale, page, pages, pathOf } = Astro.props;
	const t = useTranslations(locale);
	return renderTemplate`${pages > 1 && renderTemplate`${maybeRenderHead($$result)}<nav class="pagination"${addAttribute(t("pagination.label"), "aria-label")}> <p class="pagination-status">${t("pagination.status", {
		page,
		pages
	})}</p> <ul> ${page > 1 && renderTemplate`<li><a${addAttribute(pathOf(page - 1), "href")} rel="prev">${t("pagination.prev")}</a></li>`} ${pageWindow(page, pages).map((n) => n === null ? renderTemplate`<li aria-hidden="true">…</li>` : renderTemplate`<li> <a${addAttribute(pathOf(n), "href")}${addAttribute(n === page ? "page" : void 0, "aria-current")}${addAttribute(t("pagination.page", { page: n }), "aria-label")}>${n}</a> </li>`)} ${page < pages && renderTemplate`<li><a${addAttribute(pathOf(page + 1), "href")} rel="next">${t("pagination.next")}</a></li>`} </ul> </nav>`}`;
}, "/work/main/site/src/components/Pagination.astro", void 0);
export { $$Breadcrumbs as a, pageOf as i, laterPages as n, pageCount as r, $$Pagination as t };
