import type { Core } from '@strapi/strapi';

/**
 * Requests per minute to our Content API routes (cms/src/middlewares/rate-limit.ts), per
 * address, and per API token on its own. Loopback is exempt by default: the site's build runs
 * next to the CMS. Behind a reverse proxy set IS_PROXIED=true, or every reader is the proxy.
 */
const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  enabled: env.bool('API_RATE_LIMIT_ENABLED', true),
  perMinute: env.int('API_RATE_LIMIT_PER_MINUTE', 120),
  burst: env.int('API_RATE_LIMIT_BURST', 60),
  tokenPerMinute: env.int('API_RATE_LIMIT_TOKEN_PER_MINUTE', 1200),
  tokenBurst: env.int('API_RATE_LIMIT_TOKEN_BURST', 200),
  exempt: env('API_RATE_LIMIT_EXEMPT', '127.0.0.1,::1,::ffff:127.0.0.1')
    .split(',')
    .map((a: string) => a.trim())
    .filter(Boolean),
});

export default config;
