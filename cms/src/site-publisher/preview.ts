/**
 * The draft preview. Strapi's preview button (config/admin.ts) asks `previewUrl` for a link to
 * the site's on-demand preview route with a fresh token for that one draft; the site's route
 * then reads the draft with the token from `GET /api/site-previews/document?token=…`, the one
 * Content API route that reads drafts (its exemption from the published-only lock is listed in
 * src/documents/published-reads.ts). It answers the draft populated as the public API
 * populates that type, sanitised as the Content API sanitises output.
 */
import type { Core, UID } from '@strapi/strapi';
import {
  canonicalUrl,
  contentTypesWith,
  DEFAULT_LOCALE,
  documentPath,
  isLocale,
  populateOf,
  previewUrlOf,
  signPreviewToken,
  uidOf,
  verifyPreviewToken,
  type PreviewTokenCheck,
} from '@cchc/content-types';
import { mayRead, requestAccess } from '../permissions/access';
import { agencyOfDocument } from '../permissions/document-guard';
import { answerError } from '../shared/error-envelope';
import type { RouteContext } from './reports';
import { previewEnabled, settingsOf } from './settings';

// Only what the site renders has a page to preview.
const TYPE_OF_UID = new Map<string, string>(contentTypesWith('site').map((t) => [uidOf(t.name), t.name]));

interface PreviewParams {
  documentId?: string;
  locale?: string | null;
  status?: string;
}

/**
 * The preview link for one of our four content types (null for anything else, or when preview
 * is off). Strapi's preview controller asks no permission of its own, so this asks ours: an
 * author gets no link, and so no token, for another agency's draft. Strapi's "published" tab
 * gets the live page itself (no token: it is public), or nothing when that locale is not live.
 */
export async function previewUrl(strapi: Core.Strapi, uid: string, params: PreviewParams): Promise<string | null> {
  const settings = settingsOf(strapi);
  const type = TYPE_OF_UID.get(uid);
  if (!previewEnabled(settings) || !type || !params.documentId) return null;
  const locale = params.locale ?? DEFAULT_LOCALE;
  if (!isLocale(locale)) return null;
  const access = await requestAccess(strapi);
  if (!access || !mayRead(access, await agencyOfDocument(strapi, uid, params.documentId))) return null;
  if (params.status === 'published') {
    const live = (await strapi.db.query(uid as UID.Schema).findOne({ where: { documentId: params.documentId, locale, publishedAt: { $notNull: true } }, select: ['slug'] })) as { slug?: string } | null;
    return live?.slug ? canonicalUrl(settings.siteUrl, documentPath(type, locale, live.slug)) : null;
  }
  const token = signPreviewToken({ type, documentId: params.documentId, locale }, settings.previewSecret);
  return previewUrlOf(settings.siteUrl, token);
}

const REFUSALS: Record<Exclude<PreviewTokenCheck, { ok: true }>['reason'], string> = {
  missing: 'A preview token is required (?token=…)',
  malformed: 'The preview token is malformed',
  'bad-signature': 'The preview token is not valid',
  expired: 'The preview token has expired: open the preview again from the CMS',
};

export async function readPreview(strapi: Core.Strapi, ctx: RouteContext): Promise<void> {
  // A draft is nobody's to keep: neither the browser nor a proxy stores any answer of this route.
  ctx.set('Cache-Control', 'no-store');
  const settings = settingsOf(strapi);
  if (!previewEnabled(settings)) return answerError(ctx, 503, 'ServiceUnavailableError', 'Preview is not configured here (PUBLIC_SITE_URL, SITE_PREVIEW_SECRET)');
  const other = Object.keys(ctx.query).find((key) => key !== 'token');
  if (other !== undefined) return answerError(ctx, 400, 'ValidationError', `Unknown parameter "${other}": only "token" is accepted`, { param: other });
  const token = ctx.query.token;
  if (token !== undefined && typeof token !== 'string') return answerError(ctx, 400, 'ValidationError', '"token" must be given once', { param: 'token' });
  const check = verifyPreviewToken(token, settings.previewSecret);
  if (!check.ok) return answerError(ctx, 401, 'UnauthorizedError', REFUSALS[check.reason], { reason: check.reason });

  const { type, documentId, locale } = check.claims;
  const uid = uidOf(type) as UID.ContentType;
  const draft = await strapi.documents(uid).findOne({ documentId, locale, status: 'draft', populate: populateOf(type) } as never);
  if (!draft) return answerError(ctx, 404, 'NotFoundError', 'This document has no draft in this locale');
  const data = await strapi.contentAPI.sanitize.output(draft, strapi.getModel(uid), { auth: ctx.state.auth as never });
  ctx.body = { data };
}
