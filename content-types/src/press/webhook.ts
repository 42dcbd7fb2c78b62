/**
 * What a press webhook delivers: one change feed entry per request, signed in the Standard
 * Webhooks format (`webhook-id`, `webhook-timestamp`, `webhook-signature`: v1, HMAC-SHA256 with
 * the endpoint's own `whsec_…` secret), so a newsroom verifies it with an off-the-shelf library.
 *
 * `webhook-id` is `press-change-<eventId>`: the same on every retry, and a receiver that has
 * seen it may drop the request. Deliveries of one document arrive in the feed's order.
 */
import { z } from 'zod';
import { CHANGE_KINDS, changeEntrySchema, type ChangeKind } from './feed';

export const WEBHOOK_EVENT_PREFIX = 'press.item.';

export const webhookEventType = (change: ChangeKind) => `${WEBHOOK_EVENT_PREFIX}${change}` as const;

export const pressWebhookSchema = z.object({
  /** `press.item.created`, `press.item.updated`, `press.item.unpublished`, `press.item.deleted`. */
  type: z.enum(CHANGE_KINDS.map(webhookEventType) as [string, ...string[]]),
  /** When the change was committed (the entry's `at`), ISO 8601 UTC. */
  timestamp: z.string(),
  data: changeEntrySchema,
});
export type PressWebhook = z.infer<typeof pressWebhookSchema>;

/** The stable message id of the delivery of one change (the same on every retry and endpoint). */
export const webhookMessageId = (eventId: number) => `press-change-${eventId}`;
