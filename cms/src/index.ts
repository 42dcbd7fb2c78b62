import type { Core } from '@strapi/strapi';
import { setUp, tearDown } from './bootstrap';
import { registerDocumentMiddlewares } from './documents';
import { registerEventPoint } from './events';
import { limitReadOnlyTokens } from './public-api/token-scope';
import { registerScheduling } from './scheduling';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // The event point first: it wraps the other document middlewares and their writes.
    registerEventPoint(strapi);
    registerDocumentMiddlewares(strapi);
    limitReadOnlyTokens(strapi);
    registerScheduling(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await setUp(strapi);
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await tearDown(strapi);
  },
};
