import type { Core } from '@strapi/strapi';
import { setUp } from './bootstrap';
import { registerDocumentMiddlewares } from './documents';
import { registerEventPoint, stopEventPoint } from './events';
import { registerHistory } from './history';
import { limitReadOnlyTokens } from './public-api/token-scope';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // The event point first: it wraps the other document middlewares and their writes.
    registerEventPoint(strapi);
    registerDocumentMiddlewares(strapi);
    registerHistory(strapi);
    limitReadOnlyTokens(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await setUp(strapi);
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await stopEventPoint(strapi);
  },
};
