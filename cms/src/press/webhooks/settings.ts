/** The webhooks' settings (config/press.ts), with their defaults. */
import type { Core } from '@strapi/strapi';

export interface WebhookSettings {
  pollMs: number;
  timeoutMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  disableAfterFailures: number;
  disableAfterMs: number;
  allowHttpLoopback: boolean;
  /** How many due deliveries one pass claims. */
  batchSize: number;
}

const DEFAULTS: WebhookSettings = {
  pollMs: 5_000,
  timeoutMs: 10_000,
  retryBaseMs: 30_000,
  retryMaxMs: 60 * 60_000,
  disableAfterFailures: 10,
  disableAfterMs: 24 * 60 * 60_000,
  allowHttpLoopback: false,
  batchSize: 50,
};

export function webhookSettingsOf(strapi: Core.Strapi): WebhookSettings {
  return { ...DEFAULTS, ...strapi.config.get<Partial<WebhookSettings>>('press.webhooks', {}) };
}
