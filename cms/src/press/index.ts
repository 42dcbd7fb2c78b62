/**
 * The press API (issue 9): its front door (`access/`: outlets and tokens, rate limits, CORS,
 * the request log, 304) serving the reads listed in `routes.ts` (the change feed in `changes/`,
 * item reads in `items/`, the OpenAPI document), each a `PressRead` (`answer.ts`).
 */
import type { Core } from '@strapi/strapi';
import { registerPressAccess, startPressAccess, stopPressAccess } from './access';

export { pressDoorMiddleware, flushPressUsage } from './access';

export async function registerPress(strapi: Core.Strapi): Promise<void> {
  await registerPressAccess(strapi);
}

export async function startPress(strapi: Core.Strapi): Promise<void> {
  await startPressAccess(strapi);
}

export async function stopPress(strapi: Core.Strapi): Promise<void> {
  await stopPressAccess(strapi);
}
