import type { Core } from '@strapi/strapi';
import { setUp } from './bootstrap';
import { registerDocumentMiddlewares } from './documents';
import { limitReadOnlyTokens } from './public-api/token-scope';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDocumentMiddlewares(strapi);
    limitReadOnlyTokens(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await setUp(strapi);
  },
};
