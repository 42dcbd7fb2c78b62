import type { Core } from '@strapi/strapi';

// Publish-to-live (cms/src/site-publisher/). Without SITE_PUBLISHER_URL the CMS tells no
// publisher anything (and says so once at start); with it, SITE_PUBLISHER_SECRET (a Standard
// Webhooks `whsec_…` secret shared with the publisher) signs the changes sent and checks the
// reports received. The draft preview needs PUBLIC_SITE_URL and SITE_PREVIEW_SECRET (shared
// with the site's preview route); config/admin.ts turns Strapi's preview button on with them.
// A change the publisher accepted and has not reported on after SITE_PUBLISHER_RESEND_MS is
// sent again (src/site-publisher/resend.ts).
const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  url: env('SITE_PUBLISHER_URL', ''),
  secret: env('SITE_PUBLISHER_SECRET', ''),
  timeoutMs: env.int('SITE_PUBLISHER_TIMEOUT_MS', 5_000),
  resendAfterMs: env.int('SITE_PUBLISHER_RESEND_MS', 120_000),
  siteUrl: env('PUBLIC_SITE_URL', ''),
  previewSecret: env('SITE_PREVIEW_SECRET', ''),
});

export default config;
