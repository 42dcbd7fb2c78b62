/**
 * Press webhooks (cms/src/press/webhooks/) on the real CMS with a real HTTP receiver that
 * verifies every request with the `standardwebhooks` library and the endpoint's secret: each
 * change goes out signed, `webhook-id` the same on every retry; a receiver that is down and
 * then up gets everything, in order per document, each id once after dedup and none missing;
 * the queue survives a restart of the CMS (PostgreSQL); an endpoint that keeps failing is
 * disabled until the administrator enables it again; the administrator's routes check their
 * input and are the administrator's only.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import type { Core, UID } from '@strapi/strapi';
import { paragraphs, uidOf, webhookMessageId } from '@cchc/content-types';
import type { DeliveryView, EndpointView } from '../../cms/src/press/webhooks/endpoints';
import { createTerm, uploadTestImage } from '../support/fixtures';
import { AdminClient, createAdminUser } from '../support/admin-users';
import { createTestDatabase } from '../support/postgres';
import { bootCms, type DatabaseKind, type RunningCms } from '../support/strapi';
import { Receiver, type Received } from '../support/webhook-receiver';

const ARTICLE = uidOf('article') as UID.ContentType;
// Kept across a restart: the endpoints' secrets are stored encrypted with it.
const ENCRYPTION_KEY = randomBytes(32).toString('base64');
const QUICK = {
  ENCRYPTION_KEY,
  EVENTS_POLL_MS: '100',
  EVENTS_RETRY_MS: '100',
  EVENTS_RETRY_MAX_MS: '400',
  PRESS_WEBHOOK_ALLOW_HTTP_LOOPBACK: 'true',
  PRESS_WEBHOOK_POLL_MS: '100',
  PRESS_WEBHOOK_RETRY_MS: '100',
  PRESS_WEBHOOK_RETRY_MAX_MS: '300',
  PRESS_WEBHOOK_TIMEOUT_MS: '2000',
  PRESS_WEBHOOK_DISABLE_AFTER_FAILURES: '1000',
  PRESS_WEBHOOK_DISABLE_AFTER_MS: '3600000',
};

async function until(what: string, ready: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Articles to change, and the changes the feed kept for an endpoint (its webhook-ids). */
function desk(cmsOf: () => RunningCms) {
  let agency = '';
  let image = 0;
  const docs = () => cmsOf().strapi.documents(ARTICLE);
  return {
    async prepare(strapi: Core.Strapi) {
      agency = await createTerm(strapi, 'agency', { vi: 'Sở Nội vụ', km: 'មន្ទីរកិច្ចការផ្ទៃក្នុង', en: 'Department of Home Affairs' }, { code: `so-noi-vu-${randomBytes(2).toString('hex')}`, agencyKind: 'department' });
      image = await uploadTestImage(strapi);
    },
    async article(title: string): Promise<string> {
      const made = await docs().create({ locale: 'vi', data: { title, summary: 'Tóm tắt', body: paragraphs('Nội dung'), agency, cover: { image, alt: 'Ảnh' } } } as never);
      return made.documentId;
    },
    publish: (documentId: string, extra: Record<string, unknown> = {}) => docs().publish({ documentId, locale: 'vi', ...extra } as never),
    unpublish: (documentId: string) => docs().unpublish({ documentId, locale: 'vi' } as never),
    remove: (documentId: string) => docs().delete({ documentId, locale: '*' } as never),
  };
}

/** The webhook-ids the endpoint must get: every kept change after it was made, that it wants. */
async function expectedIds(strapi: Core.Strapi, endpointId: number): Promise<string[]> {
  const rows = (await strapi.db.getConnection('press_webhook_deliveries').where({ endpoint_id: endpointId }).orderBy('event_id').select('event_id')) as { event_id: number | string }[];
  return rows.map((r) => webhookMessageId(Number(r.event_id)));
}

function expectInOrderPerDocument(received: Received[]): void {
  const byDocument = new Map<string, number[]>();
  for (const r of received) byDocument.set(r.body.data.documentId, [...(byDocument.get(r.body.data.documentId) ?? []), r.body.data.eventId]);
  for (const [documentId, ids] of byDocument) expect(ids, documentId).toEqual([...ids].sort((a, b) => a - b));
}

async function administrator(cms: RunningCms, email: string): Promise<AdminClient> {
  return AdminClient.login(cms.url, await createAdminUser(cms.strapi, email, ['strapi-super-admin']));
}

async function outlet(admin: AdminClient, name: string): Promise<number> {
  const made = await admin.post('/cchc-press/outlets', { name, origins: ['https://baosoctrang.example'] });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return (made.body as { outlet: { id: number } }).outlet.id;
}

async function register(admin: AdminClient, outletId: number, body: Record<string, unknown>): Promise<{ endpoint: EndpointView; secret: string }> {
  const made = await admin.post(`/cchc-press/outlets/${outletId}/webhooks`, body);
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  const { data, secret } = made.body as { data: EndpointView; secret: string };
  return { endpoint: data, secret };
}

describe.each<DatabaseKind>(['sqlite', 'postgres'])('press webhooks on %s', (database) => {
  let cms: RunningCms;
  let admin: AdminClient;
  let outletId: number;
  const receiver = new Receiver();
  const d = desk(() => cms);

  beforeAll(async () => {
    await receiver.up();
    cms = await bootCms(database, QUICK);
    await d.prepare(cms.strapi);
    admin = await administrator(cms, `quantri.webhook.${database}@soctrang.gov.vn`);
    outletId = await outlet(admin, `Báo Sóc Trăng ${database}`);
  });
  afterAll(async () => {
    await cms?.stop();
    await receiver.down();
  });

  it('sends each wanted change signed, verifiable by a Standard Webhooks library, and nothing it did not ask for', async () => {
    const { endpoint, secret } = await register(admin, outletId, { url: receiver.url, changes: ['created', 'unpublished', 'deleted'], types: ['article'] });
    receiver.secret = secret;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    // The secret is shown once: the list never has it.
    const listed = await admin.get(`/cchc-press/outlets/${outletId}/webhooks`);
    expect(JSON.stringify(listed.body)).not.toContain(secret.slice(6));
    expect(listed.body.data.map((e: EndpointView) => e.id)).toContain(endpoint.id);

    const id = await d.article('Thông báo tuyển dụng công chức');
    await d.publish(id);
    await d.publish(id); // an update: not asked for
    await d.unpublish(id);
    await d.remove(id);
    await until('three webhooks', () => receiver.deduped().length >= 3);
    const got = receiver.deduped();
    expect(got.map((r) => r.body.type)).toEqual(['press.item.created', 'press.item.unpublished', 'press.item.deleted']);
    for (const r of got) {
      expect(r.verified).toBe(true);
      expect(r.webhookId).toBe(webhookMessageId(r.body.data.eventId));
      expect(r.body.timestamp).toBe(r.body.data.at);
      expect(r.body.data).toMatchObject({ type: 'article', documentId: id, locale: 'vi' });
    }

    // What the receiver would refuse: the same request with its body changed on the way.
    const payload = JSON.stringify(got[0]!.body);
    const at = new Date();
    const headers = { 'webhook-id': got[0]!.webhookId, 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': new Webhook(secret).sign(got[0]!.webhookId, at, payload) };
    expect(() => new Webhook(secret).verify(payload, headers)).not.toThrow();
    const tampered = payload.replace('press.item.created', 'press.item.deleted');
    expect(() => new Webhook(secret).verify(tampered, headers)).toThrow(WebhookVerificationError);
    expect(() => new Webhook(`whsec_${randomBytes(32).toString('base64')}`).verify(payload, headers)).toThrow(WebhookVerificationError);

    // The delivery log: newest first, delivered, with the receiver's answer.
    const log = await admin.get(`/cchc-press/webhooks/${endpoint.id}/deliveries?pageSize=2`);
    expect(log.status).toBe(200);
    expect(log.body.meta.pagination).toMatchObject({ page: 1, pageSize: 2, total: 3, pageCount: 2 });
    const rows = log.body.data as DeliveryView[];
    expect(rows.map((r) => r.change)).toEqual(['deleted', 'unpublished']);
    expect(rows[0]).toMatchObject({ state: 'delivered', attempts: 1, lastStatus: 204, lastError: null });
    expect((await admin.delete(`/cchc-press/webhooks/${endpoint.id}`)).status).toBe(200);
  });

  it('delivers everything to a receiver that was down, in order per document, each id once and none missing', async () => {
    receiver.accepted = [];
    receiver.requests = [];
    const { endpoint, secret } = await register(admin, outletId, { url: receiver.url });
    receiver.secret = secret;
    await receiver.down();
    const a = await d.article('Lịch tiếp công dân tháng 12');
    const b = await d.article('Hướng dẫn nộp hồ sơ trực tuyến');
    await d.publish(a);
    await d.publish(b);
    await d.publish(a, { major: true, changeNote: 'Đổi giờ tiếp' });
    await d.unpublish(b);
    await d.publish(b);
    await d.remove(a);
    // Failing while down: attempts counted, the endpoint still enabled.
    await until('failed attempts', async () => {
      const log = await admin.get(`/cchc-press/webhooks/${endpoint.id}/deliveries`);
      return (log.body.data as DeliveryView[]).some((r) => r.state === 'retrying' && r.lastError);
    });
    await until('the six changes queued', async () => (await expectedIds(cms.strapi, endpoint.id)).length >= 6);
    await receiver.up();
    const expected = await expectedIds(cms.strapi, endpoint.id);
    expect(expected).toHaveLength(6);
    await until('every change', () => new Set(receiver.accepted.map((r) => r.webhookId)).size >= expected.length);
    const got = receiver.deduped();
    expect(got.map((r) => r.webhookId).sort()).toEqual([...expected].sort());
    expectInOrderPerDocument(got);
    expect(got.filter((r) => r.body.data.documentId === a).map((r) => [r.body.data.change, r.body.data.changeNote ?? null])).toEqual([
      ['created', null],
      ['updated', 'Đổi giờ tiếp'],
      ['deleted', null],
    ]);
    const after = (await admin.get(`/cchc-press/outlets/${outletId}/webhooks`)).body.data.find((e: EndpointView) => e.id === endpoint.id) as EndpointView;
    expect(after).toMatchObject({ pending: 0, disabledAt: null, consecutiveFailures: 0 });
    expect((await admin.delete(`/cchc-press/webhooks/${endpoint.id}`)).status).toBe(200);
  });

  it('sends a delivery waiting for its next attempt at once when the administrator retries it', async () => {
    receiver.accepted = [];
    const { endpoint, secret } = await register(admin, outletId, { url: receiver.url });
    receiver.secret = secret;
    receiver.failing = true;
    const id = await d.article('Bài gửi lại bằng tay');
    await d.publish(id);
    const first = async () => ((await admin.get(`/cchc-press/webhooks/${endpoint.id}/deliveries`)).body.data as DeliveryView[])[0];
    await until('a failed attempt', async () => ((await first())?.attempts ?? 0) >= 1);
    // As if its back-off had reached an hour (again if an attempt under way wrote its own).
    const failed = (await first())!;
    const row = () => cms.strapi.db.getConnection('press_webhook_deliveries').where({ id: failed.id }).first('attempts', 'next_attempt_at');
    for (;;) {
      await cms.strapi.db.getConnection('press_webhook_deliveries').where({ id: failed.id }).update({ next_attempt_at: new Date(Date.now() + 3_600_000).toISOString() });
      const before = await row();
      await new Promise((r) => setTimeout(r, 400));
      const after = await row();
      if (after.attempts === before.attempts && new Date(after.next_attempt_at).getTime() > Date.now() + 1_800_000) break;
    }
    receiver.failing = false;
    await new Promise((r) => setTimeout(r, 500));
    expect(receiver.accepted).toEqual([]);
    const retried = await admin.post(`/cchc-press/deliveries/${failed.id}/retry`);
    expect(retried.status, JSON.stringify(retried.body)).toBe(200);
    await until('the retried change delivered', () => receiver.accepted.some((r) => r.body.data.documentId === id));
    expect((await first())).toMatchObject({ state: 'delivered', lastStatus: 204 });
    // Delivered: nothing to retry.
    const again = await admin.post(`/cchc-press/deliveries/${failed.id}/retry`);
    expect(again.status).toBe(400);
    expect(again.body.error.message).toMatch(/đã thành công/);
    expect((await admin.delete(`/cchc-press/webhooks/${endpoint.id}`)).status).toBe(200);
  });

  it('checks what the administrator registers, and lets no one else in', async () => {
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ url: 'http://newsroom.example/hook' }, /^"url": .*https:\/\//],
      [{ url: 'ftp://127.0.0.1/hook' }, /^"url"/],
      [{ url: 'https://user:pw@newsroom.example/hook' }, /^"url"/],
      [{ url: 'not a url' }, /^"url"/],
      [{}, /^"url"/],
      [{ url: 'https://newsroom.example/hook', changes: ['published'] }, /^"changes"/],
      [{ url: 'https://newsroom.example/hook', changes: [] }, /^"changes"/],
      [{ url: 'https://newsroom.example/hook', types: ['agency'] }, /^"types"/],
      [{ url: 'https://newsroom.example/hook', locales: ['fr'] }, /^"locales"/],
      [{ url: 'https://newsroom.example/hook', secret: 'mine' }, /^"secret"/],
    ];
    for (const [body, message] of bad) {
      const answer = await admin.post(`/cchc-press/outlets/${outletId}/webhooks`, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error.message, JSON.stringify(body)).toMatch(message);
    }
    expect((await admin.post('/cchc-press/outlets/987654/webhooks', { url: 'https://newsroom.example/hook' })).status).toBe(404);
    expect((await admin.get('/cchc-press/outlets/abc/webhooks')).status).toBe(400);
    expect((await admin.get('/cchc-press/webhooks/1/deliveries?pageSize=1000')).status).toBe(400);
    expect((await admin.post('/cchc-press/deliveries/987654/retry')).status).toBe(404);

    const editor = await AdminClient.login(cms.url, await createAdminUser(cms.strapi, `bientap.webhook.${database}@soctrang.gov.vn`, ['cchc-editor']));
    const refused = await editor.get(`/cchc-press/outlets/${outletId}/webhooks`);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/Quản trị viên/);
    expect((await editor.post(`/cchc-press/outlets/${outletId}/webhooks`, { url: 'https://newsroom.example/hook' })).status).toBe(403);
    expect((await fetch(`${cms.url}/cchc-press/outlets/${outletId}/webhooks`)).status).toBe(401);
  });
});

describe('press webhooks across a restart, and an endpoint that keeps failing (PostgreSQL)', () => {
  let database: { url: string; drop: () => Promise<void> };
  let cms: RunningCms;
  let admin: AdminClient;
  const receiver = new Receiver();
  const d = desk(() => cms);
  const ADMIN = { email: 'quantri.restart@soctrang.gov.vn', password: 'Mot-mat-khau-dai-2026' };
  const boot = (env: Record<string, string> = {}) => bootCms('postgres', { ...QUICK, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ...env }, { databaseUrl: database.url });

  beforeAll(async () => {
    database = await createTestDatabase();
    await receiver.up();
    cms = await boot();
    await d.prepare(cms.strapi);
    admin = await AdminClient.login(cms.url, { id: 0, ...ADMIN });
  });
  afterAll(async () => {
    await cms?.stop();
    await receiver.down();
    await database?.drop();
  });

  it('resumes the queue after the CMS was stopped, then disables an endpoint that keeps failing until it is enabled again', async () => {
    const outletId = await outlet(admin, 'Đài Phát thanh - Truyền hình Sóc Trăng');
    const { endpoint, secret } = await register(admin, outletId, { url: receiver.url, locales: ['vi'] });
    receiver.secret = secret;
    await receiver.down();
    const ids = [await d.article('Bài trước khi dừng 1'), await d.article('Bài trước khi dừng 2')];
    for (const id of ids) await d.publish(id);
    await d.publish(ids[0]!, { major: true, changeNote: 'Sửa số liệu' });
    await d.unpublish(ids[1]!);
    await until('the changes queued', async () => (await expectedIds(cms.strapi, endpoint.id)).length >= 4);
    await cms.stop();

    // Back, with a CMS that disables an endpoint after three failures over 300 ms.
    await receiver.up();
    cms = await boot({ PRESS_WEBHOOK_DISABLE_AFTER_FAILURES: '3', PRESS_WEBHOOK_DISABLE_AFTER_MS: '300' });
    admin = await AdminClient.login(cms.url, { id: 0, ...ADMIN });
    const expected = await expectedIds(cms.strapi, endpoint.id);
    expect(expected).toHaveLength(4);
    await until('the queue delivered after the restart', () => new Set(receiver.accepted.map((r) => r.webhookId)).size >= 4);
    expect(receiver.deduped().map((r) => r.webhookId).sort()).toEqual([...expected].sort());
    expectInOrderPerDocument(receiver.deduped());

    // Now it answers 503 to everything: after three failures over 300 ms, disabled.
    receiver.failing = true;
    const late = await d.article('Bài khi bên nhận hỏng');
    await d.publish(late);
    const view = async () => ((await admin.get(`/cchc-press/outlets/${outletId}/webhooks`)).body.data as EndpointView[]).find((e) => e.id === endpoint.id)!;
    await until('the endpoint disabled', async () => (await view()).disabledAt !== null);
    const disabled = await view();
    expect(disabled.consecutiveFailures).toBeGreaterThanOrEqual(3);
    expect(disabled.disabledReason).toMatch(/503/);
    expect(disabled.pending).toBe(1);
    // Disabled: no more attempts, and a retry by hand is refused until it is enabled.
    const log = await admin.get(`/cchc-press/webhooks/${endpoint.id}/deliveries`);
    const waiting = (log.body.data as DeliveryView[])[0]!;
    expect(waiting).toMatchObject({ state: 'retrying', lastStatus: 503, lastError: 'bảo trì' });
    const tries = receiver.requests.length;
    await new Promise((r) => setTimeout(r, 800));
    expect(receiver.requests.length).toBe(tries);
    const refused = await admin.post(`/cchc-press/deliveries/${waiting.id}/retry`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/bật lại/);

    // Changes made while it is disabled are kept for it.
    await d.unpublish(late);
    await until('the withdrawal queued', async () => (await expectedIds(cms.strapi, endpoint.id)).length >= 6);

    receiver.failing = false;
    const enabled = await admin.post(`/cchc-press/webhooks/${endpoint.id}/enable`);
    expect(enabled.status, JSON.stringify(enabled.body)).toBe(200);
    expect(enabled.body.data).toMatchObject({ disabledAt: null, consecutiveFailures: 0 });
    await until('the waiting changes delivered', () => new Set(receiver.accepted.map((r) => r.webhookId)).size >= 6);
    const all = receiver.deduped();
    expect(all.map((r) => r.webhookId).sort()).toEqual([...(await expectedIds(cms.strapi, endpoint.id))].sort());
    expectInOrderPerDocument(all);
    expect(all.filter((r) => r.body.data.documentId === late).map((r) => r.body.type)).toEqual(['press.item.created', 'press.item.unpublished']);
    // The same change kept its webhook-id over every attempt.
    const attemptsOfLate = receiver.requests.filter((r) => r.webhookId === all.find((x) => x.body.data.documentId === late)!.webhookId);
    expect(attemptsOfLate.length).toBeGreaterThanOrEqual(4);
  });
});
