/**
 * The admin HTTP API of scheduling, under `/cchc-scheduling` (routes of `src/api/*` are
 * content-api only; `strapi.server.routes({ type: 'admin' })` puts these behind the admin's
 * JWT). Each route needs a signed-in admin user (`admin::isAuthenticatedAdmin`) who holds the
 * content manager's publish permission for the type (`plugin::content-manager.explorer.publish`),
 * checked with the content manager's own permission checker, against the document when the
 * role's rule has conditions.
 *
 *   GET  /cchc-scheduling/:model/:documentId?locale=vi      a document's schedules
 *   POST /cchc-scheduling/:model/:documentId                 { locale, action, at, major?, changeNote? }
 *   POST /cchc-scheduling/:model/:documentId/:id/cancel      take one off the schedule
 */
import type { Context } from 'koa';
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ALL_TYPES, uidOf } from '@cchc/content-types';
import { cancelSchedule, checkLocale, createSchedule, listSchedules } from './service';
import { toView } from './view';

export const ROUTE_PREFIX = '/cchc-scheduling';

const TYPE_OF_UID = new Map<string, string>(ALL_TYPES.map((t) => [uidOf(t.name), t.name]));

interface AdminState {
  user?: { id: number };
  userAbility?: unknown;
}

interface PermissionChecker {
  cannot: { publish: (entity?: object) => boolean };
  requiresEntity: { publish: () => boolean };
}

interface Target {
  type: string;
  documentId: string;
  userId: number;
}

const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;

/** The document the request is about, once the user may publish it. */
async function authorize(strapi: Core.Strapi, ctx: Context): Promise<Target> {
  const { model, documentId } = ctx.params as { model: string; documentId: string };
  const type = TYPE_OF_UID.get(model);
  if (!type) throw new errors.NotFoundError('Loại nội dung này không hẹn giờ được.');
  if (!DOCUMENT_ID.test(documentId)) throw new errors.NotFoundError('Không tìm thấy tài liệu này.');
  const state = ctx.state as AdminState;
  const checker = strapi
    .plugin('content-manager')
    .service('permission-checker')
    .create({ userAbility: state.userAbility, model }) as PermissionChecker;
  // With conditions (e.g. "own agency only") the rule is checked against the document itself.
  const entity = checker.requiresEntity.publish()
    ? ((await strapi.db.query(model as UID.Schema).findOne({ where: { documentId } })) as object | null) ?? undefined
    : undefined;
  if (checker.cannot.publish(entity)) {
    // A PolicyError, not a plain ForbiddenError: Strapi's route composer turns any other 403
    // thrown behind it into a bare "Forbidden", and the editor should read why.
    throw new errors.PolicyError('Bạn không có quyền xuất bản loại nội dung này nên không thể hẹn giờ.');
  }
  return { type, documentId, userId: state.user!.id };
}

const maxAheadDays = (strapi: Core.Strapi) => strapi.config.get<number>('scheduling.maxAheadDays', 730);

type Handler = (ctx: Context) => Promise<void>;

function route(method: 'GET' | 'POST', path: string, handler: Handler): Core.Route {
  return {
    method,
    path,
    handler: handler as unknown as Core.Route['handler'],
    config: { policies: ['admin::isAuthenticatedAdmin'] },
    info: { type: 'admin' },
  };
}

export function schedulingRoutes(strapi: Core.Strapi): Core.Router {
  return {
    type: 'admin',
    prefix: ROUTE_PREFIX,
    routes: [
      route('GET', '/:model/:documentId', async (ctx) => {
        const { type, documentId } = await authorize(strapi, ctx);
        const locale = ctx.query.locale === undefined ? undefined : checkLocale(ctx.query.locale);
        ctx.body = { data: (await listSchedules(strapi, type, documentId, locale)).map(toView) };
      }),
      route('POST', '/:model/:documentId', async (ctx) => {
        const target = await authorize(strapi, ctx);
        const body = (ctx.request as { body?: unknown }).body;
        if (!body || typeof body !== 'object' || Array.isArray(body)) throw new errors.ValidationError('Yêu cầu phải là một đối tượng JSON.');
        const { locale, action, at, major, changeNote } = body as Record<string, unknown>;
        const schedule = await createSchedule(strapi, { ...target, locale, action, at, major, changeNote }, maxAheadDays(strapi));
        ctx.status = 201;
        ctx.body = { data: toView(schedule) };
      }),
      route('POST', '/:model/:documentId/:id/cancel', async (ctx) => {
        const target = await authorize(strapi, ctx);
        const id = Number((ctx.params as { id: string }).id);
        if (!Number.isSafeInteger(id) || id < 1) throw new errors.NotFoundError('Không tìm thấy lịch hẹn giờ này.');
        ctx.body = { data: toView(await cancelSchedule(strapi, { ...target, id })) };
      }),
    ],
  };
}
