/**
 * Tells the site publisher of every change to what is live: each publish, unpublish and delete
 * of any of our types (terms have pages too), and each live version rewritten by the relink, one signed message per event, in the event log's
 * order. A refusal (non-2xx), a time-out or a network error throws, so the dispatcher keeps its
 * cursor and sends the same event again later (same webhook-id, fresh signature): nothing after
 * it goes out first. Without SITE_PUBLISHER_URL it does nothing (and the cursor moves on: a
 * publisher set up later starts from a full build, not from a replay).
 */
import { isLiveAction, PUBLISHER_CHANGES_PATH, signWebhook, typeNamesWith, type SiteChanges } from '@cchc/content-types';
import type { DocumentEvent, Listener } from '../events';
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
    const { url, secret, timeoutMs } = settingsOf(strapi);
    if (!url) return;
    const payload = changeMessage(event);
    let response: Response;
    try {
      response = await fetch(`${url}${PUBLISHER_CHANGES_PATH}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...signWebhook(secret, `event-${event.id}`, payload) },
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
  },
};
