import { t as __exportAll } from "./rolldown-runtime_782esTHO.mjs";
import { A as renderTemplate, N as addAttribute, T as Fragment, j as maybeRenderHead, w as renderComponent } from "./sequence_BHAlCKQq.mjs";
import { m as createComponent, p as createAstro } from "./_astro_assets_BFYZnzEP.mjs";
import { C as choiceLabel, T as useTranslations, c as shareImage, d as imageMime, i as newsArticleLd, m as strapiUrl, n as eventLd, r as learningResourceLd, t as $$Base, u as fileLabel, v as langParam, w as typeLabel, y as localeFromParam } from "./Base_BJdcTsvr.mjs";
import { _ as formatTime, a as findDocument, c as materialsOfEvent, d as resolveRefs, f as tagFields, g as formatDateTime, i as documentsOf, l as refsIn, n as alternatesOf, o as historyOf, u as resolveRef, v as provinceDay } from "./content_GcQaujJd.mjs";
import { t as ownerOrganization } from "./owner_DwxQ9K94.mjs";
import { a as $$Breadcrumbs } from "./Pagination_D8_bRE5M.mjs";
import { t as $$RefList } from "./RefList_FTHsfDaQ.mjs";
import { a as $$CmsImage, i as $$FormattedDate, r as $$EventStatus } from "./CardList_Do2Ds8ti.mjs";
import { n as isExternal, r as safeHref, t as $$TermView } from "./TermView_D3mX4Zpw.mjs";
import { ALL_TYPES, LOCALES, canonicalUrl, documentPath, listingPath } from "@cchc/content-types";
// src/lib/cms-files.ts
/**
* Files from the CMS that readers download or play (attachments, audio, video) are copied into
* the built site under /files/, so that pages load nothing from another host and the CMS need
* not be reachable by the public. Rendering a page registers the files it links; the
* cms-files integration copies them when the build is done. Images go through astro:assets.
*/
var FILES_PATH = "/files/";
var KEY = Symbol.for("cchc.site.cmsFiles");
function state() {
	const store = globalThis;
	return store[KEY] ??= {
		collecting: false,
		files: /* @__PURE__ */ new Map()
	};
}
function sourceOf(url) {
	return /^https?:\/\//i.test(url) ? url : new URL(url, `${strapiUrl()}/`).toString();
}
/**
* The address of a CMS file on this site. Strapi names uploads uniquely (name plus hash), so the
* last path segment is kept. Outside a build (`astro dev`, on-demand routes) nothing is copied:
* the CMS's own address is used.
*/
function publicFileUrl(url) {
	const source = sourceOf(url);
	if (!state().collecting) return source;
	const name = decodeURIComponent(new URL(source).pathname.split("/").pop() ?? "");
	if (!/^[\w.-]+$/.test(name)) throw new Error(`Unexpected CMS file name in ${url}`);
	state().files.set(name, source);
	return `${FILES_PATH}${name}`;
}
// src/components/Attachments.astro
createAstro("http://127.0.0.1:4321/");
var $$Attachments = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Attachments;
	const { heading, files, locale } = Astro.props;
	return renderTemplate`${files && files.length > 0 && renderTemplate`${maybeRenderHead($$result)}<section class="files"> <h2>${heading}</h2> <ul> ${files.map((f) => renderTemplate`<li> <a${addAttribute(publicFileUrl(f.file.url), "href")}>${f.title}</a> <span class="file-meta">(${fileLabel(f.file, locale)})</span> ${f.description && renderTemplate`<p>${f.description}</p>`} </li>`)} </ul> </section>`}`;
}, "/work/main/site/src/components/Attachments.astro", void 0);
// src/components/DocumentTags.astro
createAstro("http://127.0.0.1:4321/");
var $$DocumentTags = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$DocumentTags;
	const { doc, locale } = Astro.props;
	const t = useTranslations(locale);
	const groups = (await Promise.all(tagFields().map(async ([key, target, many]) => ({
		key,
		label: typeLabel(target, locale, many),
		refs: await resolveRefs(target, refsIn(doc, key), locale)
	})))).filter((g) => g.refs.length > 0);
	return renderTemplate`${groups.length > 0 && renderTemplate`${maybeRenderHead($$result)}<section class="tags" aria-labelledby="tags-heading"> <h2 id="tags-heading">${t("doc.tags")}</h2> <dl> ${groups.map((g) => renderTemplate`<div> <dt>${g.label}</dt> <dd>${renderComponent($$result, "RefList", $$RefList, { "refs": g.refs })}</dd> </div>`)} </dl> </section>`}`;
}, "/work/main/site/src/components/DocumentTags.astro", void 0);
// src/components/Figure.astro
createAstro("http://127.0.0.1:4321/");
var $$Figure = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Figure;
	const { image, sizes, eager } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<figure class="figure"> ${renderComponent($$result, "CmsImage", $$CmsImage, {
		"media": image.image,
		"alt": image.alt,
		"sizes": sizes,
		"eager": eager
	})} ${(image.caption || image.credit) && renderTemplate`<figcaption> ${image.caption} ${image.credit && renderTemplate`<span class="credit">${image.credit}</span>`} </figcaption>`} </figure>`;
}, "/work/main/site/src/components/Figure.astro", void 0);
// src/components/MediaPlayer.astro
createAstro("http://127.0.0.1:4321/");
var $$MediaPlayer = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$MediaPlayer;
	const { media, kind, locale } = Astro.props;
	const t = useTranslations(locale);
	const src = publicFileUrl(media.url);
	const Tag = kind;
	return renderTemplate`${maybeRenderHead($$result)}<section class="media-player"> <h2>${kind === "audio" ? t("doc.listen") : t("doc.watch")}</h2> ${renderComponent($$result, "Tag", Tag, {
		"controls": true,
		"preload": "none",
		"width": kind === "video" ? media.width ?? void 0 : void 0,
		"height": kind === "video" ? media.height ?? void 0 : void 0
	}, { "default": ($$result) => renderTemplate` <source${addAttribute(src, "src")}${addAttribute(media.mime, "type")}> ` })} <p class="file-meta"> ${t("doc.mediaFallback")} <a${addAttribute(src, "href")}>${t("doc.download")}</a> (${fileLabel(media, locale)})
</p> </section>`;
}, "/work/main/site/src/components/MediaPlayer.astro", void 0);
// src/components/DocumentHistory.astro
createAstro("http://127.0.0.1:4321/");
var $$DocumentHistory = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$DocumentHistory;
	const { type, documentId, locale, published } = Astro.props;
	const t = useTranslations(locale);
	const history = await historyOf(type, documentId, locale);
	const headingId = `history-${documentId}`;
	return renderTemplate`${history?.lastMajorUpdateAt && renderTemplate`${maybeRenderHead($$result)}<section class="document-history"${addAttribute(headingId, "aria-labelledby")}> <p class="document-updated">${t("meta.updated")} ${renderComponent($$result, "FormattedDate", $$FormattedDate, { "value": history.lastMajorUpdateAt })}</p> <h2${addAttribute(headingId, "id")}>${t("history.title")}</h2> <ol> ${history.changeNotes.map((note) => renderTemplate`<li>${renderComponent($$result, "FormattedDate", $$FormattedDate, { "value": note.at })}: ${note.note}</li>`)} <li>${renderComponent($$result, "FormattedDate", $$FormattedDate, { "value": published ?? history.firstPublishedAt })}: ${t("history.firstPublished")}</li> </ol> </section>`}`;
}, "/work/main/site/src/components/DocumentHistory.astro", void 0);
// src/components/PrintSource.astro
createAstro("http://127.0.0.1:4321/");
var $$PrintSource = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$PrintSource;
	const { locale, url, date } = Astro.props;
	const t = useTranslations(locale);
	return renderTemplate`${maybeRenderHead($$result)}<p class="print-only print-source"> ${t("print.source")}: ${url}${date && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`, ${t("meta.published").toLowerCase()}${" "}${renderComponent($$result, "FormattedDate", $$FormattedDate, { "value": date })}` })}`} </p>`;
}, "/work/main/site/src/components/PrintSource.astro", void 0);
// src/lib/blocks.ts
/**
* Strapi puts a nested list next to the items, as a sibling; HTML wants it inside the item
* before it. A nested list with no item before it gets an empty item of its own.
*/
function groupListItems(list) {
	const entries = [];
	for (const child of list.children) if (child.type === "list-item") entries.push({
		item: child,
		nested: []
	});
	else if (entries.length) entries[entries.length - 1].nested.push(child);
	else entries.push({
		item: null,
		nested: [child]
	});
	return entries;
}
/** Whether inline content has any visible text (editors leave empty paragraphs behind). */
function hasText(nodes) {
	return nodes.some((n) => n.type === "text" ? n.text.trim() !== "" : hasText(n.children));
}
/** Heading levels inside a document start below its title (h1) and never skip upwards. */
function headingLevel(level, min = 2) {
	return Math.min(6, Math.max(min, level));
}
// src/components/blocks/Marks.astro
createAstro("http://127.0.0.1:4321/");
var $$Marks = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Marks;
	const { node } = Astro.props;
	const [Tag, ...rest] = Astro.props.marks ?? [
		node.bold && "strong",
		node.italic && "em",
		node.underline && "u",
		node.strikethrough && "s",
		node.code && "code"
	].filter((m) => Boolean(m));
	const lines = node.text.split("\n");
	return renderTemplate`${Tag ? renderTemplate`${renderComponent($$result, "Tag", Tag, {}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Astro.self", Astro.self, {
		"node": node,
		"marks": rest
	})}` })}` : lines.map((line, i) => i > 0 ? [renderTemplate`${maybeRenderHead($$result)}<br>`, line] : line)}`;
}, "/work/main/site/src/components/blocks/Marks.astro", void 0);
// src/components/blocks/Inline.astro
createAstro("http://127.0.0.1:4321/");
var $$Inline = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Inline;
	const { nodes } = Astro.props;
	return renderTemplate`${nodes.map((node) => {
		if (node.type === "text") return renderTemplate`${renderComponent($$result, "Marks", $$Marks, { "node": node })}`;
		const href = safeHref(node.url);
		const children = node.children.map((child) => renderTemplate`${renderComponent($$result, "Marks", $$Marks, { "node": child })}`);
		if (!href) return renderTemplate`${maybeRenderHead($$result)}<span>${children}</span>`;
		return renderTemplate`<a${addAttribute(href, "href")}${addAttribute(isExternal(href) ? "noopener" : void 0, "rel")}>${children}</a>`;
	})}`;
}, "/work/main/site/src/components/blocks/Inline.astro", void 0);
// src/components/blocks/List.astro
createAstro("http://127.0.0.1:4321/");
var $$List = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$List;
	const { node } = Astro.props;
	const Tag = node.format === "ordered" ? "ol" : "ul";
	return renderTemplate`${renderComponent($$result, "Tag", Tag, {}, { "default": ($$result) => renderTemplate`${groupListItems(node).map(({ item, nested }) => renderTemplate`${maybeRenderHead($$result)}<li> ${item && renderTemplate`${renderComponent($$result, "Inline", $$Inline, { "nodes": item.children })}`} ${nested.map((child) => renderTemplate`${renderComponent($$result, "Astro.self", Astro.self, { "node": child })}`)} </li>`)}` })}`;
}, "/work/main/site/src/components/blocks/List.astro", void 0);
// src/components/blocks/Blocks.astro
createAstro("http://127.0.0.1:4321/");
var $$Blocks = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Blocks;
	const { blocks, minHeading = 2 } = Astro.props;
	return renderTemplate`${(blocks ?? []).map((block) => {
		switch (block.type) {
			case "paragraph": return hasText(block.children) && renderTemplate`${maybeRenderHead($$result)}<p>${renderComponent($$result, "Inline", $$Inline, { "nodes": block.children })}</p>`;
			case "heading": {
				const Tag = `h${headingLevel(block.level, minHeading)}`;
				return renderTemplate`${renderComponent($$result, "Tag", Tag, {}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Inline", $$Inline, { "nodes": block.children })}` })}`;
			}
			case "quote": return renderTemplate`<blockquote><p>${renderComponent($$result, "Inline", $$Inline, { "nodes": block.children })}</p></blockquote>`;
			case "code": return renderTemplate`<pre><code>${block.children.map((c) => c.text).join("")}</code></pre>`;
			case "list": return renderTemplate`${renderComponent($$result, "List", $$List, { "node": block })}`;
			case "image": return renderTemplate`<figure class="figure"> ${renderComponent($$result, "CmsImage", $$CmsImage, {
				"media": {
					url: block.image.url,
					mime: imageMime(block.image.url),
					width: block.image.width,
					height: block.image.height
				},
				"alt": block.image.alternativeText || block.image.caption || ""
			})} ${block.image.caption && renderTemplate`<figcaption>${block.image.caption}</figcaption>`} </figure>`;
			default: return null;
		}
	})}`;
}, "/work/main/site/src/components/blocks/Blocks.astro", void 0);
// src/components/views/ArticleView.astro
createAstro("http://127.0.0.1:4321/");
var $$ArticleView = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ArticleView;
	const { documentId, locale } = Astro.props;
	const doc = await findDocument("article", documentId, locale);
	const modifiedOn = (await historyOf("article", documentId, locale))?.lastMajorUpdateAt ?? void 0;
	const t = useTranslations(locale);
	const site = Astro.site.toString();
	const path = documentPath("article", locale, doc.slug);
	const url = canonicalUrl(site, path);
	const date = doc.date ?? doc.publishedAt ?? doc.createdAt;
	const kind = choiceLabel("article", "kind", doc.kind, locale);
	const agency = doc.agency ? await resolveRef("agency", doc.agency, locale) : void 0;
	const image = await shareImage(doc.cover, doc.title);
	const owner = ownerOrganization(locale, site);
	const jsonLd = newsArticleLd({
		url,
		headline: doc.title,
		description: doc.summary,
		datePublished: date,
		dateModified: modifiedOn ?? date,
		locale,
		image: canonicalUrl(site, image.src),
		byline: doc.byline,
		author: agency ? { name: agency.name } : owner,
		publisher: owner,
		section: kind
	});
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"locale": locale,
		"title": doc.title,
		"description": doc.summary,
		"path": path,
		"alternates": await alternatesOf("article", documentId),
		"ogType": "article",
		"image": image,
		"published": date,
		"modified": modifiedOn,
		"jsonLd": [jsonLd]
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<article class="wrap document"> ${renderComponent($$result, "Breadcrumbs", $$Breadcrumbs, {
		"locale": locale,
		"trail": [{
			href: listingPath("article", locale),
			label: typeLabel("article", locale, true)
		}]
	})} <header class="document-header"> <p class="kicker">${kind}</p> <h1>${doc.title}</h1> <p class="document-meta"> <span>${t("meta.published")} ${renderComponent($$result, "FormattedDate", $$FormattedDate, { "value": date })}</span> ${doc.byline && renderTemplate`<span>${t("meta.byline")}: ${doc.byline}</span>`} ${agency && (agency.href ? renderTemplate`<a${addAttribute(agency.href, "href")}${addAttribute(agency.lang, "lang")}>${agency.name}</a>` : renderTemplate`<span${addAttribute(agency.lang, "lang")}>${agency.name}</span>`)} </p> <p class="lead">${doc.summary}</p> </header> ${doc.cover && renderTemplate`${renderComponent($$result, "Figure", $$Figure, {
		"image": doc.cover,
		"eager": true
	})}`} ${doc.audio && renderTemplate`${renderComponent($$result, "MediaPlayer", $$MediaPlayer, {
		"media": doc.audio,
		"kind": "audio",
		"locale": locale
	})}`} ${doc.video && renderTemplate`${renderComponent($$result, "MediaPlayer", $$MediaPlayer, {
		"media": doc.video,
		"kind": "video",
		"locale": locale
	})}`} <div class="prose"> ${renderComponent($$result, "Blocks", $$Blocks, { "blocks": doc.body })} </div> ${doc.gallery && doc.gallery.length > 0 && renderTemplate`<section class="gallery"> <h2>${t("doc.gallery")}</h2> ${doc.gallery.map((image) => renderTemplate`${renderComponent($$result, "Figure", $$Figure, { "image": image })}`)} </section>`} ${renderComponent($$result, "Attachments", $$Attachments, {
		"heading": t("doc.attachments"),
		"files": doc.attachments,
		"locale": locale
	})} ${renderComponent($$result, "DocumentTags", $$DocumentTags, {
		"doc": doc,
		"locale": locale
	})} ${renderComponent($$result, "DocumentHistory", $$DocumentHistory, {
		"type": "article",
		"documentId": documentId,
		"locale": locale,
		"published": date
	})} ${renderComponent($$result, "PrintSource", $$PrintSource, {
		"locale": locale,
		"url": url,
		"date": date
	})} </article> ` })}`;
}, "/work/main/site/src/components/views/ArticleView.astro", void 0);
// src/components/views/EventView.astro
createAstro("http://127.0.0.1:4321/");
var $$EventView = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$EventView;
	const { documentId, locale } = Astro.props;
	const doc = await findDocument("event", documentId, locale);
	const modifiedOn = (await historyOf("event", documentId, locale))?.lastMajorUpdateAt ?? void 0;
	const t = useTranslations(locale);
	const site = Astro.site.toString();
	const path = documentPath("event", locale, doc.slug);
	const url = canonicalUrl(site, path);
	const organiser = doc.agency ? await resolveRef("agency", doc.agency, locale) : void 0;
	const coOrganisers = await resolveRefs("agency", doc.coOrganisers, locale);
	const report = doc.reportArticle ? await resolveRef("article", doc.reportArticle, locale) : void 0;
	const materials = await materialsOfEvent(documentId, locale);
	const image = await shareImage(doc.cover, doc.title);
	const sameDay = doc.endsAt && provinceDay(doc.endsAt) === provinceDay(doc.startsAt);
	const onlineUrl = safeHref(doc.onlineUrl);
	const registrationUrl = safeHref(doc.registrationUrl);
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"locale": locale,
		"title": doc.title,
		"description": doc.summary,
		"path": path,
		"alternates": await alternatesOf("event", documentId),
		"ogType": "article",
		"image": image,
		"published": doc.publishedAt,
		"modified": modifiedOn,
		"jsonLd": [eventLd({
			url,
			name: doc.title,
			description: doc.summary,
			startDate: doc.startsAt,
			endDate: doc.endsAt,
			status: doc.eventStatus,
			venue: doc.venue,
			onlineUrl: doc.onlineUrl,
			locale,
			image: canonicalUrl(site, image.src),
			organizers: [organiser, ...coOrganisers].filter((o) => o !== void 0).map((o) => ({
				name: o.name,
				url: o.href && canonicalUrl(site, o.href)
			}))
		})]
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<article class="wrap document"> ${renderComponent($$result, "Breadcrumbs", $$Breadcrumbs, {
		"locale": locale,
		"trail": [{
			href: listingPath("event", locale),
			label: typeLabel("event", locale, true)
		}]
	})} <header class="document-header"> <p class="kicker">${choiceLabel("event", "eventKind", doc.eventKind, locale)}</p> <h1>${doc.title}</h1> ${doc.eventStatus !== "scheduled" && renderTemplate`<p>${renderComponent($$result, "EventStatus", $$EventStatus, {
		"status": doc.eventStatus,
		"locale": locale
	})}</p>`} <p class="lead">${doc.summary}</p> <dl class="facts"> <div> <dt>${t("event.when")}</dt> <dd> ${renderComponent($$result, "FormattedDate", $$FormattedDate, {
		"value": doc.startsAt,
		"withTime": true
	})} ${doc.endsAt && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` – <time${addAttribute(doc.endsAt, "datetime")}>${sameDay ? formatTime(doc.endsAt) : formatDateTime(doc.endsAt)}</time>` })}`} </dd> </div> <div><dt>${t("event.status")}</dt><dd>${choiceLabel("event", "eventStatus", doc.eventStatus, locale)}</dd></div> ${doc.venue && renderTemplate`<div><dt>${t("event.where")}</dt><dd>${doc.venue}</dd></div>`} ${onlineUrl && renderTemplate`<div><dt>${t("event.online")}</dt><dd><a${addAttribute(onlineUrl, "href")} rel="noopener">${doc.onlineUrl}</a></dd></div>`} ${organiser && renderTemplate`<div><dt>${t("event.organiser")}</dt><dd>${renderComponent($$result, "RefList", $$RefList, { "refs": [organiser] })}</dd></div>`} ${coOrganisers.length > 0 && renderTemplate`<div><dt>${t("event.coOrganisers")}</dt><dd>${renderComponent($$result, "RefList", $$RefList, { "refs": coOrganisers })}</dd></div>`} </dl> </header> ${doc.cover && renderTemplate`${renderComponent($$result, "Figure", $$Figure, {
		"image": doc.cover,
		"eager": true
	})}`} <div class="prose"> ${renderComponent($$result, "Blocks", $$Blocks, { "blocks": doc.body })} </div> ${(doc.registration || registrationUrl) && renderTemplate`<section> <h2>${t("event.registration")}</h2> ${doc.registration && renderTemplate`<p>${doc.registration}</p>`} ${registrationUrl && renderTemplate`<p><a${addAttribute(registrationUrl, "href")} rel="noopener">${t("event.register")}</a></p>`} </section>`} ${materials.length > 0 && renderTemplate`<section> <h2>${t("event.materials")}</h2> <ul>${materials.map((m) => renderTemplate`<li><a${addAttribute(documentPath("training-material", locale, m.slug), "href")}>${m.title}</a></li>`)}</ul> </section>`} ${report && renderTemplate`<section> <h2>${t("event.report")}</h2> ${renderComponent($$result, "RefList", $$RefList, { "refs": [report] })} </section>`} ${renderComponent($$result, "DocumentTags", $$DocumentTags, {
		"doc": doc,
		"locale": locale
	})} ${renderComponent($$result, "DocumentHistory", $$DocumentHistory, {
		"type": "event",
		"documentId": documentId,
		"locale": locale,
		"published": doc.publishedAt
	})} ${renderComponent($$result, "PrintSource", $$PrintSource, {
		"locale": locale,
		"url": url,
		"date": doc.publishedAt
	})} </article> ` })}`;
}, "/work/main/site/src/components/views/EventView.astro", void 0);
// src/components/views/GoodPracticeView.astro
createAstro("http://127.0.0.1:4321/");
var $$GoodPracticeView = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$GoodPracticeView;
	const { documentId, locale } = Astro.props;
	const doc = await findDocument("good-practice", documentId, locale);
	const modifiedOn = (await historyOf("good-practice", documentId, locale))?.lastMajorUpdateAt ?? void 0;
	const t = useTranslations(locale);
	const site = Astro.site.toString();
	const path = documentPath("good-practice", locale, doc.slug);
	const url = canonicalUrl(site, path);
	const agency = doc.agency ? await resolveRef("agency", doc.agency, locale) : void 0;
	const replicatedIn = await resolveRefs("locality", doc.replicatedIn, locale);
	const image = await shareImage(doc.cover, doc.title);
	const owner = ownerOrganization(locale, site);
	const published = doc.publishedAt ?? doc.createdAt;
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"locale": locale,
		"title": doc.title,
		"description": doc.summary,
		"path": path,
		"alternates": await alternatesOf("good-practice", documentId),
		"ogType": "article",
		"image": image,
		"published": published,
		"modified": modifiedOn,
		"jsonLd": [newsArticleLd({
			url,
			headline: doc.title,
			description: doc.summary,
			datePublished: published,
			dateModified: modifiedOn ?? published,
			locale,
			image: canonicalUrl(site, image.src),
			author: agency ? { name: agency.name } : owner,
			publisher: owner,
			section: typeLabel("good-practice", locale)
		}, "Article")]
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<article class="wrap document"> ${renderComponent($$result, "Breadcrumbs", $$Breadcrumbs, {
		"locale": locale,
		"trail": [{
			href: listingPath("good-practice", locale),
			label: typeLabel("good-practice", locale, true)
		}]
	})} <header class="document-header"> <p class="kicker">${typeLabel("good-practice", locale)}</p> <h1>${doc.title}</h1> <p class="lead">${doc.summary}</p> <dl class="facts"> <div><dt>${t("practice.year")}</dt><dd>${doc.year}</dd></div> <div><dt>${t("practice.stage")}</dt><dd>${choiceLabel("good-practice", "stage", doc.stage, locale)}</dd></div> ${doc.implementer && renderTemplate`<div><dt>${t("practice.implementer")}</dt><dd>${doc.implementer}</dd></div>`} ${agency && renderTemplate`<div><dt>${typeLabel("agency", locale)}</dt><dd>${renderComponent($$result, "RefList", $$RefList, { "refs": [agency] })}</dd></div>`} </dl> </header> ${doc.cover && renderTemplate`${renderComponent($$result, "Figure", $$Figure, {
		"image": doc.cover,
		"eager": true
	})}`} <section class="prose"> <h2>${t("practice.problem")}</h2> ${renderComponent($$result, "Blocks", $$Blocks, {
		"blocks": doc.problem,
		"minHeading": 3
	})} </section> <section class="prose"> <h2>${t("practice.solution")}</h2> ${renderComponent($$result, "Blocks", $$Blocks, {
		"blocks": doc.solution,
		"minHeading": 3
	})} </section> ${doc.results && doc.results.length > 0 && renderTemplate`<section> <h2 id="results-heading">${t("practice.results")}</h2> <div class="table-wrap" role="region" aria-labelledby="results-heading" tabindex="0"> <table> <thead> <tr> <th scope="col">${t("practice.indicator")}</th> <th scope="col">${t("practice.before")}</th> <th scope="col">${t("practice.after")}</th> <th scope="col">${t("practice.unit")}</th> </tr> </thead> <tbody> ${doc.results.map((r) => renderTemplate`<tr> <th scope="row">${r.indicator}</th> <td>${r.before ?? "–"}</td> <td>${r.after}</td> <td>${r.unit}</td> </tr>`)} </tbody> </table> </div> </section>`} ${replicatedIn.length > 0 && renderTemplate`<section> <h2>${t("practice.replicatedIn")}</h2> ${renderComponent($$result, "RefList", $$RefList, { "refs": replicatedIn })} </section>`} ${doc.contact && renderTemplate`<section> <h2>${t("practice.contact")}</h2> <address> ${doc.contact.name}${doc.contact.unit && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`, ${doc.contact.unit}` })}`} ${doc.contact.phone && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<br>${t("contact.phone")}: <a${addAttribute(`tel:${doc.contact.phone.replace(/[^0-9+]/g, "")}`, "href")}>${doc.contact.phone}</a>` })}`} ${doc.contact.email && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<br>${t("contact.email")}: <a${addAttribute(`mailto:${doc.contact.email}`, "href")}>${doc.contact.email}</a>` })}`} </address> </section>`} ${renderComponent($$result, "Attachments", $$Attachments, {
		"heading": t("practice.files"),
		"files": doc.files,
		"locale": locale
	})} ${renderComponent($$result, "DocumentTags", $$DocumentTags, {
		"doc": doc,
		"locale": locale
	})} ${renderComponent($$result, "DocumentHistory", $$DocumentHistory, {
		"type": "good-practice",
		"documentId": documentId,
		"locale": locale,
		"published": published
	})} ${renderComponent($$result, "PrintSource", $$PrintSource, {
		"locale": locale,
		"url": url,
		"date": published
	})} </article> ` })}`;
}, "/work/main/site/src/components/views/GoodPracticeView.astro", void 0);
// src/components/views/TrainingMaterialView.astro
createAstro("http://127.0.0.1:4321/");
var $$TrainingMaterialView = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$TrainingMaterialView;
	const { documentId, locale } = Astro.props;
	const doc = await findDocument("training-material", documentId, locale);
	const modifiedOn = (await historyOf("training-material", documentId, locale))?.lastMajorUpdateAt ?? void 0;
	const t = useTranslations(locale);
	const site = Astro.site.toString();
	const path = documentPath("training-material", locale, doc.slug);
	const url = canonicalUrl(site, path);
	const kind = choiceLabel("training-material", "materialKind", doc.materialKind, locale);
	const course = doc.trainingEvent ? await resolveRef("event", doc.trainingEvent, locale) : void 0;
	const image = await shareImage(doc.cover, doc.title);
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"locale": locale,
		"title": doc.title,
		"description": doc.summary,
		"path": path,
		"alternates": await alternatesOf("training-material", documentId),
		"ogType": "article",
		"image": image,
		"published": doc.publishedAt,
		"modified": modifiedOn,
		"jsonLd": [learningResourceLd({
			url,
			name: doc.title,
			description: doc.summary,
			dateModified: doc.versionDate,
			locale,
			kind,
			image: canonicalUrl(site, image.src),
			publisher: ownerOrganization(locale, site)
		})]
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<article class="wrap document"> ${renderComponent($$result, "Breadcrumbs", $$Breadcrumbs, {
		"locale": locale,
		"trail": [{
			href: listingPath("training-material", locale),
			label: typeLabel("training-material", locale, true)
		}]
	})} <header class="document-header"> <p class="kicker">${kind}</p> <h1>${doc.title}</h1> <p class="lead">${doc.summary}</p> <dl class="facts"> <div><dt>${t("material.version")}</dt><dd>${renderComponent($$result, "FormattedDate", $$FormattedDate, { "value": doc.versionDate })}</dd></div> ${course && renderTemplate`<div><dt>${t("material.event")}</dt><dd>${renderComponent($$result, "RefList", $$RefList, { "refs": [course] })}</dd></div>`} </dl> </header> ${renderComponent($$result, "Attachments", $$Attachments, {
		"heading": t("material.files"),
		"files": doc.files,
		"locale": locale
	})} ${doc.cover && renderTemplate`${renderComponent($$result, "Figure", $$Figure, { "image": doc.cover })}`} <div class="prose"> ${renderComponent($$result, "Blocks", $$Blocks, { "blocks": doc.body })} </div> ${renderComponent($$result, "DocumentTags", $$DocumentTags, {
		"doc": doc,
		"locale": locale
	})} ${renderComponent($$result, "DocumentHistory", $$DocumentHistory, {
		"type": "training-material",
		"documentId": documentId,
		"locale": locale,
		"published": doc.versionDate
	})} ${renderComponent($$result, "PrintSource", $$PrintSource, {
		"locale": locale,
		"url": url,
		"date": doc.versionDate
	})} </article> ` })}`;
}, "/work/main/site/src/components/views/TrainingMaterialView.astro", void 0);
// src/pages/[...lang]/[section]/[slug]/index.astro
var _slug__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://127.0.0.1:4321/");
async function getStaticPaths() {
	const paths = [];
	for (const locale of LOCALES) for (const def of ALL_TYPES) for (const doc of await documentsOf(def.name, locale)) paths.push({
		params: {
			lang: langParam(locale),
			section: def.route,
			slug: doc.slug
		},
		props: {
			type: def.name,
			documentId: doc.documentId
		}
	});
	return paths;
}
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { type, documentId } = Astro.props;
	const locale = localeFromParam(Astro.params.lang);
	return renderTemplate`${type === "article" ? renderTemplate`${renderComponent($$result, "ArticleView", $$ArticleView, {
		"documentId": documentId,
		"locale": locale
	})}` : type === "good-practice" ? renderTemplate`${renderComponent($$result, "GoodPracticeView", $$GoodPracticeView, {
		"documentId": documentId,
		"locale": locale
	})}` : type === "event" ? renderTemplate`${renderComponent($$result, "EventView", $$EventView, {
		"documentId": documentId,
		"locale": locale
	})}` : type === "training-material" ? renderTemplate`${renderComponent($$result, "TrainingMaterialView", $$TrainingMaterialView, {
		"documentId": documentId,
		"locale": locale
	})}` : renderTemplate`${renderComponent($$result, "TermView", $$TermView, {
		"type": type,
		"documentId": documentId,
		"locale": locale,
		"page": 1
	})}`}`;
}, "/work/main/site/src/pages/[...lang]/[section]/[slug]/index.astro", void 0);
var $$file = "/work/main/site/src/pages/[...lang]/[section]/[slug]/index.astro";
var $$url = "/[...lang]/[section]/[slug]/";
// \0virtual:astro:page:src/pages/[...lang]/[section]/[slug]/index@_@astro
var page = () => _slug__exports;
export { page };
