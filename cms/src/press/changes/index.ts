/**
 * The change feed (see ../README.md, "The change feed"): the classifier
 * (`classify.ts`), the projection `press_changes` (`table.ts`) and its one writer, the listener
 * `press-changes` (`listener.ts`, listed in ../../features.ts, which also queues the webhooks), and the read
 * the press API's router mounts at `GET /api/press/changes` (`feed.ts`, cached in `cache.ts`).
 * The page cache is a service of the Strapi instance, not a module singleton: the tests boot
 * several instances in one process.
 */
import type { Core } from '@strapi/strapi';
import type { PressRead } from '../answer';
import { wakeDeliveries } from '../webhooks';
import { PageCache } from './cache';
import { feedRead } from './feed';
import { pressChangesListener } from './listener';

const CACHE = 'press-changes.cache';

const cacheOf = (strapi: Core.Strapi) => strapi.get<PageCache>(CACHE);

/** At register: the instance's page cache. */
export function registerChangeFeed(strapi: Core.Strapi): void {
  strapi.add(CACHE, new PageCache(strapi.config.get<number>('press.changes.recheckMs', 500)));
}

/** `GET /api/press/changes`, for the press API's router. */
export const readChangeFeed: PressRead = feedRead(cacheOf);

export const pressChanges = pressChangesListener((strapi) => {
  cacheOf(strapi).changed();
  wakeDeliveries(strapi);
});

export { PRESS_CHANGES_LISTENER } from './listener';
export { classify, changeOf, type Change } from './classify';
