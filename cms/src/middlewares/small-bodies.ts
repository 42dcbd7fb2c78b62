/**
 * Global middleware, before `strapi::body`: requests to the paths listed in config/middlewares.ts
 * must say their length (Content-Length) and keep under that path's limit, so an unauthenticated
 * route that reads its body (the site publisher's reports) never buffers more than that. Strapi's
 * router is case-insensitive, so paths are compared lower-cased; the route checks the size again.
 */
import type { Core } from '@strapi/strapi';
import { answerError } from '../shared/error-envelope';

const smallBodies: Core.MiddlewareFactory<{ limits: Record<string, number> }> = (config) => {
  const limits = new Map(Object.entries(config.limits ?? {}).map(([path, bytes]) => [path.toLowerCase(), bytes]));
  return async (ctx, next) => {
    const limit = limits.get(ctx.path.toLowerCase().replace(/\/+$/, ''));
    if (limit !== undefined && ctx.method !== 'GET' && ctx.method !== 'HEAD') {
      const length = ctx.request.headers['content-length'];
      if (length === undefined) return answerError(ctx, 411, 'LengthRequiredError', 'Content-Length is required here');
      if (!/^\d+$/.test(length) || Number(length) > limit) return answerError(ctx, 413, 'PayloadTooLargeError', `The body is larger than ${limit} bytes`);
    }
    await next();
  };
};

export default smallBodies;
