import type { Core } from '@strapi/strapi';
import { exemptAddresses } from '../src/proxy/trust';

/**
 * Requests per minute to our Content API routes (cms/src/middlewares/rate-limit.ts), per
 * reader's address, and per API token on its own. Loopback is exempt on a local CMS only (the
 * site's build next to it); in production and behind a proxy no address is (src/proxy/trust.ts).
 */
const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  enabled: env.bool('API_RATE_LIMIT_ENABLED', true),
  perMinute: env.int('API_RATE_LIMIT_PER_MINUTE', 120),
  burst: env.int('API_RATE_LIMIT_BURST', 60),
  tokenPerMinute: env.int('API_RATE_LIMIT_TOKEN_PER_MINUTE', 1200),
  tokenBurst: env.int('API_RATE_LIMIT_TOKEN_BURST', 200),
  exempt: exemptAddresses({
    proxied: env.bool('IS_PROXIED', false),
    production: env('NODE_ENV') === 'production',
    listed: env('API_RATE_LIMIT_EXEMPT'),
  }),
});

export default config;
