import { A as renderTemplate, N as addAttribute, T as Fragment, j as maybeRenderHead, w as renderComponent } from "./sequence_BHAlCKQq.mjs";
import { m as createComponent, p as createAstro } from "./_astro_assets_BFYZnzEP.mjs";
import { T as useTranslations, _ as inEveryLocale, t as $$Base, w as typeLabel } from "./Base_BJdcTsvr.mjs";
import { i as documentsOf } from "./content_GcQaujJd.mjs";
import { a as $$Breadcrumbs, i as pageOf, r as pageCount, t as $$Pagination } from "./Pagination_D8_bRE5M.mjs";
import { t as $$CardList } from "./CardList_Do2Ds8ti.mjs";
import { DEFAULT_LOCALE, listingPath } from "@cchc/content-types";
// src/components/views/ListingView.astro
createAstro("http://127.0.0.1:4321/");
var $$ListingView = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ListingView;
	const { type, locale, page } = Astro.props;
	const t = useTranslations(locale);
	const docs = await documentsOf(type, locale);
	const pages = pageCount(docs.length);
	const items = pageOf(docs, page).map((doc) => ({
		type,
		doc
	}));
	const heading = typeLabel(type, locale, true);
	const everyLocale = inEveryLocale((l) => listingPath(type, l));
	const alternates = page === 1 ? everyLocale : { [locale]: listingPath(type, locale, page) };
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"locale": locale,
		"title": page > 1 ? t("listing.pageTitle", {
			title: heading,
			page
		}) : heading,
		"path": listingPath(type, locale, page),
		"alternates": alternates,
		"switcher": everyLocale
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<div class="wrap"> ${page > 1 && renderTemplate`${renderComponent($$result, "Breadcrumbs", $$Breadcrumbs, {
		"locale": locale,
		"trail": [{
			href: listingPath(type, locale),
			label: heading
		}]
	})}`} <h1>${heading}</h1> ${items.length > 0 ? renderTemplate`${renderComponent($$result, "CardList", $$CardList, {
		"items": items,
		"locale": locale
	})}` : renderTemplate`<p class="notice"> ${t("listing.empty")} ${locale !== DEFAULT_LOCALE && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` <a${addAttribute(listingPath(type, DEFAULT_LOCALE), "href")}${addAttribute(DEFAULT_LOCALE, "hreflang")}>${t("listing.inDefault")}</a>` })}`} </p>`} ${renderComponent($$result, "Pagination", $$Pagination, {
		"locale": locale,
		"page": page,
		"pages": pages,
		"pathOf": ((n) => listingPath(type, locale, n))
	})} </div> ` })}`;
}, "/work/main/site/src/components/views/ListingView.astro", void 0);
export { $$ListingView as t };
