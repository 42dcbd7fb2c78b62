/**
 * What the administrator does with an outlet's webhook endpoints (the admin routes call these):
 * register one (its secret is made here and shown once), list them with their queue, remove
 * one (with its queue), enable a disabled one again, read its delivery log, retry a delivery.
 */
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { CHANGE_KINDS, LOCALES, PRESS_TYPES, type ChangeKind } from '@cchc/content-types';
import { onTable } from '../../database/own-tables';
import { EVENTS_TABLE } from '../../events/log';
import { DELIVERIES_TABLE, ENDPOINTS_TABLE, type DeliveryRow, type EndpointRow } from './table';

export interface EndpointView {
  id: number;
  outletId: number;
  url: string;
  changes: ChangeKind[];
  /** null: every type (locale). */
  types: string[] | null;
  locales: string[] | null;
  createdAt: string;
  consecutiveFailures: number;
  disabledAt: string | null;
  disabledReason: string | null;
  /** Deliveries not yet made. */
  pending: number;
  lastDeliveredAt: string | null;
}

export interface DeliveryView {
  id: number;
  eventId: number;
  change: ChangeKind;
  type: string;
  documentId: string;
  locale: string;
  /** `delivered`; `pending` (not tried yet); `retrying` (failed, tried again at `nextAttemptAt`). */
  state: 'delivered' | 'pending' | 'retrying';
  attempts: number;
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  createdAt: string;
}

export interface NewEndpoint {
  outletId: number;
  url: string;
  changes: ChangeKind[];
  types: string[] | null;
  locales: string[] | null;
  createdBy: number | null;
}

const iso = (value: string | Date | null) => (value === null ? null : new Date(value).toISOString());
const list = (value: string | null) => (value ? value.split(',') : null);

function endpointView(row: EndpointRow, pending: number, lastDeliveredAt: string | Date | null): EndpointView {
  return {
    id: Number(row.id),
    outletId: Number(row.outlet_id),
    url: row.url,
    changes: row.changes.split(',') as ChangeKind[],
    types: list(row.types),
    locales: list(row.locales),
    createdAt: iso(row.created_at)!,
    consecutiveFailures: Number(row.consecutive_failures),
    disabledAt: iso(row.disabled_at),
    disabledReason: row.disabled_reason,
    pending,
    lastDeliveredAt: iso(lastDeliveredAt),
  };
}

function deliveryView(row: DeliveryRow): DeliveryView {
  const attempts = Number(row.attempts);
  return {
    id: Number(row.id),
    eventId: Number(row.event_id),
    change: row.change as ChangeKind,
    type: row.type,
    documentId: row.document_id,
    locale: row.locale,
    state: row.delivered_at ? 'delivered' : attempts ? 'retrying' : 'pending',
    attempts,
    nextAttemptAt: row.delivered_at ? null : iso(row.next_attempt_at),
    lastAttemptAt: iso(row.last_attempt_at),
    lastStatus: row.last_status === null ? null : Number(row.last_status),
    lastError: row.last_error,
    deliveredAt: iso(row.delivered_at),
    createdAt: iso(row.created_at)!,
  };
}

/** A new signing secret in the Standard Webhooks form. */
const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

type Encryption = { encrypt(value: string): string | null; decrypt(value: string): string | null };
const encryption = (strapi: Core.Strapi) => strapi.service('admin::encryption') as unknown as Encryption;

/** The endpoint's secret in clear, for signing; null when it cannot be read (ENCRYPTION_KEY changed). */
export function secretOf(strapi: Core.Strapi, row: Pick<EndpointRow, 'secret'>): string | null {
  return encryption(strapi).decrypt(row.secret);
}

export async function createEndpoint(strapi: Core.Strapi, input: NewEndpoint): Promise<{ endpoint: EndpointView; secret: string }> {
  const secret = newSecret();
  const sealed = encryption(strapi).encrypt(secret);
  if (!sealed) throw new Error('ENCRYPTION_KEY is not set: a webhook secret cannot be stored');
  const last = (await onTable(strapi, EVENTS_TABLE, (q) => q.max({ id: 'id' }).first())) as { id: number | string | null } | undefined;
  const row = {
    outlet_id: input.outletId,
    url: input.url,
    changes: CHANGE_KINDS.filter((k) => input.changes.includes(k)).join(','),
    types: input.types ? PRESS_TYPES.filter((t) => input.types!.includes(t)).join(',') : null,
    locales: input.locales ? LOCALES.filter((l) => input.locales!.includes(l)).join(',') : null,
    secret: sealed,
    // From now on: an endpoint is told of changes made after it exists, not of the whole past
    // (a newsroom syncs the past from the feed).
    from_event_id: Number(last?.id ?? 0),
    created_at: new Date().toISOString(),
    created_by: input.createdBy,
    consecutive_failures: 0,
  };
  const [inserted] = (await onTable(strapi, ENDPOINTS_TABLE, (q) => q.insert(row).returning('id'))) as ({ id: number } | number)[];
  const id = typeof inserted === 'object' ? inserted!.id : inserted!;
  const endpoint = (await getEndpoint(strapi, Number(id)))!;
  return { endpoint, secret };
}

async function queueFigures(strapi: Core.Strapi, endpointIds: number[]) {
  if (!endpointIds.length) return new Map<number, { pending: number; lastDeliveredAt: string | Date | null }>();
  const rows = (await onTable(strapi, DELIVERIES_TABLE, (q) =>
    q
      .whereIn('endpoint_id', endpointIds)
      .groupBy('endpoint_id')
      .select('endpoint_id')
      .count({ total: '*' })
      .count({ delivered: 'delivered_at' })
      .max({ last: 'delivered_at' }),
  )) as { endpoint_id: number | string; total: number | string; delivered: number | string; last: string | Date | null }[];
  return new Map(rows.map((r) => [Number(r.endpoint_id), { pending: Number(r.total) - Number(r.delivered), lastDeliveredAt: r.last }]));
}

export async function listEndpoints(strapi: Core.Strapi, outletId: number): Promise<EndpointView[]> {
  const rows = (await onTable(strapi, ENDPOINTS_TABLE, (q) => q.where({ outlet_id: outletId }).orderBy('id', 'asc'))) as EndpointRow[];
  const figures = await queueFigures(strapi, rows.map((r) => Number(r.id)));
  return rows.map((row) => {
    const f = figures.get(Number(row.id));
    return endpointView(row, f?.pending ?? 0, f?.lastDeliveredAt ?? null);
  });
}

export async function getEndpoint(strapi: Core.Strapi, id: number): Promise<EndpointView | null> {
  const row = (await onTable(strapi, ENDPOINTS_TABLE, (q) => q.where({ id }).first())) as EndpointRow | undefined;
  if (!row) return null;
  const f = (await queueFigures(strapi, [id])).get(id);
  return endpointView(row, f?.pending ?? 0, f?.lastDeliveredAt ?? null);
}

/** Removes the endpoint and its queue; false when there was none. */
export async function deleteEndpoint(strapi: Core.Strapi, id: number): Promise<boolean> {
  return strapi.db.transaction(async ({ trx }: { trx: never }) => {
    await onTable(strapi, DELIVERIES_TABLE, (q) => q.where({ endpoint_id: id }).delete(), trx);
    return (await onTable(strapi, ENDPOINTS_TABLE, (q) => q.where({ id }).delete(), trx)) > 0;
  });
}

/** Enabled again, with a clean run of failures: what waits in its queue is due now. */
export async function enableEndpoint(strapi: Core.Strapi, id: number): Promise<EndpointView | null> {
  const now = new Date().toISOString();
  const changed = await strapi.db.transaction(async ({ trx }: { trx: never }) => {
    const n = await onTable(
      strapi,
      ENDPOINTS_TABLE,
      (q) => q.where({ id }).update({ disabled_at: null, disabled_reason: null, consecutive_failures: 0, failing_since: null }),
      trx,
    );
    if (n) await onTable(strapi, DELIVERIES_TABLE, (q) => q.where({ endpoint_id: id }).whereNull('delivered_at').update({ next_attempt_at: now }), trx);
    return n > 0;
  });
  return changed ? getEndpoint(strapi, id) : null;
}

export async function listDeliveries(
  strapi: Core.Strapi,
  endpointId: number,
  page: number,
  pageSize: number,
): Promise<{ deliveries: DeliveryView[]; total: number }> {
  const rows = (await onTable(strapi, DELIVERIES_TABLE, (q) =>
    q
      .where({ endpoint_id: endpointId })
      .orderBy('event_id', 'desc')
      .offset((page - 1) * pageSize)
      .limit(pageSize),
  )) as DeliveryRow[];
  const count = (await onTable(strapi, DELIVERIES_TABLE, (q) => q.where({ endpoint_id: endpointId }).count({ n: '*' }).first())) as { n: number | string };
  return { deliveries: rows.map(deliveryView), total: Number(count.n) };
}

export type RetryOutcome = 'due' | 'missing' | 'delivered' | 'disabled';

/** Makes an undelivered delivery of an enabled endpoint due now. */
export async function retryDelivery(strapi: Core.Strapi, id: number): Promise<RetryOutcome> {
  const row = (await onTable(strapi, DELIVERIES_TABLE, (q) =>
    q
      .join(ENDPOINTS_TABLE, `${ENDPOINTS_TABLE}.id`, `${DELIVERIES_TABLE}.endpoint_id`)
      .where(`${DELIVERIES_TABLE}.id`, id)
      .first(`${DELIVERIES_TABLE}.delivered_at as delivered_at`, `${ENDPOINTS_TABLE}.disabled_at as disabled_at`),
  )) as
    | { delivered_at: unknown; disabled_at: unknown }
    | undefined;
  if (!row) return 'missing';
  if (row.delivered_at) return 'delivered';
  if (row.disabled_at) return 'disabled';
  await onTable(strapi, DELIVERIES_TABLE, (q) => q.where({ id }).whereNull('delivered_at').update({ next_attempt_at: new Date().toISOString() }));
  return 'due';
}
