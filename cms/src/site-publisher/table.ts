/**
 * What the site publisher reported of each change it was sent: the table `site_publications`,
 * ours (not a content type: neither the content API nor the admin reaches it), created by a
 * migration, keyed by the event id. Not append-only: a later report of the same event (by its `at`)
 * replaces the state, since a failed publication may go live on the publisher's next attempt.
 */
import type { Core } from '@strapi/strapi';
import type { PublicationReport, PublicationState } from '@cchc/content-types';
import { onTable } from '../database/own-tables';
import { forgetNotifications } from './notifications';

export const PUBLICATIONS_TABLE = 'site_publications';

export interface Publication {
  eventId: number;
  state: PublicationState;
  /** When the publisher reached the state. */
  at: string;
  message: string | null;
  pages: number | null;
  /** When the CMS received the report. */
  receivedAt: string;
}

interface Row {
  event_id: number | string;
  state: string;
  at: string | Date;
  message: string | null;
  pages: number | string | null;
  received_at: string | Date;
}

const fromRow = (row: Row): Publication => ({
  eventId: Number(row.event_id),
  state: row.state as PublicationState,
  at: new Date(row.at).toISOString(),
  message: row.message,
  pages: row.pages === null ? null : Number(row.pages),
  receivedAt: new Date(row.received_at).toISOString(),
});

/** Stores the reports, in one transaction; a report older than the stored one for its event changes nothing. */
export async function storeReports(strapi: Core.Strapi, reports: PublicationReport[]): Promise<void> {
  const receivedAt = new Date().toISOString();
  const ids = [...new Set(reports.map((r) => r.eventId))];
  await strapi.db.transaction(async () => {
    // One read for the whole message, one insert of the new rows: a catch-up reports thousands.
    const rows = await onTable(strapi, PUBLICATIONS_TABLE, (q) => q.whereIn('event_id', ids).select('event_id', 'at') as PromiseLike<{ event_id: number | string; at: Row['at'] }[]>);
    const storedAt = new Map(rows.map((r) => [Number(r.event_id), new Date(r.at).getTime()]));
    const inserts = new Map<number, Record<string, unknown>>();
    for (const report of reports) {
      const at = new Date(report.at);
      const row = {
        state: report.state,
        at: at.toISOString(),
        message: report.message ?? null,
        pages: report.pages ?? null,
        received_at: receivedAt,
      };
      const stored = storedAt.get(report.eventId);
      const pending = inserts.get(report.eventId);
      // A later `at` replaces an earlier report (within this message too).
      if (stored === undefined && (!pending || String(pending.at) <= row.at)) inserts.set(report.eventId, { event_id: report.eventId, ...row });
      else if (stored !== undefined && stored <= at.getTime()) {
        await onTable(strapi, PUBLICATIONS_TABLE, (q) => q.where({ event_id: report.eventId }).update(row));
        storedAt.set(report.eventId, at.getTime());
      }
    }
    if (inserts.size) await onTable(strapi, PUBLICATIONS_TABLE, (q) => q.insert([...inserts.values()]));
    // Reported (live or failed): the publisher has it, nothing is sent again.
    await forgetNotifications(strapi, ids);
  });
}

export async function readPublication(strapi: Core.Strapi, eventId: number): Promise<Publication | null> {
  const row = await onTable(strapi, PUBLICATIONS_TABLE, (q) => q.where({ event_id: eventId }).first() as PromiseLike<Row | undefined>);
  return row ? fromRow(row) : null;
}
