/**
 * The press API's front door (cms/src/press/access/), on the real CMS (on PostgreSQL; on SQLite too in the deep run),
 * over real HTTP: outlets made by the administrator through the admin API, their tokens refused
 * once revoked or replaced, granting nothing on Strapi's own routes (generated requests: fast-check,
 * 300 requests with a fixed seed in `npm test`, 5,000 with the date's seed in `npm run test:deep`;
 * PRESS_FUZZ_SEED / PRESS_FUZZ_RUNS replay a printed run), each outlet's rate limit, CORS,
 * 304, the request log (captured from Strapi's own logger) and usage.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { UID } from '@strapi/strapi';
import { paragraphs, uidOf } from '@cchc/content-types';
import { CMS_DIR } from '../support/paths';
import { bootCms, EITHER_DATABASE, type DatabaseKind, type RunningCms } from '../support/strapi';
import { createTerm, uploadTestImage } from '../support/fixtures';
import { AdminClient, createAdminUser } from '../support/admin-users';
import type { OutletView } from '../../cms/src/press/access/admin-routes';
import { generated } from '../support/generated';

const require = createRequire(import.meta.url);
const dist = (path: string) => require(resolve(CMS_DIR, 'dist/src', path));
const { insertOutlet, revokeOutlet } = dist('press/access/outlets.js') as typeof import('../../cms/src/press/access/outlets');
const { newToken, hashToken } = dist('press/access/token.js') as typeof import('../../cms/src/press/access/token');
const { winston } = require(require.resolve('@strapi/logger', { paths: [CMS_DIR] })) as typeof import('@strapi/logger');

const { seed: SEED, runs: RUNS } = generated('PRESS_FUZZ', { ci: 300, deep: 5_000 }, 'press fuzz');
const WHOAMI = '/api/press/whoami';
const NEWSPAPER_ORIGIN = 'https://baosoctrang.org.vn';
const STATION_ORIGIN = 'https://thsoctrang.vn';
const DRAFT_MARKER = 'bannhapbimat7319';

async function until(what: string, ready: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}


/** Every line Strapi's logger writes, whatever the console's level. */
class CapturedLog {
  lines: string[] = [];
  readonly transport = new winston.transports.Stream({
    level: 'http',
    format: winston.format.printf((info) => `${String(info.message)}\n`),
    stream: new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        this.lines.push(chunk.toString('utf8'));
        done();
      },
    }),
  });
  text = () => this.lines.join('');
}

describe.each<DatabaseKind>(EITHER_DATABASE)('the press API front door on %s', (database) => {
  let cms: RunningCms;
  let admin: AdminClient;
  let editor: AdminClient;
  const log = new CapturedLog();
  const ADMIN = { email: `quantri.press.${database}@soctrang.gov.vn`, password: 'Mot-mat-khau-dai-2026' };

  const press = (path: string, token?: string, headers: Record<string, string> = {}, method = 'GET') =>
    fetch(`${cms.url}${path}`, { method, headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers } });

  async function createOutlet(body: Record<string, unknown>): Promise<{ outlet: OutletView; token: string }> {
    const res = await admin.post('/cchc-press/outlets', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { outlet: OutletView; token: string };
  }
  const outlets = async () => ((await admin.get('/cchc-press/outlets')).body as { outlets: OutletView[] }).outlets;

  beforeAll(async () => {
    cms = await bootCms(database, {
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      // Item reads link the public site's pages (without it they answer 503).
      PUBLIC_SITE_URL: 'https://cchc.soctrang.gov.vn',
      PRESS_OUTLETS_MISS_REFRESH_MS: '100',
    });
    cms.strapi.log.add(log.transport);
    admin = await AdminClient.login(cms.url, { id: 0, ...ADMIN });
    const editorUser = await createAdminUser(cms.strapi, `bientap.press.${database}@soctrang.gov.vn`, ['cchc-editor']);
    editor = await AdminClient.login(cms.url, editorUser);
  });
  afterAll(async () => {
    cms?.strapi.log.remove(log.transport);
    await cms?.stop();
  });

  it('serves an outlet its own name with its token, and 401 with WWW-Authenticate without one', async () => {
    const { outlet, token } = await createOutlet({ name: `Báo Sóc Trăng ${database}`, origins: [NEWSPAPER_ORIGIN] });
    expect(token).toMatch(/^cchc_press_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(outlet.tokenPrefix)).toBe(true);

    const ok = await press(WHOAMI, token);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ data: { outlet: outlet.name, tokenPrefix: outlet.tokenPrefix } });
    expect(ok.headers.get('cache-control')).toBe('private, no-cache');
    expect(ok.headers.get('vary')).toMatch(/Authorization/);

    const none = await press(WHOAMI);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="press"');
    for (const wrong of [`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, 'cchc_press_short', 'not-a-token']) {
      const res = await press(WHOAMI, wrong);
      expect(res.status, wrong).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/error="invalid_token"/);
      expect((await res.json()).error.name).toBe('UnauthorizedError');
    }
  });

  it('refuses the old token at once after a rotation and a revoked one at once; the new one works', async () => {
    const { outlet, token: first } = await createOutlet({ name: `Đài PT-TH ${database}`, origins: [STATION_ORIGIN] });
    expect((await press(WHOAMI, first)).status).toBe(200);

    const rotated = await admin.post(`/cchc-press/outlets/${outlet.id}/rotate`);
    expect(rotated.status).toBe(200);
    const second = (rotated.body as { token: string }).token;
    expect(second).not.toBe(first);
    expect((await press(WHOAMI, first)).status).toBe(401);
    const now = await press(WHOAMI, second);
    expect(now.status).toBe(200);
    expect((await now.json()).data.tokenPrefix).toBe(second.slice(0, outlet.tokenPrefix.length));

    const revoked = await admin.post(`/cchc-press/outlets/${outlet.id}/revoke`);
    expect(revoked.status).toBe(200);
    expect((revoked.body as { outlet: OutletView }).outlet.revokedAt).not.toBeNull();
    expect((await press(WHOAMI, second)).status).toBe(401);
    // Revoked for good: no rotation brings it back.
    expect((await admin.post(`/cchc-press/outlets/${outlet.id}/rotate`)).status).toBe(400);
    expect((await press(WHOAMI, second)).status).toBe(401);
  });

  it('follows outlets another CMS process made or revoked (on a miss, and a revoked token within one second)', async () => {
    // Written to the table directly, as another CMS process would: this door is not told.
    const token = newToken();
    const record = await insertOutlet(cms.strapi, { name: `Nơi khác ${database}`, origins: [], perMinute: 60, burst: 10 }, token, 1);
    await until('the new token accepted', async () => (await press(WHOAMI, token.token)).status === 200, 1_000);
    await revokeOutlet(cms.strapi, record.id, 1);
    // The default reading every 500 ms refuses it within one second; the slack is for a busy machine.
    const revoked = Date.now();
    await until('the revoked token refused', async () => (await press(WHOAMI, token.token)).status === 401, 1_500);
    console.log(`[press access ${database}] a token revoked in another process refused after ${Date.now() - revoked} ms`);
  });

  it('answers 429 with Retry-After at the outlet limit, and another outlet is unaffected', async () => {
    const slow = await createOutlet({ name: `Chậm ${database}`, perMinute: 1, burst: 3 });
    const other = await createOutlet({ name: `Khác ${database}`, perMinute: 1, burst: 3 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await press(WHOAMI, slow.token)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await press(WHOAMI, slow.token);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await press(WHOAMI, other.token)).status).toBe(200);

    // A new limit set by the administrator applies at once.
    const raised = await admin.put(`/cchc-press/outlets/${slow.outlet.id}`, { name: slow.outlet.name, origins: [], perMinute: 600, burst: 50 });
    expect(raised.status, JSON.stringify(raised.body)).toBe(200);
    expect((await press(WHOAMI, slow.token)).status).toBe(200);
  });

  it("allows an outlet's own origins and refuses another outlet's on the actual request; preflights", async () => {
    const newspaper = await createOutlet({ name: `CORS báo ${database}`, origins: [NEWSPAPER_ORIGIN, 'http://localhost:4321'] });
    await createOutlet({ name: `CORS đài ${database}`, origins: [STATION_ORIGIN] });

    const own = await press(WHOAMI, newspaper.token, { Origin: NEWSPAPER_ORIGIN });
    expect(own.status).toBe(200);
    expect(own.headers.get('access-control-allow-origin')).toBe(NEWSPAPER_ORIGIN);
    expect(own.headers.get('access-control-expose-headers')).toMatch(/ETag/);
    expect(own.headers.get('vary')).toMatch(/Origin/);
    expect((await press(WHOAMI, newspaper.token, { Origin: 'http://localhost:4321' })).status).toBe(200);

    const foreign = await press(WHOAMI, newspaper.token, { Origin: STATION_ORIGIN });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect((await press(WHOAMI, newspaper.token, { Origin: 'https://evil.example' })).status).toBe(403);

    const preflight = (origin: string, method = 'GET') =>
      press(WHOAMI, undefined, { Origin: origin, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'authorization' }, 'OPTIONS');
    const allowed = await preflight(STATION_ORIGIN);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(STATION_ORIGIN);
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    expect(allowed.headers.get('access-control-allow-methods')).toBe('GET, HEAD');
    for (const refused of [await preflight('https://evil.example'), await preflight(NEWSPAPER_ORIGIN, 'DELETE')]) {
      expect(refused.status).toBe(403);
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('answers 304 to If-None-Match, HEAD without a body, 405 to writes, 400 to a long query', async () => {
    const { token } = await createOutlet({ name: `Điều kiện ${database}` });
    const first = await press(WHOAMI, token);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[^"]+"$/);
    const body = await first.text();

    const again = await press(WHOAMI, token, { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe('private, no-cache');
    expect(await again.text()).toBe('');
    expect((await press(WHOAMI, token, { 'If-None-Match': `"other", W/${etag}` })).status).toBe(304);
    expect((await press(WHOAMI, token, { 'If-None-Match': '"other"' })).status).toBe(200);

    const head = await press(WHOAMI, token, {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBe(Buffer.byteLength(body));

    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const res = await press(WHOAMI, token, {}, method);
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    }
    const long = await press(`${WHOAMI}?cursor=${'a'.repeat(2_000)}`, token);
    expect(long.status).toBe(400);
    expect((await long.json()).error.details).toEqual({ parameter: 'query' });
    expect((await press('/api/press/nothing-here', token)).status).toBe(404);
    expect((await press('/api/press/whoami/', token)).status).toBe(404);
    expect((await press('/API/PRESS/WHOAMI', token)).status).toBe(404);
  });

  it('logs every request with the outlet name, never the token, and counts usage', async () => {
    const { outlet, token } = await createOutlet({ name: `Nhật ký ${database}` });
    log.lines = [];
    for (let i = 0; i < 3; i++) expect((await press(`${WHOAMI}?lan=${i}`, token)).status).toBe(200);
    // A token put in the URL by mistake, and the token sent to Strapi's own routes.
    await press(`${WHOAMI}?access_token=${token}`, token);
    await press('/api/articles', token);
    await press('/admin/users/me', token);
    // The door hands its lines to the logger in batches, every 50 ms.
    await until('the press lines logged', async () => log.text().split('\n').filter((l) => l.includes(`"${outlet.name}"`)).length >= 4, 5_000);

    const text = log.text();
    const ours = text.split('\n').filter((l) => l.includes(`"${outlet.name}"`));
    expect(ours.length).toBe(4);
    expect(ours[0]).toMatch(new RegExp(`^\\[press\\] "${outlet.name}" ${outlet.tokenPrefix}… GET /api/press/whoami\\?lan=0 200 \\d+ B \\([\\d.]+ ms\\) at \\d{4}-\\d\\d-\\d\\dT`));
    expect(text).toContain('GET /api/articles');
    expect(text).not.toContain(token);
    expect(text).not.toContain(token.slice(outlet.tokenPrefix.length));
    expect(text).not.toContain(hashToken(token));

    const listed = (await outlets()).find((o) => o.id === outlet.id)!;
    expect(listed.usage.today.requests).toBe(4);
    expect(listed.usage.today.bytes).toBeGreaterThan(4 * 40);
    expect(Date.now() - Date.parse(listed.lastPullAt!)).toBeLessThan(10_000);
  });

  it('lets only the administrator manage outlets, returns a token only once, and checks what it is sent', async () => {
    for (const [method, path] of [
      ['GET', '/cchc-press/outlets'],
      ['POST', '/cchc-press/outlets'],
      ['PUT', '/cchc-press/outlets/1'],
      ['POST', '/cchc-press/outlets/1/rotate'],
      ['POST', '/cchc-press/outlets/1/revoke'],
    ] as const) {
      const res = await editor.request(method, path, method === 'GET' ? undefined : { name: 'Báo lạ', origins: [] });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(JSON.stringify(res.body)).toMatch(/Chỉ quản trị viên/);
      expect((await fetch(`${cms.url}${path}`, { method })).status).toBe(401);
    }

    const created = await createOutlet({ name: `Một lần ${database}`, origins: [NEWSPAPER_ORIGIN] });
    const rotated = (await admin.post(`/cchc-press/outlets/${created.outlet.id}/rotate`)).body as { token: string };
    const everything = JSON.stringify([(await admin.get('/cchc-press/outlets')).body, (await admin.get('/cchc-audit/entries?pageSize=100')).body]);
    for (const token of [created.token, rotated.token]) {
      expect(everything).not.toContain(token);
      expect(everything).not.toContain(hashToken(token));
    }
    expect(everything).toContain('press-outlet.rotate');

    const refused: [unknown, RegExp][] = [
      [{ origins: [] }, /"name"/],
      [{ name: 'x' }, /"name" phải dài/],
      [{ name: `Một lần ${database}`.toUpperCase() }, /Đã có đơn vị báo chí/],
      [{ name: 'Báo A', origins: ['https://*.vn'] }, /ký tự đại diện/],
      [{ name: 'Báo A', origins: ['https://baosoctrang.org.vn/'] }, /nguồn gốc chính xác/],
      [{ name: 'Báo A', origins: ['http://baosoctrang.org.vn'] }, /chỉ nhận https/],
      [{ name: 'Báo A', origins: 'https://baosoctrang.org.vn' }, /"origins"/],
      [{ name: 'Báo A', perMinute: 0 }, /"perMinute"/],
      [{ name: 'Báo A', burst: 1.5 }, /"burst"/],
      [{ name: 'Báo A', token: 'cchc_press_x' }, /Không nhận trường "token"/],
    ];
    for (const [body, message] of refused) {
      const res = await admin.post('/cchc-press/outlets', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((res.body as { error: { message: string } }).error.message).toMatch(message);
    }
    expect((await admin.post('/cchc-press/outlets/999999/rotate')).status).toBe(404);
    expect((await admin.put('/cchc-press/outlets/abc', { name: 'Báo A' })).status).toBe(400);
  });

  describe('a press token grants nothing beyond the press reads (generated requests)', () => {
    let live: string;
    let revoked: string;
    let draftId: string;

    beforeAll(async () => {
      live = (await createOutlet({ name: `Thử ngẫu nhiên ${database}`, origins: [NEWSPAPER_ORIGIN], perMinute: 100_000, burst: 10_000 })).token;
      const gone = await createOutlet({ name: `Đã thu hồi ${database}`, origins: [STATION_ORIGIN] });
      await admin.post(`/cchc-press/outlets/${gone.outlet.id}/revoke`);
      revoked = gone.token;
      const agency = await createTerm(cms.strapi, 'agency', { vi: 'Sở Tư pháp', km: 'មន្ទីរយុត្តិធម៌', en: 'Department of Justice' }, { code: 'so-tu-phap', agencyKind: 'department' });
      const imageId = await uploadTestImage(cms.strapi);
      const draft = await cms.strapi.documents(uidOf('article') as UID.ContentType).create({
        locale: 'vi',
        data: { title: `Bản nháp ${DRAFT_MARKER}`, summary: DRAFT_MARKER, body: paragraphs(DRAFT_MARKER), agency, cover: { image: imageId, alt: 'ảnh' } },
      } as never);
      draftId = draft.documentId;
    });

    it(`never lets a token read a draft, write, or reach the admin (seed printed)`, async () => {
      const articles = async () => cms.strapi.db.query(uidOf('article') as UID.Schema).count({});
      const before = { articles: await articles(), outlets: (await outlets()).length };

      const pressPaths = ['/api/press/whoami', '/api/press', '/api/press/', '/api/press/whoami/', '/API/press/whoami', '/api/press/%77hoami', '/api/press/whoami%2F', '/api/press/../articles', '/api/press/items/article/x', `/api/press/items/article/${draftId}`, '/api/press/changes', '/api/press/openapi.json', '/api/press//whoami'];
      const otherPaths = [
        '/api/articles',
        '/api/articles?status=draft',
        `/api/articles/${draftId}`,
        `/api/articles/${draftId}?status=draft`,
        '/api/articles?publicationState=preview',
        '/api/users/me',
        '/api/upload/files',
        '/admin/users/me',
        '/admin/users',
        '/admin/api-tokens',
        `/content-manager/collection-types/api::article.article`,
        `/content-manager/collection-types/api::article.article/${draftId}`,
        '/cchc-press/outlets',
        '/cchc-audit/entries',
        '/cchc-permissions/me',
      ];
      const request = fc.record({
        method: fc.constantFrom('GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'),
        // Weighted towards the one read a token may make, so that a door letting a write or a
        // foreign origin through is met within a run.
        path: fc.oneof(
          { weight: 4, arbitrary: fc.constant(WHOAMI) },
          { weight: 2, arbitrary: fc.constantFrom(...pressPaths) },
          { weight: 3, arbitrary: fc.constantFrom(...otherPaths) },
          { weight: 1, arbitrary: fc.stringMatching(/^\/api\/press\/[a-z%0-9/._-]{0,20}$/) },
        ),
        auth: fc.constantFrom('none', 'live', 'live', 'lowercase-scheme', 'revoked', 'basic', 'padded'),
        origin: fc.constantFrom(undefined, NEWSPAPER_ORIGIN, STATION_ORIGIN, 'https://evil.example'),
        query: fc.constantFrom('', '?status=draft', '?locale=vi', '?populate=*', '?x=1'),
      });
      const authHeader = (auth: string): string | undefined =>
        ({ none: undefined, live: `Bearer ${live}`, 'lowercase-scheme': `bearer ${live}`, revoked: `Bearer ${revoked}`, basic: `Basic ${Buffer.from(`a:${live}`).toString('base64')}`, padded: `Bearer  ${live} ` })[auth];
      const send = async (method: string, url: string, authorization: string | undefined, origin: string | undefined) => {
        const headers: Record<string, string> = {};
        if (authorization) headers.Authorization = authorization;
        if (origin) headers.Origin = origin;
        const write = !['GET', 'HEAD', 'OPTIONS'].includes(method);
        if (write) headers['Content-Type'] = 'application/json';
        const res = await fetch(`${cms.url}${url}`, { method, headers, body: write ? JSON.stringify({ data: { title: 'ghi đè', name: 'Báo ghi đè' } }) : undefined, redirect: 'manual' });
        return { status: res.status, text: await res.text(), headers: res.headers };
      };

      await fc.assert(
        fc.asyncProperty(request, async ({ method, path, auth, origin, query }) => {
          const url = `${path}${path.includes('?') ? '' : query}`;
          const authorization = authHeader(auth);
          const res = await send(method, url, authorization, origin);
          expect(res.text).not.toContain(DRAFT_MARKER);
          expect(res.status).toBeLessThan(500);
          const underPress = new URL(url, cms.url).pathname.toLowerCase().startsWith('/api/press');
          const validToken = ['live', 'lowercase-scheme', 'padded'].includes(auth);
          if (underPress) {
            const read = method === 'GET' || method === 'HEAD';
            // The reads a token may make (a draft's item is never one), and the public OpenAPI document.
            const served = (read && (path === WHOAMI || path === '/api/press/changes') && validToken && (!origin || origin === NEWSPAPER_ORIGIN)) || (read && path === '/api/press/openapi.json');
            if (res.status === 200) expect(served, `${method} ${url} ${auth} ${origin}`).toBe(true);
            else expect(res.status === 204 ? method === 'OPTIONS' : res.status >= 400, `${method} ${url} ${res.status}`).toBe(true);
            return;
          }
          // Elsewhere a press token is worth no more than no credential at all.
          if (res.status < 400 && authorization) {
            const anonymous = await send(method, url, undefined, origin);
            expect(anonymous.status, `${method} ${url} ${auth}: ${res.status}`).toBe(res.status);
            expect(anonymous.text).toBe(res.text);
          }
        }),
        { seed: SEED, numRuns: RUNS },
      );
      expect({ articles: await articles(), outlets: (await outlets()).length }).toEqual(before);
    });
  });
});
