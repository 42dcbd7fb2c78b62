import type { Core } from '@strapi/strapi';
import { registerAuditLog } from './audit';
import { setUp, tearDown } from './bootstrap';
import { MIGRATIONS, registerMigrations } from './database/migrations';
import { registerStartLock } from './database/start-lock';
import { registerDocumentMiddlewares } from './documents';
import { registerEventPoint } from './events';
import { registerHistory } from './history';
import { registerPermissions, registerRouteJudge } from './permissions';
import { registerPress } from './press';
import { registerDocumentHistory } from './public-api/document-history';
import { limitReadOnlyTokens } from './public-api/token-scope';
import { registerScheduling } from './scheduling';
import { registerSitePublisher } from './site-publisher';
import { registerWorkflow } from './workflow';

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    // Processes starting together take turns, from Strapi's schema sync to the end of the first-start steps.
    registerStartLock(strapi);
    // Our tables, right after Strapi's schema sync.
    registerMigrations(strapi, MIGRATIONS);
    // Before any of ours adds a route: every admin route is judged by the route table.
    registerRouteJudge(strapi);
    // The event point first: it wraps the other document middlewares and their writes.
    registerEventPoint(strapi);
    // Then who may write what: a refused write is rolled back before our middlewares shape it.
    registerPermissions(strapi);
    registerDocumentMiddlewares(strapi);
    registerWorkflow(strapi);
    registerHistory(strapi);
    limitReadOnlyTokens(strapi);
    registerDocumentHistory(strapi);
    registerScheduling(strapi);
    registerSitePublisher(strapi);
    await registerAuditLog(strapi);
    await registerPress(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await setUp(strapi);
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await tearDown(strapi);
  },
};
