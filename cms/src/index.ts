import type { Core } from '@strapi/strapi';
import { setUp } from './bootstrap';
import { registerDocumentMiddlewares } from './documents';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDocumentMiddlewares(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await setUp(strapi);
  },
};
