/**
 * Each outlet's volume: requests and bytes per day (Vietnam's day), in `press_outlet_usage`
 * (ours, created by a migration), and its last pull in `press_outlets.last_pull_at`. Counted in
 * memory on the hot path and added to the table every few seconds (config/press-access.ts), not
 * per request; every CMS process adds its own counts, so the sums hold with several of them.
 * Counts not yet flushed when a process dies are lost (a few seconds' worth).
 */
import type { Core } from '@strapi/strapi';
import { provinceDay, provinceDayNumber } from '@cchc/content-types';
import { onTable, sqlFragment } from '../../database/own-tables';
import { notePull } from './outlets';

export const USAGE_TABLE = 'press_outlet_usage';

export interface DayUsage {
  day: string;
  requests: number;
  bytes: number;
}


interface Pending {
  requests: number;
  bytes: number;
  lastPull: number;
}

export class UsageCounter {
  /** `outletId|day number` → counts since the last flush. */
  private pending = new Map<string, Pending>();
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly strapi: Core.Strapi) {}

  /** On the hot path: two additions. `pulled` is false for a refused request (it still counts). */
  count(outletId: number, bytes: number, pulled: boolean, now = Date.now()): void {
    const key = `${outletId}|${provinceDayNumber(now)}`;
    let entry = this.pending.get(key);
    if (!entry) this.pending.set(key, (entry = { requests: 0, bytes: 0, lastPull: 0 }));
    entry.requests += 1;
    entry.bytes += bytes;
    if (pulled) entry.lastPull = now;
  }

  /** Adds what was counted to the tables; one flush at a time. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.write()).catch((error: unknown) => {
      this.strapi.log.error(`[press] usage not recorded: ${error instanceof Error ? error.message : String(error)}`);
    });
    return this.flushing;
  }

  private async write(): Promise<void> {
    if (!this.pending.size) return;
    const batch = this.pending;
    this.pending = new Map();
    const lastPulls = new Map<number, number>();
    try {
      await this.strapi.db.transaction(async () => {
        for (const [key, counts] of batch) {
          const [outlet, dayNumber] = key.split('|') as [string, string];
          const outletId = Number(outlet);
          const day = new Date(Number(dayNumber) * 86_400_000).toISOString().slice(0, 10);
          await onTable(this.strapi, USAGE_TABLE, (q) =>
            q
              .insert({ outlet_id: outletId, day, requests: counts.requests, bytes: counts.bytes })
              .onConflict(['outlet_id', 'day'])
              .merge({
                requests: sqlFragment(this.strapi, `${USAGE_TABLE}.requests + ?`, [counts.requests]),
                bytes: sqlFragment(this.strapi, `${USAGE_TABLE}.bytes + ?`, [counts.bytes]),
              }),
          );
          if (counts.lastPull > (lastPulls.get(outletId) ?? 0)) lastPulls.set(outletId, counts.lastPull);
        }
        for (const [outletId, at] of lastPulls) await notePull(this.strapi, outletId, new Date(at));
      });
    } catch (error) {
      // Put the counts back, so that the next flush tries them again.
      for (const [key, counts] of batch) {
        const entry = this.pending.get(key);
        if (!entry) this.pending.set(key, counts);
        else {
          entry.requests += counts.requests;
          entry.bytes += counts.bytes;
          entry.lastPull = Math.max(entry.lastPull, counts.lastPull);
        }
      }
      throw error;
    }
  }
}

/** The last `days` days of each outlet's usage, newest first. */
export async function usageSince(strapi: Core.Strapi, days: number, now = new Date()): Promise<Map<number, DayUsage[]>> {
  const from = provinceDay(new Date(now.getTime() - (days - 1) * 86_400_000));
  const rows = (await onTable(strapi, USAGE_TABLE, (q) => q.select('*').where('day', '>=', from).orderBy('day', 'desc'))) as {
    outlet_id: number | string;
    day: string;
    requests: number | string;
    bytes: number | string;
  }[];
  const byOutlet = new Map<number, DayUsage[]>();
  for (const row of rows) {
    const id = Number(row.outlet_id);
    if (!byOutlet.has(id)) byOutlet.set(id, []);
    byOutlet.get(id)!.push({ day: row.day, requests: Number(row.requests), bytes: Number(row.bytes) });
  }
  return byOutlet;
}
