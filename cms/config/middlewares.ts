import type { Core } from '@strapi/strapi';

const config: Core.Config.Middlewares = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  // The admin panel is several MB of script; editors on provincial networks get it compressed.
  'strapi::compression',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
  // The public and press tokens read published content only (Strapi's ?status=draft leak).
  'global::published-only',
];

export default config;
