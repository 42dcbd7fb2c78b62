/**
 * The webhooks' two tables, ours (not content types: neither the content API nor the content
 * manager reaches them), created by a migration:
 * - `press_webhook_endpoints`: an outlet's registered URLs, what each wants, its signing secret
 *   (encrypted with Strapi's ENCRYPTION_KEY: a copy of the database does not sign), its run of
 *   failures and whether it is disabled;
 * - `press_webhook_deliveries`: the persistent queue, one row per endpoint × change (unique),
 *   with its attempts, when it is next due, its last answer, and when it was delivered.
 */
import type { Core } from '@strapi/strapi';

export const ENDPOINTS_TABLE = 'press_webhook_endpoints';
export const DELIVERIES_TABLE = 'press_webhook_deliveries';

export interface EndpointRow {
  id: number | string;
  outlet_id: number | string;
  url: string;
  /** Comma-separated change kinds; types and locales: comma-separated, or null for all. */
  changes: string;
  types: string | null;
  locales: string | null;
  secret: string;
  /** Changes of events up to this one (the log's end when it was made) are not sent. */
  from_event_id: number | string;
  created_at: string | Date;
  created_by: number | null;
  consecutive_failures: number | string;
  failing_since: string | Date | null;
  disabled_at: string | Date | null;
  disabled_reason: string | null;
}

export interface DeliveryRow {
  id: number | string;
  endpoint_id: number | string;
  event_id: number | string;
  change: string;
  type: string;
  document_id: string;
  locale: string;
  attempts: number | string;
  next_attempt_at: string | Date;
  claimed_until: string | Date | null;
  claimed_by: string | null;
  last_attempt_at: string | Date | null;
  last_status: number | string | null;
  last_error: string | null;
  delivered_at: string | Date | null;
  created_at: string | Date;
}

