/**
 * CORS and the admin's refresh cookie (cms/src/cors/policy.ts, config/admin.ts), on a local CMS
 * (no PUBLIC_CMS_URL: the admin's origin is this machine's loopback on the CMS's port):
 *  - every route Strapi lists outside the content API (the admin's and the plugins') answers a
 *    foreign origin with no CORS header at all, preflight or not, and the admin's own origin
 *    with credentials;
 *  - the content API and uploaded files answer any origin, never with credentials;
 *  - the refresh cookie of a real /admin/login is SameSite=Strict and HttpOnly.
 * The policy does not depend on the database: SQLite only. (Behind a proxy, with PUBLIC_CMS_URL:
 * tests/cms/proxy.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms, type RunningCms } from '../support/strapi';

const ADMIN = { email: 'quantri.cors@soctrang.gov.vn', password: 'Mot-mat-khau-dai-2026' };
const FOREIGN = ['http://evil.example', 'http://127.0.0.1:4321', 'null', 'http://127.0.0.1', 'https://127.0.0.1:1337'];

describe('CORS and cookies of the admin', () => {
  let cms: RunningCms;
  let adminOrigins: string[];

  beforeAll(async () => {
    cms = await bootCms('sqlite', { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, PUBLIC_CMS_URL: '' });
    const port = new URL(cms.url).port;
    adminOrigins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
  });
  afterAll(async () => {
    await cms?.stop();
  });

  const call = (path: string, origin: string, init: RequestInit = {}) =>
    fetch(`${cms.url}${path}`, { ...init, headers: { Origin: origin, ...init.headers } });
  const preflight = (path: string, origin: string, method = 'POST') =>
    call(path, origin, { method: 'OPTIONS', headers: { 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'authorization,content-type' } });

  it("answers the admin's routes to its own origin only, with credentials", async () => {
    for (const path of ['/admin/access-token', '/admin/login', '/Admin/Access-Token']) {
      for (const origin of FOREIGN) {
        for (const res of [await preflight(path, origin), await call(path, origin, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })]) {
          expect(res.headers.get('access-control-allow-origin'), `${path} ${origin}`).toBeNull();
          expect(res.headers.get('access-control-allow-credentials'), `${path} ${origin}`).toBeNull();
        }
      }
      for (const origin of adminOrigins) {
        const res = await preflight(path, origin);
        expect(res.headers.get('access-control-allow-origin'), `${path} ${origin}`).toBe(origin);
        expect(res.headers.get('access-control-allow-credentials'), `${path} ${origin}`).toBe('true');
      }
    }
  });

  it('gives no foreign origin a CORS answer on any route but the content API and uploads (every route Strapi lists)', async () => {
    const layers = cms.strapi.server.listRoutes() as { path: string; methods: string[] }[];
    const paths = [...new Set(layers.map((l) => l.path).filter((p) => !/^\/(api|uploads)(\/|$)/i.test(p)))].map((p) => p.replace(/:[A-Za-z_]+(\([^)]*\))?\??/g, '1').replace(/\([^)]*\)[*?]?|\*/g, 'x'))
      .filter((p) => /^\/[\w\-./~]*$/.test(p));
    // Strapi lists the admin's routes and every plugin's (upload, content-manager, i18n, ours…).
    expect(paths.length).toBeGreaterThan(100);
    const answered: string[] = [];
    for (const path of paths) {
      for (const res of [await preflight(path, 'http://evil.example', 'PUT'), await call(path, 'http://evil.example')]) {
        if (res.headers.get('access-control-allow-origin') || res.headers.get('access-control-allow-credentials')) answered.push(path);
      }
    }
    console.log(`[cors] ${paths.length} admin and plugin paths asked from http://evil.example`);
    expect(answered).toEqual([]);
  });

  it('answers the content API and uploaded files to any origin, without credentials', async () => {
    for (const origin of ['http://evil.example', ...adminOrigins]) {
      for (const res of [await call('/api/topics', origin), await call('/API/Topics', origin), await preflight('/api/topics', origin, 'GET'), await call('/uploads/khong-co.png', origin)]) {
        expect([origin, '*']).toContain(res.headers.get('access-control-allow-origin'));
        expect(res.headers.get('access-control-allow-credentials')).toBeNull();
      }
    }
  });

  it('sets the refresh cookie SameSite=Strict and HttpOnly at a real login', async () => {
    const res = await fetch(`${cms.url}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: adminOrigins[0]! },
      body: JSON.stringify({ ...ADMIN, rememberMe: true }),
    });
    expect(res.status).toBe(200);
    const refresh = res.headers.getSetCookie().find((c) => c.startsWith('strapi_admin_refresh='));
    expect(refresh).toBeTruthy();
    expect(refresh).toMatch(/;\s*samesite=strict/i);
    expect(refresh).toMatch(/;\s*httponly/i);
  });
});
