/**
 * The administrator's webhook routes, admin routes under `/cchc-press` (admin JWT,
 * `admin::isAuthenticatedAdmin`, then the administrator only: endpoints carry secrets and send
 * content out of the CMS). Every parameter is checked: 400 naming it, in Vietnamese.
 *
 *   GET    /cchc-press/outlets/:outletId/webhooks            the outlet's endpoints, and the choices of the form
 *   POST   /cchc-press/outlets/:outletId/webhooks            { url, changes?, types?, locales? } → its secret, once
 *   DELETE /cchc-press/webhooks/:id                          remove it and its queue
 *   POST   /cchc-press/webhooks/:id/enable                   enable a disabled endpoint again
 *   GET    /cchc-press/webhooks/:id/deliveries?page=&pageSize=   the delivery log, newest first
 *   POST   /cchc-press/deliveries/:id/retry                  try an undelivered delivery now
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CHANGE_KINDS, contentTypesWith, LOCALE_NAMES, LOCALES, PRESS_TYPES, type ChangeKind, type Localized } from '@cchc/content-types';
import { accessOfRequest, badRequest, forbidden, registerAdminRoutes, type AdminContext } from '../../admin-api';
import { createEndpoint, deleteEndpoint, enableEndpoint, getEndpoint, listDeliveries, listEndpoints, retryDelivery } from './endpoints';
import { outletStanding } from './outlets';
import { webhookSettingsOf } from './settings';
import { checkEndpointUrl } from './url';

export const WEBHOOK_ROUTES_PREFIX = '/cchc-press';
const MAX_PAGE_SIZE = 100;

async function administratorOnly(strapi: Core.Strapi, ctx: AdminContext): Promise<void> {
  if (!(await accessOfRequest(strapi, ctx)).administrator) forbidden('Chỉ Quản trị viên quản lý được webhook của cơ quan báo chí.');
}

function idParam(ctx: AdminContext, name: string): number {
  const raw = ctx.params[name] ?? '';
  if (!/^[1-9][0-9]{0,9}$/.test(raw)) return badRequest(`"${name}" phải là một số nguyên dương.`);
  return Number(raw);
}

function pageParam(value: unknown, name: string, fallback: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  if (typeof value !== 'string' || !/^[1-9][0-9]{0,5}$/.test(value) || Number(value) > max) return badRequest(`"${name}" phải là số nguyên từ 1 đến ${max}.`);
  return Number(value);
}

/** A list of allowed values, or undefined when absent (null: every value). */
function choices<T extends string>(value: unknown, name: string, allowed: readonly T[]): T[] | null | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.length || !value.every((v) => typeof v === 'string' && (allowed as readonly string[]).includes(v))) {
    return badRequest(`"${name}" phải là danh sách không rỗng gồm các giá trị: ${allowed.join(', ')}.`);
  }
  return [...new Set(value as T[])];
}

const ALLOWED_FIELDS = ['url', 'changes', 'types', 'locales'];

async function create(strapi: Core.Strapi, ctx: AdminContext): Promise<void> {
  await administratorOnly(strapi, ctx);
  const outletId = idParam(ctx, 'outletId');
  const outlet = await outletStanding(strapi, outletId);
  if (!outlet) throw new errors.NotFoundError('Không tìm thấy cơ quan báo chí này.');
  if (!outlet.live) throw new errors.ApplicationError('Mã truy cập của cơ quan báo chí này đã bị thu hồi: không đăng ký webhook được.');
  const body = ctx.request.body;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return badRequest('Nội dung yêu cầu phải là một đối tượng JSON.');
  const input = body as Record<string, unknown>;
  const unknown = Object.keys(input).find((k) => !ALLOWED_FIELDS.includes(k));
  if (unknown) return badRequest(`"${unknown}": trường không được hỗ trợ.`);
  const url = checkEndpointUrl(input.url, webhookSettingsOf(strapi).allowHttpLoopback);
  if (!url.ok) return badRequest(`"url": ${url.reason}`);
  const changes = choices<ChangeKind>(input.changes, 'changes', CHANGE_KINDS) ?? [...CHANGE_KINDS];
  const types = choices(input.types, 'types', PRESS_TYPES) ?? null;
  const locales = choices(input.locales, 'locales', LOCALES) ?? null;
  const made = await createEndpoint(strapi, { outletId, url: url.url, changes, types, locales, createdBy: (ctx.state.user as { id?: number } | undefined)?.id ?? null });
  ctx.set('Cache-Control', 'no-store');
  ctx.status = 201;
  // The secret is shown this once; the CMS keeps it encrypted and never shows it again.
  ctx.body = { data: made.endpoint, secret: made.secret };
}

/** What an endpoint can ask for, named for the admin screen (which does not bundle the model). */
export interface WebhookChoices {
  changes: ChangeKind[];
  types: { name: string; displayName: Localized }[];
  locales: { code: string; name: string }[];
}

const CHOICES: WebhookChoices = {
  changes: [...CHANGE_KINDS],
  types: contentTypesWith('press').map((t) => ({ name: t.name, displayName: t.displayName })),
  locales: LOCALES.map((code) => ({ code, name: LOCALE_NAMES[code] })),
};

async function list(strapi: Core.Strapi, ctx: AdminContext): Promise<void> {
  await administratorOnly(strapi, ctx);
  const outletId = idParam(ctx, 'outletId');
  ctx.body = { data: await listEndpoints(strapi, outletId), meta: { choices: CHOICES } };
}

async function remove(strapi: Core.Strapi, ctx: AdminContext): Promise<void> {
  await administratorOnly(strapi, ctx);
  const id = idParam(ctx, 'id');
  if (!(await deleteEndpoint(strapi, id))) throw new errors.NotFoundError('Không tìm thấy điểm nhận webhook này.');
  ctx.body = { data: { id } };
}

async function enable(strapi: Core.Strapi, ctx: AdminContext, wake: () => void): Promise<void> {
  await administratorOnly(strapi, ctx);
  const endpoint = await enableEndpoint(strapi, idParam(ctx, 'id'));
  if (!endpoint) throw new errors.NotFoundError('Không tìm thấy điểm nhận webhook này.');
  wake();
  ctx.body = { data: endpoint };
}

async function deliveries(strapi: Core.Strapi, ctx: AdminContext): Promise<void> {
  await administratorOnly(strapi, ctx);
  const id = idParam(ctx, 'id');
  const unknown = Object.keys(ctx.query).find((k) => k !== 'page' && k !== 'pageSize');
  if (unknown) return badRequest(`"${unknown}": tham số không được hỗ trợ.`);
  const page = pageParam(ctx.query.page, 'page', 1, 100_000);
  const pageSize = pageParam(ctx.query.pageSize, 'pageSize', 20, MAX_PAGE_SIZE);
  if (!(await getEndpoint(strapi, id))) throw new errors.NotFoundError('Không tìm thấy điểm nhận webhook này.');
  const { deliveries: data, total } = await listDeliveries(strapi, id, page, pageSize);
  ctx.body = { data, meta: { pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) } } };
}

async function retry(strapi: Core.Strapi, ctx: AdminContext, wake: () => void): Promise<void> {
  await administratorOnly(strapi, ctx);
  const id = idParam(ctx, 'id');
  const outcome = await retryDelivery(strapi, id);
  if (outcome === 'missing') throw new errors.NotFoundError('Không tìm thấy lần gửi này.');
  if (outcome === 'delivered') throw new errors.ApplicationError('Lần gửi này đã thành công, không cần gửi lại.');
  if (outcome === 'disabled') throw new errors.ApplicationError('Điểm nhận đang bị tắt: hãy bật lại trước khi gửi lại.');
  wake();
  ctx.body = { data: { id, state: 'due' } };
}

export function registerWebhookRoutes(strapi: Core.Strapi, wake: () => void): void {
  registerAdminRoutes(strapi, WEBHOOK_ROUTES_PREFIX, [
    { method: 'GET', path: '/outlets/:outletId/webhooks', handler: (ctx) => list(strapi, ctx) },
    { method: 'POST', path: '/outlets/:outletId/webhooks', handler: (ctx) => create(strapi, ctx) },
    { method: 'DELETE', path: '/webhooks/:id', handler: (ctx) => remove(strapi, ctx) },
    { method: 'POST', path: '/webhooks/:id/enable', handler: (ctx) => enable(strapi, ctx, wake) },
    { method: 'GET', path: '/webhooks/:id/deliveries', handler: (ctx) => deliveries(strapi, ctx) },
    { method: 'POST', path: '/deliveries/:id/retry', handler: (ctx) => retry(strapi, ctx, wake) },
  ]);
}
