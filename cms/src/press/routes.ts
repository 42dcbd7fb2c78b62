/**
 * The press API's routes: the one list the front door (`access/door.ts`) serves, an allow-list
 * of exact paths (`:name` is one path segment). Anything else under /api/press is 404, and
 * nothing here reaches Strapi's router. A read is a `PressRead` (answer.ts); `public: true`
 * serves it without a token (still rate limited per address).
 */
import { PRESS_CHANGES_PATH, PRESS_ITEMS_PATH, PRESS_OPENAPI_PATH, PRESS_WHOAMI_PATH } from '@cchc/content-types';
import type { PressRead } from './answer';
import { whoami } from './access/whoami';
import { readChangeFeed } from './changes';
import { readPressItem } from './items';
import { readOpenApi } from './openapi/read';

export interface PressRoute {
  path: string;
  read: PressRead;
  public?: boolean;
}

export const PRESS_ROUTES: PressRoute[] = [
  { path: PRESS_WHOAMI_PATH, read: whoami },
  { path: PRESS_CHANGES_PATH, read: readChangeFeed },
  { path: `${PRESS_ITEMS_PATH}/:type/:documentId`, read: readPressItem },
  { path: PRESS_OPENAPI_PATH, read: readOpenApi, public: true },
];
