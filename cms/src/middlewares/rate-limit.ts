/**
 * Route middleware of our find/findOne routes: 429 with Retry-After once an address, or an API
 * token, has used its requests (settings in config/rate-limit.ts). It runs after authentication,
 * so a token is counted as itself, not as the address it calls from.
 */
import type { Core } from '@strapi/strapi';
import { TokenBuckets } from '../public-api/token-bucket';

interface Settings {
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

function createLimit(settings: Settings): Limit {
  const addresses = new TokenBuckets({ capacity: settings.burst, perSecond: settings.perMinute / 60 });
  const tokens = new TokenBuckets({ capacity: settings.tokenBurst, perSecond: settings.tokenPerMinute / 60 });
  const exempt = new Set(settings.exempt);
  return (ctx) => {
    const auth = ctx.state.auth as { strategy?: { name?: string }; credentials?: { id?: number } } | undefined;
    const tokenId = auth?.strategy?.name === 'content-api-token' ? auth.credentials?.id : undefined;
    if (tokenId !== undefined) return tokens.take(String(tokenId));
    return exempt.has(ctx.ip) ? 0 : addresses.take(ctx.ip);
  };
}

const rateLimit: Core.MiddlewareFactory = (_config, { strapi }) => {
  const settings = strapi.config.get('rate-limit') as Settings;
  if (!settings.enabled) return undefined;
  if (!limiters.has(strapi)) limiters.set(strapi, createLimit(settings));
  const limit = limiters.get(strapi)!;
  return async (ctx, next) => {
    const wait = limit(ctx);
    if (wait > 0) {
      ctx.set('Retry-After', String(wait));
      ctx.status = 429;
      ctx.body = {
        data: null,
        error: { status: 429, name: 'RateLimitError', message: `Too many requests: try again in ${wait} s`, details: {} },
      };
      return;
    }
    await next();
  };
};

export default rateLimit;
