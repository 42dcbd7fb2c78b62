import type { Core } from '@strapi/strapi';
import { previewUrl } from '../src/site-publisher/preview';

/** The origin the admin panel may frame for previews (Strapi adds it to the CSP's frame-src). */
function originOf(url: string): string[] {
  try {
    return url ? [new URL(url).origin] : [];
  } catch {
    return [];
  }
}

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET')!,
    // The refresh cookie (strapi_admin_refresh) is never sent by a request another site starts,
    // not even a same-site one (the public site, a preview): only the admin panel's own pages.
    cookie: { sameSite: 'strict' },
  },
  apiToken: {
    salt: env('API_TOKEN_SALT')!,
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT')!,
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY')!,
  },
  // Nothing in the admin panel reaches out to Strapi's servers.
  autoOpen: false,
  flags: {
    nps: false,
    promoteEE: false,
    docLinks: false,
  },
  // Strapi's preview button: the draft on the site's own preview route, with a short-lived token
  // for that one document and locale (src/site-publisher/preview.ts; null for the taxonomies).
  preview: {
    enabled: Boolean(env('PUBLIC_SITE_URL', '') && env('SITE_PREVIEW_SECRET', '')),
    config: {
      allowedOrigins: originOf(env('PUBLIC_SITE_URL', '')),
      handler: (uid, params) => previewUrl(strapi, uid, params),
    },
  },
});

export default config;
