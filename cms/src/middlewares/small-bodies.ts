/**
 * Global middleware, before `strapi::body`: requests to the paths listed in config/middlewares.ts
 * must say their length (Content-Length) and keep under that path's limit, so an unauthenticated
 * route that reads its body (the site publisher's reports) never buffers more than that. Strapi's
 * router is case-insensitive, so paths are compared lower-cased; the route checks the size again.
 */
import type { Core } from '@strapi/strapi';

const smallBodies: Core.MiddlewareFactory<{ limits: Record<string, number> }> = (config) => {
  const limits = new Map(Object.entries(config.limits ?? {}).map(([path, bytes]) => [path.toLowerCase(), bytes]));
  return async (ctx, next) => {
    const limit = limits.get(ctx.path.toLowerCase().replace(/\/+$/, ''));
    if (limit !== undefined && ctx.method !== 'GET' && ctx.method !== 'HEAD') {
      const length = ctx.request.headers['content-length'];
      const refuse = (status: number, name: string, message: string) => {
        ctx.status = status;
        ctx.body = { data: null, error: { status, name, message, details: {} } };
      };
      if (length === undefined) return refuse(411, 'LengthRequiredError', 'Content-Length is required here');
      if (!/^\d+$/.test(length) || Number(length) > limit) return refuse(413, 'PayloadTooLargeError', `The body is larger than ${limit} bytes`);
    }
    await next();
  };
};

export default smallBodies;
