/**
 * The changes the site publisher accepted and has not reported on (`site_notifications`,
 * migration 0200). The publisher answers 202 before its work is done, so a publisher killed
 * after it accepted a change would leave it unreported, and the editor's panel "pending",
 * for ever. A row is written when the publisher accepts a change and removed when its report
 * comes (`storeReports`); `resend.ts` sends what waits longer again.
 */
import type { Core } from '@strapi/strapi';
import { onTable, sqlFragment } from '../database/own-tables';

export const NOTIFICATIONS_TABLE = 'site_notifications';

export interface Notification {
  eventId: number;
  /** The message exactly as first sent. */
  payload: string;
  firstSentAt: string;
  lastSentAt: string;
  sends: number;
}

interface Row {
  event_id: number | string;
  payload: string;
  first_sent_at: string | Date;
  last_sent_at: string | Date;
  sends: number | string;
}

const fromRow = (row: Row): Notification => ({
  eventId: Number(row.event_id),
  payload: row.payload,
  firstSentAt: new Date(row.first_sent_at).toISOString(),
  lastSentAt: new Date(row.last_sent_at).toISOString(),
  sends: Number(row.sends),
});

/** The publisher accepted these changes (again); each keeps its own message for a re-send. */
export async function recordSent(strapi: Core.Strapi, sent: readonly { eventId: number; payload: string }[], at = new Date()): Promise<void> {
  if (!sent.length) return;
  const now = at.toISOString();
  const rows = sent.map(({ eventId, payload }) => ({ event_id: eventId, payload, first_sent_at: now, last_sent_at: now, sends: 1 }));
  await onTable(strapi, NOTIFICATIONS_TABLE, (q) =>
    q
      .insert(rows)
      .onConflict('event_id')
      .merge({ last_sent_at: now, sends: sqlFragment(strapi, `${NOTIFICATIONS_TABLE}.sends + 1`) }),
  );
}

/** The changes accepted before `before` and not reported on, oldest first. */
export async function unreported(strapi: Core.Strapi, before: Date, limit: number): Promise<Notification[]> {
  const rows = await onTable(strapi, NOTIFICATIONS_TABLE, (q) => q.where('last_sent_at', '<', before.toISOString()).orderBy('event_id', 'asc').limit(limit) as PromiseLike<Row[]>);
  return rows.map(fromRow);
}

export async function readNotification(strapi: Core.Strapi, eventId: number): Promise<Notification | null> {
  const row = await onTable(strapi, NOTIFICATIONS_TABLE, (q) => q.where({ event_id: eventId }).first() as PromiseLike<Row | undefined>);
  return row ? fromRow(row) : null;
}

/** Reported: nothing more to send (in the report's transaction). */
export async function forgetNotifications(strapi: Core.Strapi, eventIds: number[]): Promise<void> {
  if (eventIds.length) await onTable(strapi, NOTIFICATIONS_TABLE, (q) => q.whereIn('event_id', eventIds).delete());
}
