/**
 * The administrator's routes for press outlets (admin routes, admin JWT, then administrator
 * only: an outlet's token reads everything published and its usage tells who pulls what):
 *
 *   GET  /cchc-press/outlets                 every outlet, with its last pull and volume
 *   POST /cchc-press/outlets                 { name, origins, perMinute?, burst? } → { outlet, token }
 *   PUT  /cchc-press/outlets/:id             { name, origins, perMinute, burst } → { outlet }
 *   POST /cchc-press/outlets/:id/rotate      → { outlet, token }: the old token is refused at once
 *   POST /cchc-press/outlets/:id/revoke      → { outlet }: its token is refused at once
 *
 * The token is in the answer of create and rotate only; no route ever returns it (or its hash)
 * again. Each change is in the audit log (`press-outlet.*`), with the token's visible prefix.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { provinceDay } from '@cchc/content-types';
import { accessOfRequest, badRequest, forbidden, namesOfAdminUsers, registerAdminRoutes, type AdminContext } from '../../admin-api';
import { recordSafely } from '../../audit/record';
import { outletSettingsOf } from './outlet-input';
import { allOutlets, findOutlet, insertOutlet, outletNamed, replaceToken, revokeOutlet, updateOutlet, type OutletRecord } from './outlets';
import type { OutletRegistry } from './registry';
import { accessSettingsOf } from './settings';
import { newToken } from './token';
import { usageSince, type DayUsage, type UsageCounter } from './usage';

export const OUTLET_SUBJECT = 'press-outlet';
/** Days of volume the list shows. */
const USAGE_DAYS = 30;

interface Person {
  id: number;
  name: string;
}

export interface OutletView {
  id: number;
  name: string;
  tokenPrefix: string;
  origins: string[];
  perMinute: number;
  burst: number;
  createdAt: string;
  createdBy: Person | null;
  updatedAt: string;
  rotatedAt: string | null;
  rotatedBy: Person | null;
  revokedAt: string | null;
  revokedBy: Person | null;
  lastPullAt: string | null;
  usage: { today: Omit<DayUsage, 'day'>; last30Days: Omit<DayUsage, 'day'>; days: DayUsage[] };
}

async function administrator(strapi: Core.Strapi, ctx: AdminContext): Promise<number> {
  const access = await accessOfRequest(strapi, ctx);
  if (!access.administrator) forbidden('Chỉ quản trị viên quản lý đơn vị báo chí và mã truy cập của họ.');
  return access.userId;
}

const sum = (days: DayUsage[]) => days.reduce((total, d) => ({ requests: total.requests + d.requests, bytes: total.bytes + d.bytes }), { requests: 0, bytes: 0 });

async function viewsOf(strapi: Core.Strapi, records: OutletRecord[]): Promise<OutletView[]> {
  const names = await namesOfAdminUsers(strapi, records.flatMap((r) => [r.createdBy, r.rotatedBy, r.revokedBy]));
  const person = (id: number | null): Person | null => (id === null ? null : { id, name: names.get(id) ?? `#${id}` });
  const usage = await usageSince(strapi, USAGE_DAYS);
  const today = provinceDay(new Date());
  return records.map((r) => {
    const days = usage.get(r.id) ?? [];
    const { requests, bytes } = days.find((d) => d.day === today) ?? { requests: 0, bytes: 0 };
    return {
      id: r.id,
      name: r.name,
      tokenPrefix: r.tokenPrefix,
      origins: r.origins,
      perMinute: r.perMinute,
      burst: r.burst,
      createdAt: r.createdAt,
      createdBy: person(r.createdBy),
      updatedAt: r.updatedAt,
      rotatedAt: r.rotatedAt,
      rotatedBy: person(r.rotatedBy),
      revokedAt: r.revokedAt,
      revokedBy: person(r.revokedBy),
      lastPullAt: r.lastPullAt,
      usage: { today: { requests, bytes }, last30Days: sum(days), days },
    };
  });
}

const viewOf = async (strapi: Core.Strapi, id: number) => (await viewsOf(strapi, [(await findOutlet(strapi, id))!]))[0]!;

function outletId(ctx: AdminContext): number {
  const id = Number(ctx.params.id);
  if (!/^[1-9][0-9]{0,9}$/.test(ctx.params.id ?? '')) badRequest('"id" phải là mã đơn vị báo chí.');
  return id;
}

/** A live outlet by id: 404 when there is none, 400 when it was revoked (nothing to change then). */
async function liveOutlet(strapi: Core.Strapi, ctx: AdminContext): Promise<OutletRecord> {
  const record = await findOutlet(strapi, outletId(ctx));
  if (!record) throw new errors.NotFoundError('Không có đơn vị báo chí này.');
  if (record.revokedAt) badRequest(`Mã truy cập của "${record.name}" đã bị thu hồi; hãy tạo đơn vị mới.`);
  return record;
}

async function nameIsFree(strapi: Core.Strapi, name: string, exceptId?: number): Promise<void> {
  const same = await outletNamed(strapi, name);
  if (same && same.id !== exceptId) badRequest(`Đã có đơn vị báo chí tên "${same.name}".`);
}

const noQuery = (ctx: AdminContext) => {
  const extra = Object.keys(ctx.query)[0];
  if (extra !== undefined) badRequest(`Không nhận tham số "${extra}".`);
};

export function registerOutletRoutes(strapi: Core.Strapi, registry: OutletRegistry, usage: UsageCounter): void {
  const audit = (action: string, record: OutletRecord, details: Record<string, unknown> = {}) =>
    recordSafely(strapi, { action: `press-outlet.${action}`, subject: { type: OUTLET_SUBJECT, id: String(record.id) }, details: { name: record.name, prefix: record.tokenPrefix, ...details } });
  const defaults = () => accessSettingsOf(strapi);
  // The answer leaves once the door has the change: a revoked or replaced token is refused from then on.
  const applied = () => registry.reload();

  registerAdminRoutes(strapi, '/cchc-press', [
    {
      method: 'GET',
      path: '/outlets',
      handler: async (ctx) => {
        await administrator(strapi, ctx);
        noQuery(ctx);
        await usage.flush();
        const { perMinute, burst } = defaults();
        ctx.body = { outlets: await viewsOf(strapi, await allOutlets(strapi)), defaults: { perMinute, burst } };
      },
    },
    {
      method: 'POST',
      path: '/outlets',
      handler: async (ctx) => {
        const by = await administrator(strapi, ctx);
        const settings = outletSettingsOf(ctx.request.body, defaults());
        await nameIsFree(strapi, settings.name);
        const token = newToken();
        const record = await insertOutlet(strapi, settings, token, by);
        await applied();
        await audit('create', record, { origins: settings.origins, perMinute: settings.perMinute, burst: settings.burst });
        ctx.set('Cache-Control', 'no-store');
        ctx.status = 201;
        ctx.body = { outlet: await viewOf(strapi, record.id), token: token.token };
      },
    },
    {
      method: 'PUT',
      path: '/outlets/:id',
      handler: async (ctx) => {
        const by = await administrator(strapi, ctx);
        const record = await liveOutlet(strapi, ctx);
        const settings = outletSettingsOf(ctx.request.body, record);
        await nameIsFree(strapi, settings.name, record.id);
        await updateOutlet(strapi, record.id, settings, by);
        await applied();
        await audit('update', { ...record, name: settings.name }, { origins: settings.origins, perMinute: settings.perMinute, burst: settings.burst });
        ctx.body = { outlet: await viewOf(strapi, record.id) };
      },
    },
    {
      method: 'POST',
      path: '/outlets/:id/rotate',
      handler: async (ctx) => {
        const by = await administrator(strapi, ctx);
        const record = await liveOutlet(strapi, ctx);
        const token = newToken();
        await replaceToken(strapi, record.id, token, by);
        await applied();
        await audit('rotate', { ...record, tokenPrefix: token.prefix }, { previousPrefix: record.tokenPrefix });
        ctx.set('Cache-Control', 'no-store');
        ctx.body = { outlet: await viewOf(strapi, record.id), token: token.token };
      },
    },
    {
      method: 'POST',
      path: '/outlets/:id/revoke',
      handler: async (ctx) => {
        const by = await administrator(strapi, ctx);
        const record = await liveOutlet(strapi, ctx);
        await revokeOutlet(strapi, record.id, by);
        await applied();
        await audit('revoke', record);
        ctx.body = { outlet: await viewOf(strapi, record.id) };
      },
    },
  ]);
}
