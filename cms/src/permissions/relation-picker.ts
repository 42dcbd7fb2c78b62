/**
 * The content manager's relation picker (an event's report article, a training material's
 * event) lists the target type's documents, drafts included, straight from the database, past
 * the Document Service. For an author it lists only their agencies' documents, so no other
 * agency's draft title shows; the filter joins the picker's own query as a filter parameter.
 */
import type { Core } from '@strapi/strapi';
import { typesOfKind, uidOf } from '@cchc/content-types';
import { mayRead, requestAccess, seesAllAgencies } from './access';
import { agencyOfDocument } from './document-guard';
import type { RouteMiddleware } from './plugin-routes';
import { refuse } from './refusal';

const CONTENT_UIDS = new Set<string>(typesOfKind('content').map((t) => uidOf(t.name)));

interface FieldChecker {
  cannot: { read(entity: null, field: string): boolean };
}

/** The type a relation field of `model` points to. */
function targetOf(strapi: Core.Strapi, model: string, field: string): string | undefined {
  const schema = strapi.getModel(model as never) as { attributes?: Record<string, { target?: string }> } | undefined;
  return schema?.attributes?.[field]?.target;
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
    const target = model && targetField ? targetOf(strapi, model, targetField) : undefined;
    if (access && !seesAllAgencies(access) && target && CONTENT_UIDS.has(target)) {
      const own = { agency: { documentId: { $in: access.authorOf } } };
      const query = ctx.request.query as { filters?: unknown };
      ctx.request.query = { ...query, filters: query.filters ? { $and: [query.filters, own] } : own };
    }
    return next();
  };
}

interface ExistingRelations {
  results?: { documentId?: string }[];
  pagination?: { total?: number };
}

/**
 * The edit view's list of a document's existing relations reads them straight from the
 * database too: for an author, a linked document of another agency (one an editor linked) is
 * left out, as the picker leaves it out, so that no other agency's draft title shows there.
 */
export function scopeExistingRelations(strapi: Core.Strapi): RouteMiddleware {
  return async (ctx, next) => {
    const result = await next();
    const access = await requestAccess(strapi);
    const { model, targetField } = ctx.params as { model?: string; targetField?: string };
    const target = model && targetField ? targetOf(strapi, model, targetField) : undefined;
    const body = ctx.body as ExistingRelations | undefined;
    if (!access || seesAllAgencies(access) || !target || !CONTENT_UIDS.has(target) || !Array.isArray(body?.results)) return result;
    const kept: { documentId?: string }[] = [];
    for (const relation of body.results) {
      if (relation.documentId && mayRead(access, await agencyOfDocument(strapi, target, relation.documentId))) kept.push(relation);
    }
    const dropped = body.results.length - kept.length;
    ctx.body = { ...body, results: kept, ...(body.pagination ? { pagination: { ...body.pagination, total: (body.pagination.total ?? 0) - dropped } } : {}) };
    return result;
  };
}
