import { t as __exportAll } from "./rolldown-runtime_782esTHO.mjs";
import { A as renderTemplate, N as addAttribute, j as maybeRenderHead, w as renderComponent } from "./sequence_BHAlCKQq.mjs";
import { m as createComponent, p as createAstro } from "./_astro_assets_BFYZnzEP.mjs";
import { C as choiceLabel, T as useTranslations, _ as inEveryLocale, a as organizationLd, o as withContext, t as $$Base, v as langParam, w as typeLabel, y as localeFromParam } from "./Base_BJdcTsvr.mjs";
import { i as documentsOf, m as upcomingEvents, r as contentTaggedWith, s as latest } from "./content_GcQaujJd.mjs";
import { t as ownerOrganization } from "./owner_DwxQ9K94.mjs";
import { i as $$FormattedDate, n as $$Card, r as $$EventStatus, t as $$CardList } from "./CardList_Do2Ds8ti.mjs";
import { LOCALES, canonicalUrl, documentPath, homePath, listingPath } from "@cchc/content-types";
// src/components/views/HomeView.astro
createAstro("http://127.0.0.1:4321/");
var $$HomeView = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$HomeView;
	const { locale } = Astro.props;
	const t = useTranslations(locale);
	const site = Astro.site.toString();
	const [lead, ...news] = (await latest("article", locale, 4)).map((doc) => ({
		type: "article",
		doc
	}));
	const events = (await upcomingEvents(locale)).slice(0, 5);
	const practices = (await latest("good-practice", locale, 3)).map((doc) => ({
		type: "good-practice",
		doc
	}));
	const materials = (await latest("training-material", locale, 3)).map((doc) => ({
		type: "training-material",
		doc
	}));
	const areas = await Promise.all((await documentsOf("reform-area", locale)).map(async (area) => ({
		area,
		count: (await contentTaggedWith("reform-area", area.documentId, locale)).length
	})));
	const seeAll = (type) => t("home.seeAll", { section: typeLabel(type, locale, true) });
	const jsonLd = [withContext({
		"@type": "WebSite",
		name: t("site.name"),
		url: canonicalUrl(site, homePath(locale)),
		inLanguage: locale
	}), withContext(organizationLd(ownerOrganization(locale, site)))];
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"locale": locale,
		"path": homePath(locale),
		"alternates": inEveryLocale(homePath),
		"jsonLd": jsonLd
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<div class="wrap"> <h1 class="home-title">${t("site.tagline")}</h1> <p class="lead">${t("home.intro")}</p> <div class="home-grid"> <section aria-labelledby="home-news"> <h2 id="home-news">${t("home.latest")}</h2> ${lead ? renderTemplate`${renderComponent($$result, "Card", $$Card, {
		"item": lead,
		"locale": locale,
		"level": 3,
		"lead": true
	})}` : renderTemplate`<p>${t("listing.empty")}</p>`} ${news.length > 0 && renderTemplate`${renderComponent($$result, "CardList", $$CardList, {
		"items": news,
		"locale": locale,
		"level": 3
	})}`} <p class="more"><a${addAttribute(listingPath("article", locale), "href")}>${seeAll("article")}</a></p> </section> <section aria-labelledby="home-events" class="events-box"> <h2 id="home-events">${t("home.upcoming")}</h2> ${events.length === 0 && renderTemplate`<p>${t("home.noUpcoming")}</p>`} <ul class="event-list" role="list"> ${events.map((e) => renderTemplate`<li> <p class="event-date">${renderComponent($$result, "FormattedDate", $$FormattedDate, {
		"value": e.startsAt,
		"withTime": true
	})}</p> <h3><a${addAttribute(documentPath("event", locale, e.slug), "href")}>${e.title}</a></h3> <p class="card-meta"> <span>${choiceLabel("event", "eventKind", e.eventKind, locale)}</span> ${renderComponent($$result, "EventStatus", $$EventStatus, {
		"status": e.eventStatus,
		"locale": locale
	})} </p> ${e.venue && renderTemplate`<p>${e.venue}</p>`} </li>`)} </ul> <p class="more"><a${addAttribute(listingPath("event", locale), "href")}>${seeAll("event")}</a></p> </section> </div> ${practices.length > 0 && renderTemplate`<section aria-labelledby="home-practices"> <h2 id="home-practices">${typeLabel("good-practice", locale, true)}</h2> ${renderComponent($$result, "CardList", $$CardList, {
		"items": practices,
		"locale": locale,
		"level": 3
	})} <p class="more"><a${addAttribute(listingPath("good-practice", locale), "href")}>${seeAll("good-practice")}</a></p> </section>`} ${materials.length > 0 && renderTemplate`<section aria-labelledby="home-materials"> <h2 id="home-materials">${typeLabel("training-material", locale, true)}</h2> ${renderComponent($$result, "CardList", $$CardList, {
		"items": materials,
		"locale": locale,
		"level": 3
	})} <p class="more"><a${addAttribute(listingPath("training-material", locale), "href")}>${seeAll("training-material")}</a></p> </section>`} ${areas.length > 0 && renderTemplate`<section aria-labelledby="home-areas"> <h2 id="home-areas">${typeLabel("reform-area", locale, true)}</h2> <ul class="term-list term-grid" role="list"> ${areas.map(({ area, count }) => renderTemplate`<li><a${addAttribute(documentPath("reform-area", locale, area.slug), "href")}>${area.name}</a> <span class="count">${t("term.count", { count })}</span></li>`)} </ul> </section>`} </div> ` })}`;
}, "/work/main/site/src/components/views/HomeView.astro", void 0);
// src/pages/[...lang]/index.astro
var ____lang__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://127.0.0.1:4321/");
function getStaticPaths() {
	return LOCALES.map((locale) => ({ params: { lang: langParam(locale) } }));
}
var $$Index = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const locale = localeFromParam(Astro.params.lang);
	return renderTemplate`${renderComponent($$result, "HomeView", $$HomeView, { "locale": locale })}`;
}, "/work/main/site/src/pages/[...lang]/index.astro", void 0);
var $$file = "/work/main/site/src/pages/[...lang]/index.astro";
var $$url = "/[...lang]/";
// \0virtual:astro:page:src/pages/[...lang]/index@_@astro
var page = () => ____lang__exports;
export { page };
