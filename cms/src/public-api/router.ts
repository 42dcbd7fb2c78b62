/**
 * The read-only router of one of our types. Every route carries the rate limit and the
 * allow-list as route middlewares, so they run on whatever path Strapi's (case-insensitive)
 * router matched, after authentication and before the controller.
 */
import { factories, type UID } from '@strapi/strapi';
import { uidOf } from '@cchc/content-types';
import { READ_ACTIONS, type ReadAction } from './actions';

function routeConfig(type: string, action: ReadAction) {
  return { middlewares: ['global::rate-limit', { name: 'global::public-api', config: { type, action } }] };
}

export function publicReadRouter(type: string) {
  const config = Object.fromEntries(READ_ACTIONS.map((a) => [a, routeConfig(type, a)]));
  return factories.createCoreRouter(uidOf(type) as UID.ContentType, { only: [...READ_ACTIONS], config } as never);
}
