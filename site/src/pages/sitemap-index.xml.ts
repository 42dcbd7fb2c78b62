import type { APIRoute } from 'astro';
import { sitemapIndexXml, xmlResponse } from '../lib/sitemap';

/** The sitemap's index (robots.txt and every page link it): see lib/sitemap.ts. */
export const GET: APIRoute = async ({ site }) => xmlResponse(await sitemapIndexXml(site!));
