/**
 * The second lock behind the route allow-list: a Document Service read of one of our types made
 * while Strapi serves a Content API route (public, API token, users-permissions user) returns
 * published documents only, whatever the controller asked for. Admin routes (type "admin")
 * read drafts as before.
 */
import type { Core } from '@strapi/strapi';

const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

function servingContentApi(strapi: Core.Strapi): boolean {
  const ctx = strapi.requestContext.get() as { state?: { route?: { info?: { type?: string } } } } | undefined;
  return ctx?.state?.route?.info?.type === 'content-api';
}

export function forcePublishedReads(strapi: Core.Strapi, ourUids: ReadonlySet<string>): void {
  strapi.documents.use(async (context, next) => {
    if (ourUids.has(context.uid) && READS.has(context.action) && servingContentApi(strapi)) {
      (context.params as { status?: string }).status = 'published';
    }
    return next();
  });
}
