/**
 * The public and read tokens see published content only. Strapi 5's REST API returns drafts to
 * anyone with `find` who asks `?status=draft`; this closes that for our content types. Drafts
 * reach people through the admin panel (and, later, the site's preview route) only.
 */
import type { Core } from '@strapi/strapi';
import { ALL_TYPES } from '@cchc/content-types';

const collections = new Set(ALL_TYPES.map((t) => t.plural));

function isContentApiRead(method: string, path: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  const match = /^\/api\/([a-z-]+)(?:\/[^/]+)?\/?$/.exec(path);
  return !!match && collections.has(match[1] ?? '');
}

const publishedOnly: Core.MiddlewareFactory = () => {
  return async (ctx, next) => {
    if (isContentApiRead(ctx.method, ctx.path)) {
      const query = ctx.query as Record<string, unknown>;
      if (query.status !== undefined && query.status !== 'published') {
        ctx.status = 400;
        ctx.body = {
          data: null,
          error: {
            status: 400,
            name: 'ValidationError',
            message: 'Only published content is available through this API: remove "status" or set it to "published".',
          },
        };
        return;
      }
      ctx.query = { ...query, status: 'published' };
    }
    await next();
  };
};

export default publishedOnly;
