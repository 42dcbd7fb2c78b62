/**
 * Content-manager routes about one document that read it straight from the database, past the
 * Document Service (the count of its draft relations, asked before a publish): for an author,
 * a document of another agency is not found there either.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CONTENT_TYPES, uidOf } from '@cchc/content-types';
import { mayRead, requestAccess, seesAllAgencies } from './access';
import { agencyOfDocument } from './document-guard';
import type { RouteMiddleware } from './plugin-routes';

const CONTENT_UIDS = new Set<string>(CONTENT_TYPES.map((t) => uidOf(t.name)));

export function scopeDocumentRoutes(strapi: Core.Strapi): RouteMiddleware {
  return async (ctx, next) => {
    const access = await requestAccess(strapi);
    const { model, id } = ctx.params as { model?: string; id?: string };
    if (access && !seesAllAgencies(access) && model && CONTENT_UIDS.has(model)) {
      const ids: string[] = id ? [id] : ([] as string[]).concat((ctx.request.query as { documentIds?: string | string[] }).documentIds ?? []);
      for (const documentId of ids) {
        if (!mayRead(access, await agencyOfDocument(strapi, model, documentId))) throw new errors.NotFoundError('Không tìm thấy nội dung này.');
      }
    }
    return next();
  };
}
