/**
 * The listener `press-changes` (listed in ../../features.ts): the one writer of the change feed's projection
 * and of the webhooks' queue. For each event, in id order, the press change it makes (if any,
 * `classify.ts`) is kept in `press_changes` and queued for every webhook endpoint that wants
 * it, in one transaction: both or neither. Idempotent on the event id (a re-delivered event
 * inserts nothing new), so it can run in every CMS process and replay the whole log: its first
 * start catches up from the first event, giving an existing database its whole history.
 */
import type { Core } from '@strapi/strapi';
import { onTable } from '../../database/own-tables';
import type { DocumentEvent, Listener, Transaction } from '../../events';
import { VERSIONS_TABLE } from '../../history/versions';
import { enqueueDeliveries } from '../webhooks/queue';
import { changeOf, type Change } from './classify';
import { insertChange, type StoredChange } from './table';

export const PRESS_CHANGES_LISTENER = 'press-changes';

/**
 * The slug the translation's page had at this change: that of its latest published version up
 * to it (the history keeps one per publish, written in the publish's own transaction), so a
 * replay gives the URL of that moment, not today's.
 */
async function slugAt(strapi: Core.Strapi, change: Change): Promise<string | undefined> {
  const row = (await onTable(strapi, VERSIONS_TABLE, (q) =>
    q
      .where({ type: change.type, document_id: change.documentId, locale: change.locale })
      .andWhere('event_id', '<=', change.eventId)
      .orderBy('event_id', 'desc')
      .first('content'),
  )) as { content: string } | undefined;
  const slug = row ? (JSON.parse(row.content) as { slug?: unknown }).slug : undefined;
  return typeof slug === 'string' && slug ? slug : undefined;
}

/** What the writer tells when it kept a change: the feed's cache and the delivery worker. */
export type ChangeKept = (strapi: Core.Strapi, change: StoredChange) => void;

export function pressChangesListener(kept: ChangeKept): Listener {
  return {
    name: PRESS_CHANGES_LISTENER,
    async handle(event: DocumentEvent, strapi: Core.Strapi) {
      const change = await changeOf(strapi, event);
      if (!change) return;
      const stored: StoredChange = { ...change };
      if (change.change === 'created' || change.change === 'updated') {
        const slug = await slugAt(strapi, change);
        if (slug) stored.slug = slug;
      }
      await strapi.db.transaction(async ({ trx }: { trx: Transaction }) => {
        await insertChange(strapi, trx, stored);
        await enqueueDeliveries(strapi, trx, stored);
      });
      kept(strapi, stored);
    },
  };
}
