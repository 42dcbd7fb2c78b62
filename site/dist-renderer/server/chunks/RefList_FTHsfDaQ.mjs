import { A as renderTemplate, N as addAttribute, j as maybeRenderHead } from "./sequence_BHAlCKQq.mjs";
import { m as createComponent, p as createAstro } from "./_astro_assets_BFYZnzEP.mjs";
// src/components/RefList.astro
createAstro("http://127.0.0.1:4321/");
var $$RefList = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$RefList;
	const { refs } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<ul class="inline-list"> ${refs.map((r) => renderTemplate`<li>${r.href ? renderTemplate`<a${addAttribute(r.href, "href")}${addAttribute(r.lang, "lang")}${addAttribute(r.lang, "hreflang")}>${r.name}</a>` : renderTemplate`<span${addAttribute(r.lang, "lang")}>${r.name}</span>`}</li>`)} </ul>`;
}, "/work/main/site/src/components/RefList.astro", void 0);
export { $$RefList as t };
