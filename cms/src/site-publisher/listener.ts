/**
 * Tells the site publisher of every change to what is live: each publish, unpublish and delete
 * of any of our types (terms have pages too), and each live version rewritten by the relink, in
 * the event log's order. One signed message carries the events of one read of the log (up to a
 * hundred): a backlog of 11,000 changes is about 110 messages, not 11,000, so a publish made
 * meanwhile is not told after all of them one by one. A refusal (non-2xx), a time-out or a network error throws, so the dispatcher keeps its
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

/** The most events the publisher takes in one message (`siteChangesSchema`). */
const MAX_EVENTS_PER_MESSAGE = 100;

/** The publisher hears only of the types the site renders. */
const SITE_TYPES = typeNamesWith('site');

type Change = SiteChanges['events'][number];

const changeOf = (event: DocumentEvent): Change => ({
  id: event.id,
  action: event.action as Change['action'],
  type: event.type,
  documentId: event.documentId,
  locale: event.locale as Change['locale'],
  at: event.at.toISOString(),
});

/** The message of one event, exactly as sent and signed (and as kept for a re-send). */
export function changeMessage(event: DocumentEvent): string {
  return JSON.stringify({ events: [changeOf(event)] } satisfies SiteChanges);
}

/** Whether the publisher hears of this event. */
function isSiteChange(event: DocumentEvent): boolean {
  if (!SITE_TYPES.has(event.type)) return false;
  // A live action, or links restored in a live version when their target was published
  // (cms/src/documents/relink-on-publish.ts): the source's page changes too.
  return isLiveAction(event.action) || event.cause === 'relink-on-publish';
}

/** Sends the events the publisher hears of, in one message, and notes each as sent. */
async function notify(strapi: Core.Strapi, events: readonly DocumentEvent[]): Promise<void> {
  const changes = events.filter(isSiteChange);
  if (!settingsOf(strapi).url) return;
  for (let i = 0; i < changes.length; i += MAX_EVENTS_PER_MESSAGE) {
    const part = changes.slice(i, i + MAX_EVENTS_PER_MESSAGE);
    const first = part[0]!.id;
    // One event keeps the id `event-<id>`; a message of several is named by its first and last.
    const webhookId = part.length === 1 ? `event-${first}` : `events-${first}-${part[part.length - 1]!.id}`;
    await sendMessage(strapi, webhookId, JSON.stringify({ events: part.map(changeOf) } satisfies SiteChanges));
    await recordSent(strapi, part.map((e) => ({ eventId: e.id, payload: changeMessage(e) })));
  }
}

export const sitePublisherNotifier: Listener = {
  name: SITE_PUBLISHER_LISTENER,
  // A publisher that was down (a restart, a deploy) is told of what waits within seconds of
  // being back, not after the dispatcher's longest back-off (minutes); it catches up with the
  // content itself at start, these bring the editors' "live" reports.
  retryMaxMs: 15_000,
  handle: (event, strapi) => notify(strapi, [event]),
  handleBatch: (events, strapi) => notify(strapi, events),
};

/**
 * POSTs one change's message to the publisher, signed now (webhook-id `event-<id>`, the same at
 * every send). Throws on a refusal, a time-out or a network error.
 */
export function sendChange(strapi: Core.Strapi, eventId: number, payload: string): Promise<void> {
  return sendMessage(strapi, `event-${eventId}`, payload);
}

async function sendMessage(strapi: Core.Strapi, webhookId: string, payload: string): Promise<void> {
  const { url, secret, timeoutMs } = settingsOf(strapi);
  let response: Response;
  try {
    response = await fetch(`${url}${PUBLISHER_CHANGES_PATH}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...signWebhook(secret, webhookId, payload) },
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
