/**
 * Press webhooks (see ../README.md, "Webhooks"): endpoints and
 * the delivery queue (`table.ts`), filled by the change feed's writer (`queue.ts`), emptied by
 * the delivery worker of every CMS process (`worker.ts`, `send.ts`), managed by the
 * administrator (`endpoints.ts`, `routes.ts`). The worker is a service of the Strapi instance.
 */
import type { Core } from '@strapi/strapi';
import { registerWebhookRoutes } from './routes';
import { webhookSettingsOf } from './settings';
import { DeliveryWorker } from './worker';

const WORKER = 'press-webhooks.worker';

const workerOf = (strapi: Core.Strapi) => strapi.get<DeliveryWorker>(WORKER);

/** At register: the worker (not started yet) and the admin routes. */
export function registerWebhooks(strapi: Core.Strapi): void {
  strapi.add(WORKER, new DeliveryWorker(strapi, webhookSettingsOf(strapi)));
  registerWebhookRoutes(strapi, () => wakeDeliveries(strapi));
}

/** At start, once the tables exist: the first pass sends what came due while the CMS was down. */
export function startWebhooks(strapi: Core.Strapi): void {
  workerOf(strapi).start();
}

export async function stopWebhooks(strapi: Core.Strapi): Promise<void> {
  await workerOf(strapi).stop();
}

/** Something was queued or made due: look now rather than at the next poll. */
export function wakeDeliveries(strapi: Core.Strapi): void {
  workerOf(strapi).wake();
}

/** Resolves once no delivery pass is under way (tests). */
export function deliveriesIdle(strapi: Core.Strapi): Promise<void> {
  return workerOf(strapi).idle();
}
