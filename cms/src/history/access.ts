/**
 * Who may see or restore a document's history: whoever may read that document in that locale
 * (list, get, compare), or update it (restore), as Strapi's own permission checker decides it
 * with the draft entity, the way the content manager's controllers do. So every condition of
 * the user's role applies (an agency-scoped author's, a translator's locale), not a rule of
 * ours that could drift from the content manager's.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { typeByName } from '@cchc/content-types';
import { componentFields, fieldsOf, kindOf } from './fields';
import type { DocumentParams } from './params';

export type HistoryAction = 'read' | 'update';

interface Checker {
  cannot: Record<HistoryAction, (entity?: unknown, field?: string) => boolean>;
  sanitizedQuery: Record<HistoryAction, (query: object) => Promise<{ populate?: unknown }>>;
  sanitizeUpdateInput: (entity: unknown) => (data: Record<string, unknown>) => Promise<Record<string, unknown>>;
}

export interface Allowed {
  /** The draft of that locale, as the content manager loads it to check permissions. */
  draft: Record<string, unknown>;
  checker: Checker;
}

const contentManager = (strapi: Core.Strapi) => strapi.plugin('content-manager');

type PopulateBuilder = (uid: string) => { populateFromQuery(query: object): { build(): Promise<unknown> } };

/** Throws 403 or 404 (in Vietnamese) unless the admin user of `ctx` may `action` that document in that locale. */
export async function allow(strapi: Core.Strapi, userAbility: unknown, params: DocumentParams, action: HistoryAction): Promise<Allowed> {
  const { uid, documentId, locale } = params;
  const checker = contentManager(strapi).service('permission-checker').create({ userAbility, model: uid }) as Checker;
  // A PolicyError (a 403) keeps its message: Strapi's authorize step replaces any other
  // ForbiddenError thrown by a handler with a bare "Forbidden".
  const refused = () => new errors.PolicyError(action === 'read' ? 'Bạn không có quyền xem lịch sử của tài liệu này.' : 'Bạn không có quyền khôi phục phiên bản của tài liệu này.');
  if (checker.cannot[action]()) throw refused();
  // The populate the role's conditions need (an agency relation, say), as the content manager builds it.
  const permissionQuery = await checker.sanitizedQuery[action]({});
  const populateBuilder = contentManager(strapi).service('populate-builder') as unknown as PopulateBuilder;
  const populate = await populateBuilder(uid).populateFromQuery(permissionQuery).build();
  const draft = (await contentManager(strapi)
    .service('document-manager')
    .findOne(documentId, uid, { populate, locale, status: 'draft' })) as Record<string, unknown> | null;
  if (!draft) throw new errors.NotFoundError('Không tìm thấy tài liệu này ở ngôn ngữ đã chọn.');
  if (checker.cannot[action](draft)) throw refused();
  return { draft, checker };
}

/**
 * The fields of a version this user may read (a role may hide some fields of a type). Strapi
 * grants a component's fields one by one (`cover.image`, `cover.alt`): a component is readable
 * when one of its fields is.
 */
export function readableFields({ checker, draft }: Allowed, type: string): Set<string> {
  const canRead = (path: string) => !checker.cannot.read(draft, path);
  const readable = fieldsOf(typeByName(type)).filter(([key, field]) => {
    const kind = kindOf(field);
    if (kind !== 'component' && kind !== 'components') return canRead(key);
    return canRead(key) || Object.keys(componentFields(field)).some((sub) => canRead(`${key}.${sub}`));
  });
  return new Set(readable.map(([key]) => key));
}
