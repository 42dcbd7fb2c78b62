/**
 * What the editor is told about the public site (the workflow's side panel): of a translation's
 * latest publish or unpublish, whether the publisher has reported it live, failed, or not yet.
 */
import type { Core } from '@strapi/strapi';
import { TIME_ZONE } from '@cchc/content-types';
import type { DocumentEvent } from '../events';
import { readNotification } from './notifications';
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
  /** How often the change was sent to the publisher while no report came (0: not sent yet, or reported). */
  sends: number;
}

/** Province time, for the editor's sentence. */
const clock = (iso: string) => new Date(iso).toLocaleTimeString('vi-VN', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' });

/** What the editor is told of a change sent again (Vietnamese: the panel shows it as it is). */
function resentMessage(sends: number, lastSentAt: string): string {
  return `Trang công khai chưa báo đã cập nhật; CMS đã gửi lại thay đổi này ${sends - 1} lần, lần gần nhất lúc ${clock(lastSentAt)}. Nếu còn chờ lâu, hãy báo quản trị viên kiểm tra bộ xuất bản.`;
}

/** `events`: the translation's events, oldest first. Null without a publisher or before any publish. */
export async function sitePublicationOf(strapi: Core.Strapi, events: DocumentEvent[]): Promise<SitePublicationStatus | null> {
  if (!settingsOf(strapi).url) return null;
  const changes = events.filter((e) => e.action === 'publish' || e.action === 'unpublish');
  const latest = changes[changes.length - 1];
  if (!latest) return null;
  const report = await readPublication(strapi, latest.id);
  const sent = report ? null : await readNotification(strapi, latest.id);
  return {
    eventId: latest.id,
    action: latest.action as 'publish' | 'unpublish',
    changedAt: latest.at.toISOString(),
    state: report?.state ?? 'pending',
    at: report?.at ?? null,
    message: report?.message ?? (sent && sent.sends > 1 ? resentMessage(sent.sends, sent.lastSentAt) : null),
    pages: report?.pages ?? null,
    sends: sent?.sends ?? 0,
  };
}
