/**
 * Route middleware of our find/findOne routes (see public-api/router.ts): the query must fit the
 * type's public endpoint, and Strapi then runs it as published-only with the fixed populate.
 */
import type { Core } from '@strapi/strapi';
import { PUBLIC_API_LIMITS, publicEndpointOf } from '@cchc/content-types';
import { answerError } from '../shared/error-envelope';
import { checkDocumentId, publicQuery, QueryRefused, type RouteAction } from '../public-api/query';

const publicApi: Core.MiddlewareFactory<{ type: string; action: RouteAction }> = (config) => {
  // Throws at start-up for a type without a definition.
  const endpoint = publicEndpointOf(config.type);
  return async (ctx, next) => {
    if (ctx.querystring.length > PUBLIC_API_LIMITS.maxQueryLength) {
      answerError(ctx, 414, 'ValidationError', `The query string is longer than ${PUBLIC_API_LIMITS.maxQueryLength} characters`);
      return;
    }
    try {
      if (config.action === 'findOne') checkDocumentId(ctx.params.id);
      ctx.query = publicQuery(endpoint, config.action, ctx.query as Record<string, unknown>);
    } catch (error) {
      if (!(error instanceof QueryRefused)) throw error;
      answerError(ctx, 400, 'ValidationError', error.message, error.param ? { param: error.param } : {});
      return;
    }
    await next();
  };
};

export default publicApi;
