/**
 * Whom the CMS believes about a reader's address. Directly reachable, the socket's address is
 * the reader's. Behind reverse proxies (IS_PROXIED), each proxy appends the address it saw to
 * X-Forwarded-For; the reader may send that header too, so only the right-most PROXY_HOPS
 * entries (those our own proxies wrote) are believed. Koa takes the left-most entry when the
 * hop count is 0, which a reader chooses: so a hop count is required.
 */
import type { Core } from '@strapi/strapi';

/** The shape Strapi 5 reads (`server.proxy.koa`, `server.proxy.maxIpsCount`: @strapi/core services/server). */
export interface ProxySettings {
  koa: boolean;
  maxIpsCount?: number;
}

/** The most proxies one request may pass (a CDN, a load balancer, nginx): a typo, not a topology, beyond. */
const MAX_HOPS = 5;

export function proxyConfig(proxied: boolean, hops: string | number | undefined): ProxySettings {
  if (!proxied) return { koa: false };
  const count = Number(String(hops ?? '').trim() || 1);
  if (!Number.isInteger(count) || count < 1 || count > MAX_HOPS) {
    throw new Error(
      `PROXY_HOPS must be the number of reverse proxies in front of the CMS (1 to ${MAX_HOPS}), got "${String(hops)}"`,
    );
  }
  return { koa: true, maxIpsCount: count };
}

/** Whether the CMS is configured to run behind reverse proxies. */
export function isProxied(strapi: Core.Strapi): boolean {
  return strapi.config.get('server.proxy.koa') === true;
}

/** Loopback: this machine. Never a reason to exempt a request behind a proxy (config/rate-limit.ts). */
export const LOOPBACK_ADDRESSES = ['127.0.0.1', '::1', '::ffff:127.0.0.1'] as const;

/**
 * The addresses the public API's rate limits do not count. `listed`: API_RATE_LIMIT_EXEMPT as
 * given (undefined when unset; empty means none). Unset, loopback is exempt on a local CMS only
 * (the site's build on this machine), not in production. Behind a proxy every reader arrives
 * from the proxy's address, and an address is whatever the proxy was told: no address is
 * exempt there, and a list is refused rather than ignored. The site's build sends a read-only
 * API token instead (STRAPI_TOKEN), which has its own limit.
 */
export function exemptAddresses(options: { proxied: boolean; production: boolean; listed: string | undefined }): string[] {
  const listed = options.listed
    ?.split(',')
    .map((address) => address.trim())
    .filter(Boolean);
  if (options.proxied) {
    if (listed?.length) {
      throw new Error(
        'API_RATE_LIMIT_EXEMPT cannot be used with IS_PROXIED=true: behind a proxy an address is not a reader. ' +
          "Leave it empty and give the site's build a read-only API token (STRAPI_TOKEN), which has its own limit.",
      );
    }
    return [];
  }
  if (listed) return listed;
  return options.production ? [] : [...LOOPBACK_ADDRESSES];
}
