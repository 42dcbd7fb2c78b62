/**
 * Global middleware, first of all (config/middlewares.ts): the press API's front door answers
 * every request under /api/press itself (src/press/access/door.ts) and passes the rest on.
 */
import type { Core } from '@strapi/strapi';
import { pressDoorMiddleware } from '../press';

const pressApi: Core.MiddlewareFactory = (_config, { strapi }) => pressDoorMiddleware(strapi);

export default pressApi;
