/** Strapi's lifecycle, over the composition root (features.ts): register here, start and stop in bootstrap/. */
import type { Core } from '@strapi/strapi';
import { setUp, tearDown } from './bootstrap';
import { registerMigrations } from './database/migrations';
import { registerStartLock } from './database/start-lock';
import { onRecorded, registerListener } from './events';
import { FEATURES, migrationsOf } from './features';

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    // Processes starting together take turns, from Strapi's schema sync to the end of the
    // first-start steps; our migrations run right after that sync.
    registerStartLock(strapi);
    registerMigrations(strapi, migrationsOf(FEATURES));
    for (const feature of FEATURES) await feature.register?.(strapi);
    // Once every entry is registered (the event point among them), in list order.
    for (const feature of FEATURES) {
      for (const listener of feature.listeners ?? []) registerListener(strapi, listener);
      for (const hook of feature.onRecorded ?? []) onRecorded(strapi, hook);
    }
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await setUp(strapi);
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await tearDown(strapi);
  },
};
