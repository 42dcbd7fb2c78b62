import type { APIRoute } from 'astro';

/** Everything may be indexed; the sitemap lists every page. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap-index.xml', site).toString()}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
