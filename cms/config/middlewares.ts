import type { Core } from '@strapi/strapi';
import { PUBLISHER_CHANGES_SINCE_PATH, PUBLISHER_REPORTS_MAX_BYTES, PUBLISHER_REPORTS_PATH } from '@cchc/content-types';
import { corsSettings } from '../src/cors/policy';

const config: Core.Config.Middlewares = [
  // First: the press API's front door answers /api/press/* itself, without the chain below
  // (src/press/access/door.ts: its own token check, rate limit, CORS, log and 304).
  'global::press-api',
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  // The admin routes answer the admin's own origin only (with credentials); the content API and
  // uploads answer any origin without credentials (src/cors/policy.ts).
  { name: 'strapi::cors', config: corsSettings() },
  'strapi::poweredBy',
  // The admin panel is several MB of script; editors on provincial networks get it compressed.
  'strapi::compression',
  'strapi::query',
  // Routes that read a body without Strapi's auth take a small one (src/middlewares/small-bodies.ts).
  { name: 'global::small-bodies', config: { limits: { [PUBLISHER_REPORTS_PATH]: PUBLISHER_REPORTS_MAX_BYTES, [PUBLISHER_CHANGES_SINCE_PATH]: 1024 } } },
  {
    // Stated, not inherited: nothing the public sends has a body, and an editor's JSON (a long
    // article in blocks) stays far under 1 MB. Uploads are multipart, bounded by the upload
    // plugin's sizeLimit. (These equal koa-body's defaults today.) The raw body is kept beside
    // the parsed one (koa-body's `includeUnparsed`): a signed webhook is checked on the exact
    // bytes received (src/site-publisher/reports.ts).
    name: 'strapi::body',
    config: { jsonLimit: '1mb', formLimit: '56kb', textLimit: '56kb', includeUnparsed: true },
  },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
  // The public API's allow-list, published-only reads and rate limit are route middlewares of
  // our routes (src/public-api/router.ts), not global ones: they follow the matched route.
];

export default config;
