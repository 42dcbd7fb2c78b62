/**
 * Drops the kept item answers (`cache.ts`) that a change makes stale: a publish, unpublish or
 * delete of a document, or links restored in its live version, drops every answer that shows
 * it: its own in every locale and format, and those of the items filed under it when it is a
 * taxonomy term (names appear in items) or linked to it when it is a document. Drafts, saves and
 * workflow steps change nothing live.
 *
 * Local: each CMS process keeps its own answers, so each process hears every event.
 */
import { isLiveAction } from '@cchc/content-types';
import type { Listener } from '../../events';
import { refKey } from './cache';
import { itemCacheOf } from './read';

export const pressItemsListener: Listener = {
  name: 'press-items',
  local: true,
  handle(event, strapi) {
    if (!isLiveAction(event.action) && event.cause !== 'relink-on-publish') return;
    itemCacheOf(strapi).drop(refKey(event.type, event.documentId));
  },
};
