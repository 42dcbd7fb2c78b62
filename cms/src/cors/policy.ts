/**
 * Which web pages may call the CMS from the browser (the config of `strapi::cors`,
 * config/middlewares.ts). Strapi's default reflects any origin with credentials, so a script on
 * any page (the public site, a preview) could exchange an editor's refresh cookie for an admin
 * token. Here:
 *  - public paths (the content API, uploaded files) answer any origin, never with credentials:
 *    what they serve is public, and no cookie is needed for it;
 *  - everything else (the admin and the plugins' admin routes, whatever path a plugin adds)
 *    answers the admin's own origin only, with credentials; another origin gets no CORS header.
 * The press API's front door answers CORS for /api/press/* itself (src/press/access/cors.ts).
 */
import type { Core } from '@strapi/strapi';
import type { AddressInfo } from 'node:net';

interface RequestLike {
  path: string;
}

/** Paths served to anyone (lower-cased: Strapi's router ignores case). */
function isPublicPath(strapi: Core.Strapi, path: string): boolean {
  const apiPrefix = String(strapi.config.get('api.rest.prefix') ?? '/api').toLowerCase();
  const lower = path.toLowerCase();
  return [`${apiPrefix}/`, '/uploads/'].some((prefix) => lower.startsWith(prefix)) || lower === apiPrefix;
}

function listeningPort(strapi: Core.Strapi): number {
  const address = strapi.server?.httpServer?.address() as AddressInfo | string | null | undefined;
  return typeof address === 'object' && address ? address.port : Number(strapi.config.get('server.port'));
}

/**
 * The origins the admin panel is served from: PUBLIC_CMS_URL's when it is set (the address
 * behind the proxy), else this machine's loopback names on the port the CMS listens on.
 */
export function adminOrigins(strapi: Core.Strapi): string[] {
  const url = String(strapi.config.get('server.url') ?? '');
  if (/^https?:\/\//i.test(url)) return [new URL(url).origin];
  const port = listeningPort(strapi);
  return ['127.0.0.1', 'localhost', '[::1]'].map((host) => `http://${host}:${port}`);
}

/** `strapi::cors` settings: a function per request, as @koa/cors takes them. */
export function corsSettings() {
  return {
    origin: (ctx: RequestLike) => (isPublicPath(strapi, ctx.path) ? ['*'] : adminOrigins(strapi)),
    // @koa/cors accepts a function here; Strapi's type says boolean.
    credentials: ((ctx: RequestLike) => !isPublicPath(strapi, ctx.path)) as unknown as boolean,
  };
}
