/**
 * The change feed and the webhooks, wired into the CMS's life: `register` (services, admin
 * routes), `prepare` (tables, before the event point delivers), `start` and `stop` (the
 * delivery worker). The press API's router mounts `readChangeFeed` itself.
 */
import type { Core } from '@strapi/strapi';
import { prepareChangeFeed, registerChangeFeed } from './changes';
import { prepareWebhooks, registerWebhooks, startWebhooks, stopWebhooks } from './webhooks';

export function registerSyndication(strapi: Core.Strapi): void {
  registerChangeFeed(strapi);
  registerWebhooks(strapi);
}

export async function prepareSyndication(strapi: Core.Strapi): Promise<void> {
  await prepareChangeFeed(strapi);
  await prepareWebhooks(strapi);
}

export const startSyndication = startWebhooks;
export const stopSyndication = stopWebhooks;
