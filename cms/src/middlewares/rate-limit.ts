/**
 * Route middleware of our find/findOne routes: 429 with Retry-After once an address, or an API
 * token, has used its requests (settings in config/rate-limit.ts). It runs after authentication,
 * so a token is counted as itself, not as the address it calls from.
 */
import type { Core } from '@strapi/strapi';
import { answerError, answerRateLimited } from '../shared/error-envelope';
import { TokenBuckets } from '../shared/token-buckets';

export interface RateLimitSettings {
  enabled: boolean;
  perMinute: number;
  burst: number;
  tokenPerMinute: number;
  tokenBurst: number;
  exempt: string[];
}

type Limit = (ctx: Parameters<Core.MiddlewareHandler>[0]) => number;

// One limiter per Strapi instance, shared by every route that carries the middleware.
const limiters = new WeakMap<Core.Strapi, Limit>();

/**
 * The per-address limit of these settings, buckets of its own: 0 when the request may go (or the
 * address is exempt, or the limit is off), else the seconds to wait. Also the press API's public
 * routes' (src/press/access/).
 */
export function addressLimitOf(settings: RateLimitSettings): (ip: string) => number {
  if (!settings.enabled) return () => 0;
  const addresses = new TokenBuckets({ capacity: settings.burst, perSecond: settings.perMinute / 60 });
  const exempt = new Set(settings.exempt);
  return (ip) => (exempt.has(ip) ? 0 : addresses.take(ip));
}

function createLimit(settings: RateLimitSettings): Limit {
  const addressLimit = addressLimitOf(settings);
  const tokens = new TokenBuckets({ capacity: settings.tokenBurst, perSecond: settings.tokenPerMinute / 60 });
  return (ctx) => {
    const auth = ctx.state.auth as { strategy?: { name?: string }; credentials?: { id?: number } } | undefined;
    const tokenId = auth?.strategy?.name === 'content-api-token' ? auth.credentials?.id : undefined;
    if (tokenId !== undefined) return tokens.take(String(tokenId));
    return addressLimit(ctx.ip);
  };
}

const rateLimit: Core.MiddlewareFactory = (_config, { strapi }) => {
  const settings = strapi.config.get('rate-limit') as RateLimitSettings;
  if (!settings.enabled) return undefined;
  if (!limiters.has(strapi)) limiters.set(strapi, createLimit(settings));
  const limit = limiters.get(strapi)!;
  return async (ctx, next) => {
    const wait = limit(ctx);
    if (wait > 0) return answerRateLimited(ctx, wait, answerError);
    await next();
  };
};

export default rateLimit;
