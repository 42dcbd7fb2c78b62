import { t as __exportAll } from "./rolldown-runtime_782esTHO.mjs";
// src/pages/robots.txt.ts
var robots_txt_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
/** Everything may be indexed; the sitemap lists every page. */
var GET = ({ site }) => new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL("sitemap-index.xml", site).toString()}\n`, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
// \0virtual:astro:page:src/pages/robots.txt@_@ts
var page = () => robots_txt_exports;
export { page };
