/**
 * Publish-to-live, the CMS's side (see README.md): the listener that
 * tells the publisher of each change (`listener.ts`, listed in ../features.ts), the route that takes its
 * reports (`reports.ts`, stored in `site_publications`: `table.ts`), what the editor's panel is
 * told (`status.ts`), and the draft preview (`preview.ts`, with config/admin.ts).
 * The protocol itself is content-types/src/site-publisher.ts.
 */
import type { Core } from '@strapi/strapi';
import { PREVIEW_DOCUMENT_PATH, PUBLISHER_CHANGES_SINCE_PATH, PUBLISHER_REPORTS_PATH } from '@cchc/content-types';
import { changesSince } from './changes-since';
import { readPreview } from './preview';
import { receiveReports, type RouteContext } from './reports';
import { startResending, stopResending } from './resend';
import { checkSettings, previewEnabled, settingsOf } from './settings';

export { sitePublicationOf, type SitePublicationStatus } from './status';
export { previewUrl } from './preview';

const withoutApi = (path: string) => path.replace(/^\/api/, '');

/** At register: refuses unusable settings, adds the three Content API routes. */
export function registerSitePublisher(strapi: Core.Strapi): void {
  checkSettings(settingsOf(strapi));
  strapi.server.routes({
    type: 'content-api',
    routes: [
      {
        method: 'POST',
        path: withoutApi(PUBLISHER_REPORTS_PATH),
        handler: (ctx: RouteContext) => receiveReports(strapi, ctx),
        config: { auth: false, middlewares: ['global::rate-limit'] },
      },
      {
        method: 'POST',
        path: withoutApi(PUBLISHER_CHANGES_SINCE_PATH),
        handler: (ctx: RouteContext) => changesSince(strapi, ctx),
        config: { auth: false, middlewares: ['global::rate-limit'] },
      },
      {
        method: 'GET',
        path: withoutApi(PREVIEW_DOCUMENT_PATH),
        handler: (ctx: RouteContext) => readPreview(strapi, ctx),
        config: { auth: false, middlewares: ['global::rate-limit'] },
      },
    ],
  } as never);
}

/** At start: says once what is off. */
export async function startSitePublisher(strapi: Core.Strapi): Promise<void> {
  const settings = settingsOf(strapi);
  if (!settings.url) strapi.log.info('[site-publisher] SITE_PUBLISHER_URL is not set: no site publisher is told of changes');
  if (!previewEnabled(settings)) strapi.log.info('[site-publisher] PUBLIC_SITE_URL or SITE_PREVIEW_SECRET is not set: draft preview is off');
  startResending(strapi);
}

/** At stop: no more re-sends. */
export async function stopSitePublisher(): Promise<void> {
  await stopResending();
}
