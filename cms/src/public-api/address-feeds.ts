/**
 * Keeps the site's old addresses as feeds, in each write's transaction (an `onRecorded` hook):
 * the withdrawn translations' projection (withdrawn.ts), and positions for the redirects that a
 * publish wrote (../documents/slug-redirects.ts). Read by `GET /api/redirects?since=` and
 * `GET /api/withdrawn?since=` (document-history.ts). Why in the transaction and not a listener:
 * the positions must be in commit order (feed.ts), and the publisher, told of a change, must
 * find it in the feed already.
 */
import type { Core } from '@strapi/strapi';
import { stampRedirects } from '../documents/slug-redirects';
import type { RecordedHook } from '../events';
import { projectWithdrawals } from './withdrawn';

export function addressFeeds(strapi: Core.Strapi): RecordedHook {
  const withdrawals = projectWithdrawals(strapi);
  return async (events, trx) => {
    await withdrawals(events, trx, strapi);
    // Only a publish writes redirects (keepOldSlugs).
    if (events.some((e) => e.action === 'publish')) await stampRedirects(strapi, trx);
  };
}
