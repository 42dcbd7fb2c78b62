import type { APIRoute } from 'astro';
import { SITEMAP_INDEX_PATH } from '../lib/site-paths';

/** Everything may be indexed; the sitemap lists every page. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_INDEX_PATH, site).toString()}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
