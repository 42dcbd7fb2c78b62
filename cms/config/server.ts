// Every Strapi process (start, develop, build, the tests' boots) reads this file: refuse an old Node.
import '@cchc/runtime/check';
import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  // The public address of the CMS (used in media URLs and the admin); set it behind a proxy.
  url: env('PUBLIC_CMS_URL', ''),
  proxy: env.bool('IS_PROXIED', false),
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
