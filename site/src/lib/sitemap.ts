/**
 * The sitemap (sitemaps.org protocol), written from site-paths.ts so that the static build and
 * the on-demand renderer list the same pages: an index, and files of at most SITEMAP_LIMIT
 * absolute URLs each. No hreflang alternates and no lastmod, as the @astrojs/sitemap output
 * it replaces (pages carry their hreflang links themselves).
 */
import { sitemapParts, sitemapPath } from './site-paths.ts';

const XML = '<?xml version="1.0" encoding="UTF-8"?>';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

const loc = (site: URL, path: string) => `<loc>${escapeXml(new URL(path, site).toString())}</loc>`;

/** sitemap-index.xml: one entry per sitemap file. */
export async function sitemapIndexXml(site: URL): Promise<string> {
  const parts = await sitemapParts();
  return `${XML}<sitemapindex xmlns="${NS}">${parts.map((_, i) => `<sitemap>${loc(site, sitemapPath(i))}</sitemap>`).join('')}</sitemapindex>`;
}

/** sitemap-<part>.xml, or undefined when there is no such file. */
export async function sitemapXml(site: URL, part: number): Promise<string | undefined> {
  const paths = (await sitemapParts())[part];
  return paths && `${XML}<urlset xmlns="${NS}">${paths.map((path) => `<url>${loc(site, path)}</url>`).join('')}</urlset>`;
}

export function xmlResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
