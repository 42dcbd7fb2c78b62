import type { APIRoute } from 'astro';
import { sitemapXml, xmlResponse } from '../lib/sitemap';
import { pageAt, pathOfRoute, staticPathsOf } from '../lib/site-paths';

/** One file of the sitemap, sitemap-0.xml, …: see lib/sitemap.ts. */
export function getStaticPaths() {
  return staticPathsOf('sitemap-[part].xml');
}

export const GET: APIRoute = async ({ site, params }) => {
  const page = await pageAt(pathOfRoute('sitemap-[part].xml', params));
  const xml = page?.kind === 'sitemap' ? await sitemapXml(site!, page.part) : undefined;
  return xml === undefined ? new Response(null, { status: 404 }) : xmlResponse(xml);
};
