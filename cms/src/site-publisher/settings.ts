/**
 * The site publisher's settings (config/site-publisher.ts), checked once: a CMS told to notify a
 * publisher with a secret that cannot sign, or to preview with a weak secret, does not start.
 */
import type { Core } from '@strapi/strapi';
import { checkWebhookSecret } from '@cchc/content-types';

export interface SitePublisherSettings {
  /** The publisher's base URL; empty: no publisher is told anything. */
  url: string;
  /** Standard Webhooks secret (`whsec_…`) for the changes sent and the reports received. */
  secret: string;
  timeoutMs: number;
  /** A change accepted and not reported on for this long is sent again. */
  resendAfterMs: number;
  /** The public site's base URL, for preview links. */
  siteUrl: string;
  /** Signs preview tokens; empty: no preview. */
  previewSecret: string;
}

export function settingsOf(strapi: Core.Strapi): SitePublisherSettings {
  const raw = strapi.config.get<Partial<SitePublisherSettings>>('site-publisher', {});
  return {
    url: (raw.url ?? '').trim().replace(/\/+$/, ''),
    secret: (raw.secret ?? '').trim(),
    timeoutMs: raw.timeoutMs ?? 5_000,
    resendAfterMs: raw.resendAfterMs ?? 120_000,
    siteUrl: (raw.siteUrl ?? '').trim(),
    previewSecret: (raw.previewSecret ?? '').trim(),
  };
}

/** Whether Strapi's preview button and the draft read are on. */
export const previewEnabled = (s: Pick<SitePublisherSettings, 'siteUrl' | 'previewSecret'>) => Boolean(s.siteUrl && s.previewSecret);

/** At register: refuses settings that would fail later, naming the variable. */
export function checkSettings(s: SitePublisherSettings): void {
  if (s.url) {
    if (!/^https?:\/\//.test(s.url)) throw new Error('SITE_PUBLISHER_URL must be an http(s) URL');
    if (!s.secret) throw new Error('SITE_PUBLISHER_URL is set: SITE_PUBLISHER_SECRET must be set too');
  }
  if (!Number.isInteger(s.resendAfterMs) || s.resendAfterMs < 1_000) throw new Error('SITE_PUBLISHER_RESEND_MS must be a whole number of milliseconds, at least 1000');
  if (s.secret) checkWebhookSecret(s.secret, 'SITE_PUBLISHER_SECRET');
  if (s.siteUrl && !/^https?:\/\//.test(s.siteUrl)) throw new Error('PUBLIC_SITE_URL must be an http(s) URL');
  if (s.previewSecret && s.previewSecret.length < 32) throw new Error('SITE_PREVIEW_SECRET must be at least 32 characters');
}
