/**
 * Publish-to-live, the CMS's side (cms/src/site-publisher/), on the real CMS (on PostgreSQL; on
 * SQLite too in the deep run) with a real HTTP receiver in the publisher's place: every publish, unpublish and
 * delete reaches it signed (Standard Webhooks, checked with the `standardwebhooks` library) and
 * in order, and a receiver that is down gets the same change again; the publisher's reports are
 * taken only when signed and fresh, and the editor's panel shows them; preview tokens open one
 * draft for a while and nothing else, while the public API still reads published content only;
 * withdrawn documents are listed for the site's 410 answers; change notes of one document.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import type { UID } from '@strapi/strapi';
import {
  PREVIEW_TOKEN_LIFETIME_MS,
  paragraphs,
  publicHistorySchema,
  signPreviewToken,
  siteChangesSchema,
  uidOf,
  verifyPreviewToken,
  withdrawnDocumentSchema,
  type SiteChange,
} from '@cchc/content-types';
import { bootCms, EITHER_DATABASE, type DatabaseKind, type RunningCms } from '../support/strapi';
import { createTerm, uploadTestImage } from '../support/fixtures';
import { AdminClient, createAdminUser } from '../support/admin-users';

const ARTICLE = uidOf('article') as UID.ContentType;
const SECRET = `whsec_${randomBytes(32).toString('base64')}`;
const PREVIEW_SECRET = randomBytes(32).toString('hex');
const SITE_URL = 'http://site.test';

interface Delivery {
  webhookId: string;
  /** Verified by the standardwebhooks library with the shared secret. */
  verified: boolean;
  change: SiteChange;
  contentType: string | undefined;
}

/** The publisher's place: verifies each message, and can be made to fail the next few. */
class Receiver {
  private server!: Server;
  port = 0;
  /** Every attempt, failed ones too, in arrival order. */
  attempts: { webhookId: string; change: SiteChange; failed: boolean }[] = [];
  delivered: Delivery[] = [];
  /** Fail this many coming requests: 503 for the first, a dropped connection for the next. */
  failNext = 0;

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((ok) => this.server.listen(0, '127.0.0.1', () => ok()));
    this.port = (this.server.address() as AddressInfo).port;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((ok) => this.server.close(() => ok()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const payload = Buffer.concat(chunks).toString('utf8');
    const webhookId = String(req.headers['webhook-id']);
    const changes = siteChangesSchema.parse(JSON.parse(payload)).events;
    if (req.url !== '/changes' || req.method !== 'POST') {
      res.writeHead(404).end();
      return;
    }
    if (this.failNext > 0) {
      this.failNext -= 1;
      for (const change of changes) this.attempts.push({ webhookId, change, failed: true });
      if (this.failNext % 2 === 1) res.writeHead(503).end('busy');
      else req.socket.destroy();
      return;
    }
    let verified = false;
    try {
      new Webhook(SECRET).verify(payload, req.headers as Record<string, string>);
      verified = true;
    } catch {
      verified = false;
    }
    for (const change of changes) {
      this.attempts.push({ webhookId, change, failed: !verified });
      this.delivered.push({ webhookId, verified, change, contentType: req.headers['content-type'] });
    }
    res.writeHead(verified ? 204 : 401).end();
  }

  of(documentId: string): Delivery[] {
    return this.delivered.filter((d) => d.change.documentId === documentId);
  }
}

async function until(what: string, ready: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.each<DatabaseKind>(EITHER_DATABASE)('site publisher on %s', (database) => {
  const receiver = new Receiver();
  let cms: RunningCms;
  let agency: string;
  let otherAgency: string;
  let imageId: number;
  let editor: AdminClient;
  let otherAuthor: AdminClient;

  beforeAll(async () => {
    await receiver.start();
    cms = await bootCms(database, {
      SITE_PUBLISHER_URL: `http://127.0.0.1:${receiver.port}`,
      SITE_PUBLISHER_SECRET: SECRET,
      SITE_PUBLISHER_TIMEOUT_MS: '2000',
      // This receiver never reports: no change is sent again while these tests count deliveries
      // (site-publisher-resend.test.ts tests the re-send).
      SITE_PUBLISHER_RESEND_MS: '3600000',
      PUBLIC_SITE_URL: SITE_URL,
      SITE_PREVIEW_SECRET: PREVIEW_SECRET,
      // A quick periodic pass and retry, so that a failing delivery is retried within the test.
      EVENTS_POLL_MS: '100',
      EVENTS_RETRY_MS: '100',
      EVENTS_RETRY_MAX_MS: '400',
    });
    const s = cms.strapi;
    agency = await createTerm(s, 'agency', { vi: 'Sở Tư pháp', km: 'មន្ទីរយុត្តិធម៌', en: 'Department of Justice' }, { code: 'so-tu-phap', agencyKind: 'department' });
    otherAgency = await createTerm(s, 'agency', { vi: 'Sở Y tế', km: 'មន្ទីរសុខាភិបាល', en: 'Department of Health' }, { code: 'so-y-te', agencyKind: 'department' });
    imageId = await uploadTestImage(s);
    editor = await AdminClient.login(cms.url, await createAdminUser(s, 'editor@pub.test', ['cchc-editor']));
    otherAuthor = await AdminClient.login(cms.url, await createAdminUser(s, 'author@pub.test', ['cchc-author'], [otherAgency]));
  });
  afterAll(async () => {
    await cms?.stop();
    await receiver.stop();
  });
  beforeEach(() => {
    receiver.failNext = 0;
  });

  const docs = () => cms.strapi.documents(ARTICLE);
  const draftArticle = async (title: string): Promise<string> =>
    (
      await docs().create({
        locale: 'vi',
        data: { title, summary: `Tóm tắt: ${title}`, body: paragraphs('Nội dung'), agency, cover: { image: imageId, alt: 'Ảnh minh họa' } },
      } as never)
    ).documentId;
  const publish = (documentId: string) => docs().publish({ documentId, locale: 'vi' } as never);
  const unpublish = (documentId: string) => docs().unpublish({ documentId, locale: 'vi' } as never);
  const remove = (documentId: string) => docs().delete({ documentId, locale: '*' } as never);
  const withdraw = (documentId: string, note: string) =>
    editor.post(`/cchc-workflow/documents/article/${documentId}/transitions/unpublish?locale=vi`, { note });
  const panel = async (documentId: string) => (await editor.get(`/cchc-workflow/documents/article/${documentId}?locale=vi`)).body;
  const api = (path: string) => fetch(`${cms.url}${path}`);

  it('sends every publish, unpublish and delete to the publisher, signed and in order, and nothing else', async () => {
    const id = await draftArticle('Thông báo lịch tiếp công dân');
    await docs().update({ documentId: id, locale: 'vi', data: { summary: 'Sửa bản nháp' } } as never);
    await publish(id);
    await docs().update({ documentId: id, locale: 'vi', data: { summary: 'Sửa lần hai' } } as never);
    await publish(id);
    await unpublish(id);
    await publish(id);
    await remove(id);
    await until('five changes of the article', () => receiver.of(id).length >= 5);
    // A term's publish is a change of the site too (its page).
    const topic = await createTerm(cms.strapi, 'topic', { vi: 'Tiếp công dân', km: 'ទទួលពលរដ្ឋ', en: 'Citizen reception' }, { code: 'tiep-cong-dan' });
    await until('the three publishes of the topic', () => receiver.of(topic).length >= 3);

    const mine = receiver.of(id);
    expect(mine.map((d) => d.change.action)).toEqual(['publish', 'publish', 'unpublish', 'publish', 'delete']);
    for (const d of mine) {
      expect(d.verified).toBe(true);
      // `event-<id>` alone, or `events-<first>-<last>` for a message of several.
      const [first, last = first] = d.webhookId.replace(/^events?-/, '').split('-').map(Number);
      expect(d.webhookId).toMatch(/^(event-\d+|events-\d+-\d+)$/);
      expect(d.change.id).toBeGreaterThanOrEqual(first!);
      expect(d.change.id).toBeLessThanOrEqual(last!);
      expect(d.contentType).toMatch(/^application\/json/);
      expect(d.change).toMatchObject({ type: 'article', documentId: id, locale: 'vi' });
      expect(Number.isNaN(Date.parse(d.change.at))).toBe(false);
    }
    const ids = mine.map((d) => d.change.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(receiver.of(topic).map((d) => [d.change.type, d.change.action, d.change.locale])).toEqual([
      ['topic', 'publish', 'vi'],
      ['topic', 'publish', 'km'],
      ['topic', 'publish', 'en'],
    ]);
    // Every delivery in the whole run, in event order: nobody overtook anybody.
    const all = receiver.delivered.map((d) => d.change.id);
    expect(all).toEqual([...all].sort((a, b) => a - b));
  });

  it('sends a change again while the publisher is down, and nothing after it first', async () => {
    receiver.failNext = 2; // a 503, then a dropped connection
    const id = await draftArticle('Lịch trực tiếp nhận hồ sơ');
    await publish(id);
    await unpublish(id);
    await until('both changes delivered', () => receiver.of(id).length >= 2);
    const attempts = receiver.attempts.filter((a) => a.change.documentId === id);
    const ofPublish = attempts.filter((a) => a.change.action === 'publish');
    expect(ofPublish.map((a) => a.failed)).toEqual([true, true, false]);
    // Nothing after it went out first: the unpublish arrived after the publish, or with it (a
    // retried message also carries the changes made since).
    expect(attempts.filter((a) => !a.failed).map((a) => a.change.action)).toEqual(['publish', 'unpublish']);
    // The same change each time: the publisher tells a redelivery by the event's id.
    expect(new Set(ofPublish.map((a) => a.change.id)).size).toBe(1);
    expect(receiver.of(id).map((d) => d.change.action)).toEqual(['publish', 'unpublish']);
  });

  it('sends a backlog in one message, in order, not one message per change', async () => {
    receiver.failNext = 1_000_000; // the publisher is down
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const id = await draftArticle(`Thông báo tiếp nhận hồ sơ số ${i}`);
      await publish(id);
      ids.push(id);
    }
    // A retry that read the log before the last publish has arrived (and failed) by now.
    await new Promise((r) => setTimeout(r, 1000));
    receiver.failNext = 0;
    await until('the four publishes delivered', () => ids.every((id) => receiver.of(id).length >= 1));
    const delivered = ids.map((id) => receiver.of(id)[0]!);
    expect(new Set(delivered.map((d) => d.webhookId)).size).toBe(1);
    expect(delivered[0]!.webhookId).toMatch(/^events-\d+-\d+$/);
    const eventIds = delivered.map((d) => d.change.id);
    expect(eventIds).toEqual([...eventIds].sort((a, b) => a - b));
  });

  describe('reports', () => {
    const send = (payload: string, headers: Record<string, string>) =>
      fetch(`${cms.url}/api/site-publisher/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: payload });
    const signed = (body: unknown, { secret = SECRET, at = new Date(), id = `report-${randomBytes(4).toString('hex')}` } = {}) => {
      const payload = typeof body === 'string' ? body : JSON.stringify(body);
      const headers = { 'webhook-id': id, 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': new Webhook(secret).sign(id, at, payload) };
      return { payload, headers };
    };
    const report = async (body: unknown, options?: Parameters<typeof signed>[1]) => {
      const { payload, headers } = signed(body, options);
      const response = await send(payload, headers);
      return { status: response.status, body: (await response.json()) as { data?: unknown; error?: { message: string } } };
    };

    it('refuses reports that are unsigned, badly signed, stale or invalid', async () => {
      const id = await draftArticle('Báo cáo bị từ chối');
      await publish(id);
      await until('the publish delivered', () => receiver.of(id).length >= 1);
      const eventId = receiver.of(id)[0]!.change.id;
      const body = { reports: [{ eventId, state: 'live', at: new Date().toISOString(), pages: 4 }] };

      expect((await send(JSON.stringify(body), {})).status).toBe(401);
      expect((await report(body, { secret: `whsec_${randomBytes(32).toString('base64')}` })).status).toBe(401);
      const stale = await report(body, { at: new Date(Date.now() - 10 * 60_000) });
      expect(stale.status).toBe(401);
      expect(stale.body.error?.message).toMatch(/too old/);
      // Signed, then changed on the way.
      const { headers } = signed(body);
      expect((await send(JSON.stringify({ reports: [{ ...body.reports[0], state: 'failed' }] }), headers)).status).toBe(401);

      const invalid = await report({ reports: [{ eventId, state: 'done', at: new Date().toISOString() }] });
      expect(invalid.status).toBe(400);
      expect(invalid.body.error?.message).toMatch(/^reports\.0\.state:/);
      const unknown = await report({ reports: [{ eventId: 987_654_321, state: 'live', at: new Date().toISOString() }] });
      expect(unknown.status).toBe(400);
      expect(unknown.body.error?.message).toMatch(/reports\.0\.eventId/);
      expect((await report('not json')).status).toBe(400);
      // The body limit holds before the body is read.
      const big = signed({ reports: [{ eventId, state: 'failed', at: new Date().toISOString(), message: 'x'.repeat(70_000) }] });
      expect((await send(big.payload, big.headers)).status).toBe(413);

      // Nothing refused was kept: the editor still sees the change on its way.
      expect((await panel(id)).sitePublication).toMatchObject({ eventId, action: 'publish', state: 'pending', at: null });
    });

    it('keeps the latest report of each change and shows it in the workflow panel', async () => {
      const id = await draftArticle('Thủ tục cấp phiếu lý lịch tư pháp');
      await publish(id);
      await until('the publish delivered', () => receiver.of(id).length >= 1);
      const eventId = receiver.of(id)[0]!.change.id;
      expect((await panel(id)).sitePublication).toMatchObject({ eventId, action: 'publish', state: 'pending' });

      const failedAt = new Date(Date.now() - 2_000).toISOString();
      const failed = await report({ reports: [{ eventId, state: 'failed', at: failedAt, message: 'Ảnh bìa không tải được' }] });
      expect(failed.status, JSON.stringify(failed.body)).toBe(200);
      expect((await panel(id)).sitePublication).toMatchObject({ state: 'failed', at: failedAt, message: 'Ảnh bìa không tải được' });

      const liveAt = new Date().toISOString();
      expect((await report({ reports: [{ eventId, state: 'live', at: liveAt, pages: 7 }] })).status).toBe(200);
      // A late copy of the older report changes nothing.
      expect((await report({ reports: [{ eventId, state: 'failed', at: failedAt, message: 'cũ' }] })).status).toBe(200);
      expect((await panel(id)).sitePublication).toEqual({ eventId, action: 'publish', changedAt: expect.any(String), state: 'live', at: liveAt, message: null, pages: 7, sends: 0 });

      // A withdrawal is a new change: on its way until the publisher says it is off the site.
      expect((await withdraw(id, 'Thủ tục đã được thay thế')).status).toBe(200);
      const off = (await panel(id)).sitePublication;
      expect(off).toMatchObject({ action: 'unpublish', state: 'pending' });
      await until('the withdrawal delivered', () => receiver.of(id).length >= 2);
      expect((await report({ reports: [{ eventId: off.eventId, state: 'live', at: new Date().toISOString(), pages: 3 }] })).status).toBe(200);
      expect((await panel(id)).sitePublication).toMatchObject({ action: 'unpublish', state: 'live' });
    });
  });

  it('signs preview tokens bound to one draft, locale and time', () => {
    const claims = { type: 'article', documentId: 'abcdefghijklmnopqrstuvwx', locale: 'vi' };
    const now = new Date('2026-12-01T03:00:00Z');
    const token = signPreviewToken(claims, PREVIEW_SECRET, now);
    const valid = verifyPreviewToken(token, PREVIEW_SECRET, new Date(now.getTime() + 60_000));
    expect(valid).toEqual({ ok: true, claims: { ...claims, expiresAt: new Date(now.getTime() + PREVIEW_TOKEN_LIFETIME_MS) } });
    expect(verifyPreviewToken(token, PREVIEW_SECRET, new Date(now.getTime() + PREVIEW_TOKEN_LIFETIME_MS))).toEqual({ ok: false, reason: 'expired' });

    // Another document, locale or expiry cannot be written into a token without the secret.
    const [payload, signature] = token.split('.') as [string, string];
    const rewritten = (change: Record<string, unknown>) => {
      const body = { ...JSON.parse(Buffer.from(payload, 'base64url').toString()), ...change };
      return `${Buffer.from(JSON.stringify(body)).toString('base64url')}.${signature}`;
    };
    for (const change of [{ documentId: 'zzzzzzzzzzzzzzzzzzzzzzzz' }, { locale: 'en' }, { type: 'event' }, { exp: now.getTime() + 86_400_000 }]) {
      expect(verifyPreviewToken(rewritten(change), PREVIEW_SECRET, now)).toEqual({ ok: false, reason: 'bad-signature' });
    }
    const flipped = `${payload}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
    expect(verifyPreviewToken(flipped, PREVIEW_SECRET, now)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyPreviewToken(token, `${PREVIEW_SECRET}x`, now)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyPreviewToken('', PREVIEW_SECRET, now)).toEqual({ ok: false, reason: 'missing' });
    expect(verifyPreviewToken('a.b.c', PREVIEW_SECRET, now)).toEqual({ ok: false, reason: 'malformed' });
    // A token names one draft: the other one has its own.
    const other = signPreviewToken({ ...claims, documentId: 'bcdefghijklmnopqrstuvwxy', locale: 'km' }, PREVIEW_SECRET, now);
    expect(verifyPreviewToken(other, PREVIEW_SECRET, now)).toMatchObject({ ok: true, claims: { documentId: 'bcdefghijklmnopqrstuvwxy', locale: 'km' } });
    expect(() => signPreviewToken({ ...claims, type: 'agency' }, PREVIEW_SECRET)).toThrow();
  });

  describe('draft preview', () => {
    const previewLink = async (client: AdminClient, uid: string, documentId: string, locale = 'vi', status = 'draft') =>
      client.get(`/content-manager/preview/url/${uid}?documentId=${documentId}&locale=${locale}&status=${status}`);
    const read = (query: string) => api(`/api/site-previews/document${query}`);

    it('gives an editor a preview link with a fresh token, for content types only and only to who may read the draft', async () => {
      const id = await draftArticle('Hướng dẫn xem trước');
      const link = await previewLink(editor, ARTICLE, id);
      expect(link.status, JSON.stringify(link.body)).toBe(200);
      const url = new URL(link.body.data.url as string);
      expect(`${url.origin}${url.pathname}`).toBe(`${SITE_URL}/_preview/`);
      const check = verifyPreviewToken(url.searchParams.get('token'), PREVIEW_SECRET);
      expect(check).toMatchObject({ ok: true, claims: { type: 'article', documentId: id, locale: 'vi' } });
      // A term has no preview; an author of another agency gets no link to this draft.
      expect((await previewLink(editor, uidOf('agency'), agency)).status).toBe(204);
      expect((await previewLink(otherAuthor, ARTICLE, id)).status).toBe(204);
      // Strapi's "published" tab: the live page itself, once there is one.
      expect((await previewLink(editor, ARTICLE, id, 'vi', 'published')).status).toBe(204);
      await publish(id);
      expect((await previewLink(editor, ARTICLE, id, 'vi', 'published')).body.data.url).toBe(`${SITE_URL}/tin-bai/huong-dan-xem-truoc/`);
    });

    it('answers the draft to a valid token, and the public API still answers the published version only', async () => {
      const id = await draftArticle('Bản đã xuất bản');
      await publish(id);
      await docs().update({ documentId: id, locale: 'vi', data: { title: 'Bản nháp mới', summary: 'Tóm tắt nháp' } } as never);
      const token = signPreviewToken({ type: 'article', documentId: id, locale: 'vi' }, PREVIEW_SECRET);

      const answer = await read(`?token=${token}`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      const { data } = (await answer.json()) as { data: Record<string, any> };
      expect(data).toMatchObject({ documentId: id, locale: 'vi', title: 'Bản nháp mới', summary: 'Tóm tắt nháp', publishedAt: null });
      // Populated as the public API populates an article, sanitised as it sanitises.
      expect(data.cover).toMatchObject({ alt: 'Ảnh minh họa', image: { url: expect.stringMatching(/^\/uploads\//) } });
      expect(data.agency).toMatchObject({ documentId: agency, name: 'Sở Tư pháp' });
      expect(data).not.toHaveProperty('createdBy');
      expect(data).not.toHaveProperty('updatedBy');

      // The public API: published only, whichever way it is asked.
      const one = (await (await api(`/api/articles/${id}?locale=vi`)).json()) as { data: { title: string } };
      expect(one.data.title).toBe('Bản đã xuất bản');
      const list = (await (await api(`/api/articles?locale=vi&filters[documentId][$eq]=${id}`)).json()) as { data: { title: string }[] };
      expect(list.data.map((d) => d.title)).toEqual(['Bản đã xuất bản']);
      expect((await api(`/api/articles/${id}?locale=vi&status=draft`)).status).toBe(400);
      const draftOnly = await draftArticle('Chỉ có bản nháp');
      expect((await api(`/api/articles/${draftOnly}?locale=vi`)).status).toBe(404);
      const draftOnlyToken = signPreviewToken({ type: 'article', documentId: draftOnly, locale: 'vi' }, PREVIEW_SECRET);
      expect((await read(`?token=${draftOnlyToken}`)).status).toBe(200);
    });

    it('exempts only the preview read from the published-only lock', async () => {
      const id = await draftArticle('Khóa chỉ đọc bản đã xuất bản');
      await publish(id);
      await docs().update({ documentId: id, locale: 'vi', data: { title: 'Nháp sau khóa' } } as never);
      // A Document Service read asking for the draft, made while Strapi serves `route`.
      const titleDuring = async (route: { method: string; path: string; info: { type: string } }) => {
        let title = '';
        await cms.strapi.requestContext.run({ state: { route } } as never, async () => {
          title = ((await docs().findOne({ documentId: id, locale: 'vi', status: 'draft' } as never)) as unknown as { title: string }).title;
        });
        return title;
      };
      const contentApi = (method: string, path: string) => ({ method, path, info: { type: 'content-api' } });
      expect(await titleDuring(contentApi('GET', '/site-previews/document'))).toBe('Nháp sau khóa');
      // Every other Content API route, a look-alike included, reads published only.
      for (const route of [
        contentApi('GET', '/articles/:id'),
        contentApi('GET', '/articles'),
        contentApi('GET', '/change-notes'),
        contentApi('POST', '/site-previews/document'),
        contentApi('GET', '/site-previews/document/'),
        contentApi('GET', '/Site-Previews/document'),
        contentApi('POST', '/site-publisher/reports'),
      ]) {
        expect(await titleDuring(route), `${route.method} ${route.path}`).toBe('Khóa chỉ đọc bản đã xuất bản');
      }
      // Admin routes read drafts as before.
      expect(await titleDuring({ method: 'GET', path: '/cchc-workflow/documents/:type/:documentId', info: { type: 'admin' } })).toBe('Nháp sau khóa');
    });

    it('refuses a missing, expired or tampered token and any other parameter', async () => {
      const id = await draftArticle('Bản nháp được bảo vệ');
      const token = signPreviewToken({ type: 'article', documentId: id, locale: 'vi' }, PREVIEW_SECRET);
      const refused = async (query: string, status: number, message: RegExp) => {
        const response = await read(query);
        expect(response.status, query).toBe(status);
        expect(response.headers.get('cache-control')).toBe('no-store');
        expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(message);
      };
      await refused('', 401, /token is required/);
      const expired = signPreviewToken({ type: 'article', documentId: id, locale: 'vi', expiresAt: new Date(Date.now() - 1_000) }, PREVIEW_SECRET);
      await refused(`?token=${expired}`, 401, /expired/);
      await refused(`?token=${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`, 401, /not valid/);
      await refused(`?token=${signPreviewToken({ type: 'article', documentId: id, locale: 'vi' }, 'another secret of the same length, or not')}`, 401, /not valid/);
      await refused(`?token=${token}&status=draft`, 400, /"status"/);
      await refused(`?token=${token}&populate=*`, 400, /"populate"/);
      await refused(`?token=${token}&token=${token}`, 400, /once/);
      // A token for a translation that does not exist, or a document since deleted: nothing.
      await refused(`?token=${signPreviewToken({ type: 'article', documentId: id, locale: 'km' }, PREVIEW_SECRET)}`, 404, /no draft/);
      await remove(id);
      await refused(`?token=${token}`, 404, /no draft/);
    });
  });

  describe('withdrawn documents', () => {
    const withdrawn = async (query = '') => {
      const response = await api(`/api/withdrawn?type=article&locale=vi&pageSize=100${query}`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { data: unknown[]; meta: { pagination: { total: number } } };
      return { list: body.data.map((d) => withdrawnDocumentSchema.parse(d)), total: body.meta.pagination.total };
    };

    it('lists every document that was live and is not, with its last slug, when it went off and the public reason', async () => {
      const unpublished = await draftArticle('Quy định cũ về lệ phí');
      await publish(unpublished);
      // A new slug on the last publish: the list names the slug readers last had.
      await docs().update({ documentId: unpublished, locale: 'vi', data: { slug: 'quy-dinh-le-phi-2025' } } as never);
      await publish(unpublished);
      const before = Date.now();
      expect((await withdraw(unpublished, 'Quy định đã hết hiệu lực từ 01/12/2026')).status).toBe(200);

      const deleted = await draftArticle('Tin tạm thời');
      await publish(deleted);
      await remove(deleted);

      const offThenDeleted = await draftArticle('Tin gỡ rồi xóa');
      await publish(offThenDeleted);
      await unpublish(offThenDeleted);
      await remove(offThenDeleted);

      const back = await draftArticle('Tin đăng lại');
      await publish(back);
      await unpublish(back);
      await publish(back);

      const neverLive = await draftArticle('Tin chưa bao giờ đăng');
      await remove(neverLive);
      const live = await draftArticle('Tin vẫn đang đăng');
      await publish(live);

      const { list, total } = await withdrawn();
      expect(total).toBe(list.length);
      const byId = new Map(list.map((w) => [w.documentId, w]));
      expect(byId.get(unpublished)).toMatchObject({ type: 'article', locale: 'vi', slug: 'quy-dinh-le-phi-2025', how: 'unpublished', reason: 'Quy định đã hết hiệu lực từ 01/12/2026' });
      expect(Date.parse(byId.get(unpublished)!.withdrawnAt)).toBeGreaterThanOrEqual(before - 1_000);
      expect(byId.get(deleted)).toMatchObject({ slug: 'tin-tam-thoi', how: 'deleted', reason: null });
      const both = byId.get(offThenDeleted)!;
      expect(both).toMatchObject({ slug: 'tin-go-roi-xoa', how: 'deleted', reason: null });
      expect(Date.parse(both.withdrawnAt)).toBeGreaterThanOrEqual(Date.parse(both.lastPublishedAt));
      for (const id of [back, neverLive, live]) expect(byId.has(id), id).toBe(false);
      // Per locale: nothing of these was ever published in English.
      const english = (await (await api('/api/withdrawn?type=article&locale=en')).json()) as { data: { documentId: string }[] };
      expect(english.data.map((d) => d.documentId)).not.toContain(unpublished);

      // Paged like the other public lists, and checked like them.
      const page = (await (await api('/api/withdrawn?type=article&locale=vi&page=1&pageSize=1')).json()) as { data: unknown[]; meta: { pagination: Record<string, number> } };
      expect(page.data).toHaveLength(1);
      expect(page.meta.pagination).toMatchObject({ page: 1, pageSize: 1, total, pageCount: total });
      expect((await api('/api/withdrawn?type=article&locale=vi&populate=*')).status).toBe(400);
      expect((await api('/api/withdrawn?type=agency&locale=vi')).status).toBe(400);
      expect((await api('/api/withdrawn?type=article&locale=vi&pageSize=101')).status).toBe(400);
    });
  });

  it('narrows the change notes to one document', async () => {
    const first = await draftArticle('Ghi chú thay đổi một');
    const second = await draftArticle('Ghi chú thay đổi hai');
    await publish(first);
    await publish(second);
    await docs().publish({ documentId: first, locale: 'vi', major: true, changeNote: 'Bổ sung mẫu đơn' } as never);
    const notes = async (query: string) => {
      const response = await api(`/api/change-notes?type=article&locale=vi${query}`);
      return { status: response.status, body: (await response.json()) as { data: unknown[] } };
    };
    const one = await notes(`&documentId=${first}`);
    expect(one.status).toBe(200);
    expect(one.body.data.map((h) => publicHistorySchema.parse(h))).toEqual([
      { documentId: first, firstPublishedAt: expect.any(String), lastMajorUpdateAt: expect.any(String), changeNotes: [{ at: expect.any(String), note: 'Bổ sung mẫu đơn' }] },
    ]);
    expect((await notes(`&documentId=${second}`)).body.data).toHaveLength(1);
    expect((await notes(`&documentId=${await draftArticle('Chưa đăng')}`)).body.data).toEqual([]);
    expect((await notes('&documentId=not-an-id!')).status).toBe(400);
    expect((await notes(`&documentId=${first}&documentId=${second}`)).status).toBe(400);
  });
});
