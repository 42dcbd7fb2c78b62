/**
 * What the publisher reads from the environment (docs/operations.md lists every variable).
 * Checked once at start: a missing secret stops it with a sentence, not later with a 401.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strapiToken, strapiUrl } from '../src/lib/env.ts';

const siteDir = fileURLToPath(new URL('..', import.meta.url));

export interface PublisherConfig {
  host: string;
  port: number;
  /** Snapshots and the `live` link (SITE_DATA_DIR, default site/.site). */
  root: string;
  rendererDir: string;
  /** Shared with the CMS: signs its notifications and our reports (Standard Webhooks). */
  publisherSecret: string;
  /** Shared with the CMS: signs preview tokens. */
  previewSecret?: string;
  /** The admin panel's origin, the only one allowed to frame a preview. */
  adminOrigin: string;
  /** Wait this long after the last notification before publishing (a burst becomes one publish). */
  quietMs: number;
  /** …but never longer than this after the first one. */
  maxWaitMs: number;
}

function required(name: string): string {
  const value = process.env[name]?.trim();
  if (!value) throw new Error(`${name} is not set: the publisher and the CMS must share it (see cms/.env.example).`);
  return value;
}

export function publisherConfig(): PublisherConfig {
  return {
    host: process.env.PUBLISHER_HOST?.trim() || '127.0.0.1',
    port: Number(process.env.PUBLISHER_PORT || 4322),
    root: resolve(process.env.SITE_DATA_DIR?.trim() || join(siteDir, '.site')),
    rendererDir: resolve(process.env.SITE_RENDERER_DIR?.trim() || join(siteDir, 'dist-renderer')),
    publisherSecret: required('SITE_PUBLISHER_SECRET'),
    previewSecret: process.env.SITE_PREVIEW_SECRET?.trim() || undefined,
    adminOrigin: new URL(process.env.CMS_PUBLIC_URL?.trim() || strapiUrl()).origin,
    quietMs: Number(process.env.PUBLISHER_QUIET_MS || 300),
    maxWaitMs: Number(process.env.PUBLISHER_MAX_WAIT_MS || 5000),
  };
}

/** How the site's asset pipeline reaches the CMS, and where it keeps what it made (the full build's cache too). */
export function cmsOptions(): { cacheDir: string; cmsUrl: string; token?: string } {
  const token = strapiToken();
  return {
    cacheDir: resolve(process.env.SITE_CACHE_DIR?.trim() || join(siteDir, 'node_modules', '.astro'), 'cms-assets'),
    cmsUrl: strapiUrl(),
    ...(token ? { token } : {}),
  };
}
