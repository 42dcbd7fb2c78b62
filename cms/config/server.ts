// Every Strapi process (start, develop, build, the tests' boots) reads this file: refuse an old Node.
import '@cchc/runtime/check';
import type { Core } from '@strapi/strapi';
import { proxyConfig } from '../src/proxy/trust';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  // The public address of the CMS (used in media URLs and the admin); set it behind a proxy.
  url: env('PUBLIC_CMS_URL', ''),
  // Behind a reverse proxy (IS_PROXIED), Koa reads the reader's address from X-Forwarded-For,
  // but only the right-most PROXY_HOPS entries: those our own proxies appended. Anything to their
  // left was sent by the client and is not believed (src/proxy/trust.ts).
  proxy: proxyConfig(env.bool('IS_PROXIED', false), env('PROXY_HOPS', '1')),
  app: {
    keys: env.array('APP_KEYS')!,
  },
  // Uploads live in <public>/uploads; tests point this at a temporary folder.
  dirs: { public: env('PUBLIC_DIR', './public') },
  webhooks: {
    populateRelations: false,
  },
  // No call home: the update check is off.
  logger: {
    updates: { enabled: false },
    startup: { enabled: true },
  },
});

export default config;
