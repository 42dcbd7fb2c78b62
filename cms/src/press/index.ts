/**
 * The press API (issue 9), wired into the CMS's life in one place: its front door (`access/`:
 * outlets and tokens, rate limits, CORS, the request log, 304) serving the reads listed in
 * `routes.ts` (the change feed in `changes/`, item reads in `items/`, the OpenAPI document), each
 * a `PressRead` (`answer.ts`), and the webhooks (`webhooks/`) fed by the change feed's listener.
 */
import type { Core } from '@strapi/strapi';
import { registerPressAccess, startPressAccess, stopPressAccess } from './access';
import { registerChangeFeed } from './changes';
import { registerWebhooks, startWebhooks, stopWebhooks } from './webhooks';

export { pressDoorMiddleware, flushPressUsage } from './access';

/** At register: the door, the change feed's services, the admin routes. */
export async function registerPress(strapi: Core.Strapi): Promise<void> {
  registerChangeFeed(strapi);
  registerWebhooks(strapi);
  await registerPressAccess(strapi);
}

/** Last at start: the outlets in memory, and the delivery worker (its first pass sends what waited). */
export async function startPress(strapi: Core.Strapi): Promise<void> {
  await startPressAccess(strapi);
  startWebhooks(strapi);
}

/** No webhook being sent, and what was counted written, before the event point stops. */
export async function stopPress(strapi: Core.Strapi): Promise<void> {
  await stopWebhooks(strapi);
  await stopPressAccess(strapi);
}
