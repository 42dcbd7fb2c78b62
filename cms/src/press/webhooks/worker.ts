/**
 * The delivery worker: every CMS process runs one. Each pass (at start, every `pollMs`, and
 * when the change feed's writer queued something) claims what is due and sends it.
 *
 * - **The queue is the table**: a restart loses nothing; the first pass picks up what is due.
 * - **Due**: undelivered, its next attempt time reached, its endpoint enabled and its outlet's
 *   access not revoked, not claimed by a
 *   live claim, and no earlier delivery of the same endpoint and document still undelivered: a
 *   document's changes arrive in the feed's order, and one pass holds at most one delivery per
 *   endpoint and document.
 * - **Claimed** with an update-where (`claimed_until` in the past or empty), which only one
 *   process can win for a row, on PostgreSQL and SQLite alike; the claim is a lease longer than
 *   a send's time-out, so a process that dies mid-send leaves a row that is due again later.
 *   Two processes therefore never send one delivery at once (a receiver still dedupes on
 *   `webhook-id`: a process may die after the receiver answered and before it wrote so).
 * - **Failures** back off exponentially with jitter up to `retryMaxMs`. An endpoint with
 *   `disableAfterFailures` failures in a row, the first at least `disableAfterMs` ago, is
 *   disabled: no more attempts until the administrator enables it again (its queue is kept).
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Core } from '@strapi/strapi';
import { onTable, sqlFragment, type TableQuery } from '../../database/own-tables';
import { Loop } from '../../shared/loop';
import { settingsOf as sitePublisherSettings } from '../../site-publisher/settings';
import { toEntry, type EntryLinks } from '../changes/entry';
import { readChange } from '../changes/table';
import { secretOf } from './endpoints';
import { OUTLETS_TABLE } from '../access/outlets';
import { sendWebhook, type SendOutcome } from './send';
import type { WebhookSettings } from './settings';
import { DELIVERIES_TABLE, ENDPOINTS_TABLE, type DeliveryRow, type EndpointRow } from './table';
import { checkEndpointUrl } from './url';

/** The wait before attempt `attempts + 1`: doubling from `baseMs`, at most `maxMs`, between half and all of it. */
export function backoffMs(attempts: number, baseMs: number, maxMs: number, random = Math.random): number {
  const ceiling = Math.min(baseMs * 2 ** Math.max(0, attempts - 1), maxMs);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export class DeliveryWorker {
  private readonly loop: Loop;
  /** Who holds a claim: this process. */
  private readonly me = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly settings: WebhookSettings,
  ) {
    this.loop = new Loop(settings.pollMs, () => this.pass(), (error) => strapi.log.error(`[press-webhooks] delivery pass failed: ${String(error)}`));
  }

  start(): void {
    this.loop.start();
  }

  wake(): void {
    this.loop.wake();
  }

  idle(): Promise<void> {
    return this.loop.idle();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Rounds until one delivers nothing: each delivery may make the next of its document due. */
  private async pass(): Promise<void> {
    while (!this.loop.stopped) {
      const claimed = await this.claimDue();
      if (!claimed.length) return;
      const byEndpoint = new Map<number, DeliveryRow[]>();
      for (const row of claimed) {
        const id = Number(row.endpoint_id);
        byEndpoint.set(id, [...(byEndpoint.get(id) ?? []), row]);
      }
      const delivered = await Promise.all([...byEndpoint].map(([id, rows]) => this.sendTo(id, rows)));
      if (!delivered.some(Boolean)) return;
    }
  }

  private async claimDue(): Promise<DeliveryRow[]> {
    const now = new Date();
    const at = now.toISOString();
    const d = DELIVERIES_TABLE;
    const candidates = (await onTable(this.strapi, d, (deliveries) =>
      deliveries
        .join(ENDPOINTS_TABLE, `${ENDPOINTS_TABLE}.id`, `${d}.endpoint_id`)
        .whereNull(`${d}.delivered_at`)
        .whereNull(`${ENDPOINTS_TABLE}.disabled_at`)
        // A revoked outlet reads nothing, by token or by webhook: its queue waits.
        .join(OUTLETS_TABLE, `${OUTLETS_TABLE}.id`, `${ENDPOINTS_TABLE}.outlet_id`)
        .whereNull(`${OUTLETS_TABLE}.revoked_at`)
        .where(`${d}.next_attempt_at`, '<=', at)
        .where((q) => q.whereNull(`${d}.claimed_until`).orWhere(`${d}.claimed_until`, '<', at))
        .whereNotExists((q) =>
          q
            .select(sqlFragment(this.strapi, '1'))
            .from(`${d} as earlier`)
            .whereRaw(`earlier.endpoint_id = ${d}.endpoint_id`)
            .whereRaw(`earlier.type = ${d}.type`)
            .whereRaw(`earlier.document_id = ${d}.document_id`)
            .whereRaw(`earlier.event_id < ${d}.event_id`)
            .whereNull('earlier.delivered_at'),
        )
        .orderBy(`${d}.event_id`, 'asc')
        .limit(this.settings.batchSize)
        .select(`${d}.*`),
    )) as DeliveryRow[];
    const until = new Date(now.getTime() + this.settings.timeoutMs + 30_000).toISOString();
    const claimed: DeliveryRow[] = [];
    for (const row of candidates) {
      const won = await onTable(this.strapi, d, (deliveries) =>
        deliveries
          .where({ id: row.id })
          .whereNull('delivered_at')
          .where((q) => q.whereNull('claimed_until').orWhere('claimed_until', '<', at))
          .update({ claimed_until: until, claimed_by: this.me }),
      );
      if (won === 1) claimed.push(row);
    }
    return claimed;
  }

  private release(rows: DeliveryRow[]): Promise<unknown> {
    if (!rows.length) return Promise.resolve();
    return onTable(this.strapi, DELIVERIES_TABLE, (q) =>
      q
        .whereIn('id', rows.map((r) => r.id))
        .where({ claimed_by: this.me })
        .update({ claimed_until: null, claimed_by: null }),
    );
  }

  private links(): EntryLinks {
    const apiUrl = String(this.strapi.config.get('server.url', '') ?? '').replace(/\/+$/, '');
    return { apiUrl: /^https?:\/\//.test(apiUrl) ? apiUrl : '', siteUrl: sitePublisherSettings(this.strapi).siteUrl };
  }

  /** Sends one endpoint's claimed deliveries in event order; stops at its first failure. True when one was delivered. */
  private async sendTo(endpointId: number, rows: DeliveryRow[]): Promise<boolean> {
    const endpoint = (await onTable(this.strapi, ENDPOINTS_TABLE, (q) => q.where({ id: endpointId }).first())) as EndpointRow | undefined;
    if (!endpoint || endpoint.disabled_at) {
      await this.release(rows);
      return false;
    }
    let delivered = false;
    for (const [i, row] of rows.entries()) {
      const outcome = await this.attempt(endpoint, row);
      const disabled = await this.record(endpoint, row, outcome);
      if (outcome.ok) {
        delivered = true;
        continue;
      }
      // The receiver is failing: the rest wait for the next pass (not counted as attempts).
      await this.release(rows.slice(i + 1));
      if (disabled) this.strapi.log.warn(`[press-webhooks] endpoint ${endpointId} (outlet ${endpoint.outlet_id}) disabled after repeated failures`);
      break;
    }
    return delivered;
  }

  private async attempt(endpoint: EndpointRow, row: DeliveryRow): Promise<SendOutcome> {
    const url = checkEndpointUrl(endpoint.url, this.settings.allowHttpLoopback);
    if (!url.ok) return { ok: false, status: null, error: `địa chỉ không được phép: ${url.reason}` };
    const secret = secretOf(this.strapi, endpoint);
    if (!secret) return { ok: false, status: null, error: 'không đọc được khóa ký (ENCRYPTION_KEY đã bị đổi?)' };
    const change = await readChange(this.strapi, Number(row.event_id));
    if (!change) return { ok: false, status: null, error: 'thay đổi không còn trong nguồn thay đổi' };
    return sendWebhook(url.url, secret, toEntry(change, this.links()), this.settings.timeoutMs, this.settings.allowHttpLoopback);
  }

  /** Keeps the outcome; true when this failure disabled the endpoint. */
  private async record(endpoint: EndpointRow, row: DeliveryRow, outcome: SendOutcome): Promise<boolean> {
    const now = new Date();
    const attempts = Number(row.attempts) + 1;
    const common = { attempts, last_attempt_at: now.toISOString(), last_status: outcome.status, claimed_until: null, claimed_by: null };
    return this.strapi.db.transaction(async ({ trx }: { trx: never }) => {
      const delivery = (values: Record<string, unknown>) => onTable(this.strapi, DELIVERIES_TABLE, (q) => q.where({ id: row.id }).update(values), trx);
      const endpoints = <T>(run: (q: TableQuery) => PromiseLike<T>) => onTable(this.strapi, ENDPOINTS_TABLE, (q) => run(q.where({ id: endpoint.id })), trx);
      if (outcome.ok) {
        await delivery({ ...common, last_error: null, delivered_at: now.toISOString() });
        await endpoints((q) => q.update({ consecutive_failures: 0, failing_since: null }));
        return false;
      }
      const wait = backoffMs(attempts, this.settings.retryBaseMs, this.settings.retryMaxMs);
      await delivery({ ...common, last_error: outcome.error.slice(0, 500), next_attempt_at: new Date(now.getTime() + wait).toISOString() });
      await endpoints((q) => q.update({ consecutive_failures: sqlFragment(this.strapi, 'consecutive_failures + 1') }));
      await endpoints((q) => q.whereNull('failing_since').update({ failing_since: now.toISOString() }));
      const state = (await endpoints((q) => q.first('consecutive_failures', 'failing_since', 'disabled_at'))) as Pick<EndpointRow, 'consecutive_failures' | 'failing_since' | 'disabled_at'>;
      const failingFor = now.getTime() - new Date(state.failing_since ?? now).getTime();
      if (state.disabled_at || Number(state.consecutive_failures) < this.settings.disableAfterFailures || failingFor < this.settings.disableAfterMs) return false;
      await endpoints((q) =>
        q.update({
          disabled_at: now.toISOString(),
          disabled_reason: `${state.consecutive_failures} lần gửi thất bại liên tiếp; lần cuối: ${outcome.status ?? ''} ${outcome.error}`.slice(0, 500),
        }),
      );
      return true;
    });
  }
}
