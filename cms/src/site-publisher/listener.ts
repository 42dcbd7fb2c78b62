/**
 * Tells the site publisher of every change to what is live: each publish, unpublish and delete
 * of any of our types (terms have pages too), and each live version rewritten by the relink, one signed message per event, in the event log's
 * order. A refusal (non-2xx), a time-out or a network error throws, so the dispatcher keeps its
 * cursor and sends the same event again later (same webhook-id, fresh signature): nothing after
 * it goes out first. Without SITE_PUBLISHER_URL it does nothing (and the cursor moves on: a
 * publisher set up later starts from a full build, not from a replay). An accepted change is
 * noted (notifications.ts) until the publisher reports on it; resend.ts sends it again if not.
 */
import type { Core } from '@strapi/strapi';
import { isLiveAction, PUBLISHER_CHANGES_PATH, signWebhook, typeNamesWith, type SiteChanges } from '@cchc/content-types';
import type { DocumentEvent, Listener } from '../events';
import { recordSent } from './notifications';
import { settingsOf } from './settings';

export const SITE_PUBLISHER_LISTENER = 'site-publisher';

/** The publisher hears only of the types the site renders. */
const SITE_TYPES = typeNamesWith('site');

/** The message of one event, exactly as sent and signed. */
export function changeMessage(event: DocumentEvent): string {
  const body: SiteChanges = {
    events: [
      {
        id: event.id,
        action: event.action as SiteChanges['events'][number]['action'],
        type: event.type,
        documentId: event.documentId,
        locale: event.locale as SiteChanges['events'][number]['locale'],
        at: event.at.toISOString(),
      },
    ],
  };
  return JSON.stringify(body);
}

export const sitePublisherNotifier: Listener = {
  name: SITE_PUBLISHER_LISTENER,
  // A publisher that was down (a restart, a deploy) is told of what waits within seconds of
  // being back, not after the dispatcher's longest back-off (minutes); it catches up with the
  // content itself at start, these bring the editors' "live" reports.
  retryMaxMs: 15_000,
  async handle(event, strapi) {
    if (!SITE_TYPES.has(event.type)) return;
    // A live action, or links restored in a live version when their target was published
    // (cms/src/documents/relink-on-publish.ts): the source's page changes too.
    if (!isLiveAction(event.action) && event.cause !== 'relink-on-publish') return;
    if (!settingsOf(strapi).url) return;
    const payload = changeMessage(event);
    await sendChange(strapi, event.id, payload);
    await recordSent(strapi, event.id, payload);
  },
};

/**
 * POSTs one change's message to the publisher, signed now (webhook-id `event-<id>`, the same at
 * every send). Throws on a refusal, a time-out or a network error.
 */
export async function sendChange(strapi: Core.Strapi, eventId: number, payload: string): Promise<void> {
  const { url, secret, timeoutMs } = settingsOf(strapi);
  let response: Response;
  try {
    response = await fetch(`${url}${PUBLISHER_CHANGES_PATH}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...signWebhook(secret, `event-${eventId}`, payload) },
      body: payload,
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new Error(`site publisher unreachable at ${url}: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
  }
  // Read (and drop) the answer so the connection is released.
  const text = await response.text().catch(() => '');
  if (!response.ok) throw new Error(`site publisher answered ${response.status}: ${text.slice(0, 200)}`);
}
