import { A as renderTemplate, N as addAttribute, j as maybeRenderHead, w as renderComponent } from "./sequence_BHAlCKQq.mjs";
import { a as $$Picture, m as createComponent, p as createAstro } from "./_astro_assets_BFYZnzEP.mjs";
import { g as formatDateTime, h as formatDate, p as titleOf } from "./content_GcQaujJd.mjs";
import { C as choiceLabel, S as KIND_FIELD, f as imageSource, l as widthsFor, s as fallbackFormat, w as typeLabel } from "./Base_BJdcTsvr.mjs";
import { documentPath, isLocale } from "@cchc/content-types";
// src/components/CmsImage.astro
createAstro("http://127.0.0.1:4321/");
var $$CmsImage = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$CmsImage;
	const { media, alt, sizes = "(min-width: 50rem) 46rem, 100vw", widths, eager = false, class: className } = Astro.props;
	const src = imageSource(media.url);
	const known = media.width && media.height ? {
		width: media.width,
		height: media.height
	} : void 0;
	return renderTemplate`${renderComponent($$result, "Picture", $$Picture, {
		"src": src,
		...known ?? { inferSize: true },
		"widths": widthsFor(known?.width ?? 1200, widths),
		"sizes": sizes,
		"formats": ["avif", "webp"],
		"fallbackFormat": fallbackFormat(media),
		"alt": alt,
		"loading": eager ? "eager" : "lazy",
		"fetchpriority": eager ? "high" : void 0,
		"decoding": "async",
		"role": alt ? void 0 : "presentation",
		"class": className
	})}`;
}, "/work/main/site/src/components/CmsImage.astro", void 0);
// src/components/FormattedDate.astro
createAstro("http://127.0.0.1:4321/");
var $$FormattedDate = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$FormattedDate;
	const { value, withTime = false } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<time${addAttribute(value, "datetime")}>${withTime ? formatDateTime(value) : formatDate(value)}</time>`;
}, "/work/main/site/src/components/FormattedDate.astro", void 0);
// src/components/EventStatus.astro
createAstro("http://127.0.0.1:4321/");
var $$EventStatus = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$EventStatus;
	const { status, locale } = Astro.props;
	return renderTemplate`${status !== "scheduled" && renderTemplate`${maybeRenderHead($$result)}<span${addAttribute(`status status-${status}`, "class")}>${choiceLabel("event", "eventStatus", status, locale)}</span>`}`;
}, "/work/main/site/src/components/EventStatus.astro", void 0);
// src/components/Card.astro
createAstro("http://127.0.0.1:4321/");
var $$Card = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Card;
	const { item, locale, level = 2, showType = false, lead = false } = Astro.props;
	const { type, doc } = item;
	const docLocale = isLocale(doc.locale) ? doc.locale : locale;
	const Heading = `h${level}`;
	const kind = choiceLabel(type, KIND_FIELD[type], doc[KIND_FIELD[type]], locale);
	const cover = doc.cover;
	return renderTemplate`${maybeRenderHead($$result)}<article${addAttribute(["card", { "card-lead": lead }], "class:list")}${addAttribute(docLocale !== locale ? docLocale : void 0, "lang")}> ${cover && renderTemplate`${renderComponent($$result, "CmsImage", $$CmsImage, {
		"class": "card-image",
		"media": cover.image,
		"alt": cover.alt,
		"widths": lead ? [
			400,
			800,
			1200
		] : [400, 800],
		"sizes": lead ? "(min-width: 50rem) 46rem, 100vw" : "(min-width: 40rem) 22rem, 100vw",
		"eager": lead
	})}`} <div class="card-body"> ${renderComponent($$result, "Heading", Heading, { "class": "card-title" }, { "default": ($$result) => renderTemplate`<a${addAttribute(documentPath(type, docLocale, doc.slug), "href")}>${titleOf(type, doc)}</a>` })} <p class="card-meta"> ${showType && renderTemplate`<span>${typeLabel(type, locale)}</span>`} ${kind && renderTemplate`<span>${kind}</span>`} ${type === "article" && renderTemplate`${renderComponent($$result, "FormattedDate", $$FormattedDate, { "value": doc.date ?? doc.publishedAt ?? doc.createdAt })}`} ${type === "event" && renderTemplate`${renderComponent($$result, "FormattedDate", $$FormattedDate, {
		"value": doc.startsAt,
		"withTime": true
	})}`} ${type === "event" && renderTemplate`${renderComponent($$result, "EventStatus", $$EventStatus, {
		"status": doc.eventStatus,
		"locale": locale
	})}`} ${type === "training-material" && renderTemplate`${renderComponent($$result, "FormattedDate", $$FormattedDate, { "value": doc.versionDate })}`} ${type === "good-practice" && renderTemplate`<span>${doc.year}</span>`} </p> <p class="card-summary">${doc.summary}</p> </div> </article>`;
}, "/work/main/site/src/components/Card.astro", void 0);
// src/components/CardList.astro
createAstro("http://127.0.0.1:4321/");
var $$CardList = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$CardList;
	const { items, locale, level, showType } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<ul class="cards" role="list"> ${items.map((item) => renderTemplate`<li>${renderComponent($$result, "Card", $$Card, {
		"item": item,
		"locale": locale,
		"level": level,
		"showType": showType
	})}</li>`)} </ul>`;
}, "/work/main/site/src/components/CardList.astro", void 0);
export { $$CmsImage as a, $$FormattedDate as i, $$Card as n, $$EventStatus as r, $$CardList as t };
