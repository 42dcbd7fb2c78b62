/** The front door's settings (config/press-access.ts). */
import type { Core } from '@strapi/strapi';

export interface AccessSettings {
  perMinute: number;
  burst: number;
  refreshMs: number;
  missRefreshMs: number;
  usageFlushMs: number;
  maxQueryLength: number;
}

export const accessSettingsOf = (strapi: Core.Strapi): AccessSettings => strapi.config.get('press-access') as AccessSettings;

/** Highest rate limit the administrator may set for one outlet (requests per minute, burst). */
export const MAX_PER_MINUTE = 1_000_000;
export const MAX_BURST = 100_000;
