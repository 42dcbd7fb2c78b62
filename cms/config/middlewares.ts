import type { Core } from '@strapi/strapi';

const config: Core.Config.Middlewares = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  // Uploaded files have content-hashed names, so they may be cached for long (the site's
  // image pipeline caches remote images only when told it may).
  { name: 'strapi::public', config: { maxAge: 31536000000 } },
  // The public and press tokens read published content only (Strapi's ?status=draft leak).
  'global::published-only',
];

export default config;
