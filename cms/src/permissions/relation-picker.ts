/**
 * The content manager's relation picker (an event's report article, a training material's
 * event) lists the target type's documents, drafts included, straight from the database, past
 * the Document Service. For an author it lists only their agencies' documents, so no other
 * agency's draft title shows; the filter joins the picker's own query as a filter parameter.
 */
import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES, uidOf } from '@cchc/content-types';
import { requestAccess, seesAllAgencies } from './access';
import type { RouteMiddleware } from './plugin-routes';
import { refuse } from './refusal';

const CONTENT_UIDS = new Set<string>(CONTENT_TYPES.map((t) => uidOf(t.name)));

interface FieldChecker {
  cannot: { read(entity: null, field: string): boolean };
}

export function scopeRelationPicker(strapi: Core.Strapi): RouteMiddleware {
  return async (ctx, next) => {
    const access = await requestAccess(strapi);
    const { model, targetField } = ctx.params as { model?: string; targetField?: string };
    // Strapi's picker answers a user who may not read the field with a 500 (it reads the result
    // of its own `ctx.forbidden()`): refuse first, with a reason.
    if (model && targetField) {
      const checker = strapi.plugin('content-manager').service('permission-checker').create({ userAbility: ctx.state.userAbility, model }) as FieldChecker;
      if (checker.cannot.read(null, targetField)) refuse('Bạn không được xem trường liên kết này.');
    }
    const schema = model ? (strapi.getModel(model as never) as { attributes?: Record<string, { target?: string }> } | undefined) : undefined;
    const attribute = targetField ? schema?.attributes?.[targetField] : undefined;
    if (access && !seesAllAgencies(access) && attribute?.target && CONTENT_UIDS.has(attribute.target)) {
      const own = { agency: { documentId: { $in: access.authorOf } } };
      const query = ctx.request.query as { filters?: unknown };
      ctx.request.query = { ...query, filters: query.filters ? { $and: [query.filters, own] } : own };
    }
    return next();
  };
}
