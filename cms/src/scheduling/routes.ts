/**
 * The admin HTTP API of scheduling, under `/cchc-scheduling` (routes of `src/api/*` are
 * content-api only; `strapi.server.routes({ type: 'admin' })` puts these behind the admin's
 * JWT). Each route needs a signed-in admin user (`admin::isAuthenticatedAdmin`) who may review
 * and publish (a coordinating editor or the administrator, `cms/src/permissions/access.ts`); a
 * new schedule must also pass the workflow's own rule for what it will do (a publish: the
 * translation is approved, and four eyes), checked now as the workflow's transition would be.
 *
 *   GET  /cchc-scheduling/:model/:documentId?locale=vi      a document's schedules
 *   POST /cchc-scheduling/:model/:documentId                 { locale, action, at, major?, changeNote? }
 *   POST /cchc-scheduling/:model/:documentId/:id/cancel      take one off the schedule
 */
import type { Context } from 'koa';
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { typesWith, uidOf } from '@cchc/content-types';
import { accessOfRequest, type AdminContext } from '../admin-api';
import { mayReview } from '../permissions/access';
import { check, situationOf } from '../workflow';
import { cancelSchedule, checkLocale, createSchedule, listSchedules } from './service';
import { toView } from './view';

export const ROUTE_PREFIX = '/cchc-scheduling';

/** The types with the editorial workflow: only they are scheduled. */
const TYPE_OF_UID = new Map<string, string>(typesWith('workflow').map((t) => [uidOf(t.name), t.name]));

interface AdminState {
  user?: { id: number };
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
  const access = await accessOfRequest(strapi, ctx as unknown as AdminContext);
  if (!mayReview(access)) {
    // A PolicyError, not a plain ForbiddenError: Strapi's route composer turns any other 403
    // thrown behind it into a bare "Forbidden", and the editor should read why.
    throw new errors.PolicyError('Chỉ biên tập viên (Sở Nội vụ) hẹn giờ xuất bản hay gỡ được.');
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
        // A publish must be one the workflow would allow this editor now (approved, four eyes);
        // it is checked again when it fires. A withdrawal may be set before the document is live.
        if (action === 'publish' && typeof locale === 'string') {
          const access = await accessOfRequest(strapi, ctx as unknown as AdminContext);
          const where = { type: target.type, documentId: target.documentId, locale: checkLocale(locale) };
          if (!(await situationOf(strapi, where))) throw new errors.NotFoundError('Không tìm thấy tài liệu này.');
          const input = { major: major === true, changeNote: typeof changeNote === 'string' ? changeNote : undefined };
          const refusal = await check(strapi, access, 'publish', where, input);
          if (refusal) throw new errors.PolicyError(refusal);
        }
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
