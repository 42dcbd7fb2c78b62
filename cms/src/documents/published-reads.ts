/**
 * The second lock behind the route allow-list: a Document Service read of one of our types made
 * while Strapi serves a Content API route (public, API token, users-permissions user) returns
 * published documents only, whatever the controller asked for. Admin routes (type "admin")
 * read drafts as before.
 *
 * One exemption, listed here and nowhere else: the site's preview read, which answers only the
 * draft that a token signed by SITE_PREVIEW_SECRET names (src/site-publisher/preview.ts). It is
 * matched by the route Strapi matched (method and declared path), not by the request's URL, so
 * no spelling of another path reaches it.
 */
import type { Core } from '@strapi/strapi';
import { PREVIEW_DOCUMENT_PATH } from '@cchc/content-types';

const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

/** Content API routes whose reads keep the status they ask for: `METHOD /declared-path`. */
export const DRAFT_READ_ROUTES: ReadonlySet<string> = new Set([`GET ${PREVIEW_DOCUMENT_PATH.replace(/^\/api/, '')}`]);

interface MatchedRoute {
  method?: string;
  path?: string;
  info?: { type?: string };
}

/** The Content API route being served, or null outside one. */
function contentApiRoute(strapi: Core.Strapi): MatchedRoute | null {
  const ctx = strapi.requestContext.get() as { state?: { route?: MatchedRoute } } | undefined;
  const route = ctx?.state?.route;
  return route?.info?.type === 'content-api' ? route : null;
}

const exempt = (route: MatchedRoute) => DRAFT_READ_ROUTES.has(`${(route.method ?? '').toUpperCase()} ${route.path ?? ''}`);

export function forcePublishedReads(strapi: Core.Strapi, ourUids: ReadonlySet<string>): void {
  strapi.documents.use(async (context, next) => {
    if (ourUids.has(context.uid) && READS.has(context.action)) {
      const route = contentApiRoute(strapi);
      if (route && !exempt(route)) (context.params as { status?: string }).status = 'published';
    }
    return next();
  });
}
