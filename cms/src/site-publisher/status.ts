/**
 * What the editor is told about the public site (the workflow's side panel): of a translation's
 * latest publish or unpublish, whether the publisher has reported it live, failed, or not yet.
 */
import type { Core } from '@strapi/strapi';
import type { DocumentEvent } from '../events';
import { settingsOf } from './settings';
import { readPublication } from './table';

export interface SitePublicationStatus {
  eventId: number;
  action: 'publish' | 'unpublish';
  /** When the change was made in the CMS. */
  changedAt: string;
  /** `pending` until the publisher reports. */
  state: 'pending' | 'live' | 'failed';
  /** When the publisher reached the state. */
  at: string | null;
  message: string | null;
  pages: number | null;
}

/** `events`: the translation's events, oldest first. Null without a publisher or before any publish. */
export async function sitePublicationOf(strapi: Core.Strapi, events: DocumentEvent[]): Promise<SitePublicationStatus | null> {
  if (!settingsOf(strapi).url) return null;
  const changes = events.filter((e) => e.action === 'publish' || e.action === 'unpublish');
  const latest = changes[changes.length - 1];
  if (!latest) return null;
  const report = await readPublication(strapi, latest.id);
  return {
    eventId: latest.id,
    action: latest.action as 'publish' | 'unpublish',
    changedAt: latest.at.toISOString(),
    state: report?.state ?? 'pending',
    at: report?.at ?? null,
    message: report?.message ?? null,
    pages: report?.pages ?? null,
  };
}
