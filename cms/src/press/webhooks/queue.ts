/**
 * Queueing a kept change for the endpoints that want it: called by the change feed's writer in
 * the same transaction as the change itself, in event order. A disabled endpoint's queue still
 * grows (it gets everything once the administrator enables it again); an endpoint gets only
 * changes of events after it was made.
 */
import type { Core } from '@strapi/strapi';
import { onTable } from '../../database/own-tables';
import type { Transaction } from '../../events';
import type { StoredChange } from '../changes/table';
import { DELIVERIES_TABLE, ENDPOINTS_TABLE, type EndpointRow } from './table';

const listOf = (value: string | null) => (value ? value.split(',') : null);

export function wants(endpoint: Pick<EndpointRow, 'changes' | 'types' | 'locales' | 'from_event_id'>, change: StoredChange): boolean {
  if (change.eventId <= Number(endpoint.from_event_id)) return false;
  if (!endpoint.changes.split(',').includes(change.change)) return false;
  const types = listOf(endpoint.types);
  const locales = listOf(endpoint.locales);
  return (!types || types.includes(change.type)) && (!locales || locales.includes(change.locale));
}

export async function enqueueDeliveries(strapi: Core.Strapi, trx: Transaction, change: StoredChange): Promise<number> {
  const endpoints = (await onTable(
    strapi,
    ENDPOINTS_TABLE,
    (q) => q.where('from_event_id', '<', change.eventId).select('id', 'changes', 'types', 'locales', 'from_event_id'),
    trx,
  )) as EndpointRow[];
  const now = new Date().toISOString();
  const rows = endpoints
    .filter((endpoint) => wants(endpoint, change))
    .map((endpoint) => ({
      endpoint_id: Number(endpoint.id),
      event_id: change.eventId,
      change: change.change,
      type: change.type,
      document_id: change.documentId,
      locale: change.locale,
      attempts: 0,
      next_attempt_at: now,
      created_at: now,
    }));
  if (!rows.length) return 0;
  await onTable(strapi, DELIVERIES_TABLE, (q) => q.insert(rows).onConflict(['endpoint_id', 'event_id']).ignore(), trx);
  return rows.length;
}
