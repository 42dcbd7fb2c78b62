import type { Core } from '@strapi/strapi';
import { registerAuditLog } from './audit';
import { setUp } from './bootstrap';
import { registerDocumentMiddlewares } from './documents';
import { registerEventPoint, stopEventPoint } from './events';
import { limitReadOnlyTokens } from './public-api/token-scope';

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    // The event point first: it wraps the other document middlewares and their writes.
    registerEventPoint(strapi);
    registerDocumentMiddlewares(strapi);
    limitReadOnlyTokens(strapi);
    await registerAuditLog(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await setUp(strapi);
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await stopEventPoint(strapi);
  },
};
