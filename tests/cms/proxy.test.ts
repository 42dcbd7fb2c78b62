/**
 * The CMS behind a real reverse proxy: Debian's nginx, started here, in front of the real CMS
 * (IS_PROXIED=true, PROXY_HOPS=1). Readers are told apart by the address nginx saw (the client
 * socket is bound to 127.0.0.2, 127.0.0.3, …), never by what they write in X-Forwarded-For:
 *  - the public API's rate limit is per reader; a forged `X-Forwarded-For: 127.0.0.1` is not
 *    exempt, rotating values do not escape it, and an API token keeps its own budget;
 *  - the audit log records the reader's address;
 *  - Strapi's admin login throttle locks only the reader who tried, not the editor for everyone;
 *  - generated forged headers (several entries and lines, spaces, IPv6, garbage, many hops):
 *    the address the CMS records is always the one nginx saw. 300 requests with a fixed seed in
 *    `npm test`, 3,000 with the date's seed in `npm run test:deep`; PROXY_FUZZ_SEED and
 *    PROXY_FUZZ_RUNS replay a printed run.
 * The proxy's handling does not depend on the database: SQLite only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../cms/src/audit/entry';
import { CMS_DIR } from '../support/paths';
import { freePort } from '../support/site-build';
import { bootCms, createReadOnlyToken, type RunningCms } from '../support/strapi';
import { createAdminUser } from '../support/admin-users';
import { generated } from '../support/generated';

const require = createRequire(import.meta.url);
const { searchEntries } = require(resolve(CMS_DIR, 'dist/src/audit/store.js')) as typeof import('../../cms/src/audit/store');
const { proxyConfig, exemptAddresses } = require(resolve(CMS_DIR, 'dist/src/proxy/trust.js')) as typeof import('../../cms/src/proxy/trust');

const { seed: SEED, runs: RUNS } = generated('PROXY_FUZZ', { ci: 300, deep: 3_000 }, 'proxy fuzz');

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));

const ADMIN = { email: 'quantri@soctrang.gov.vn', password: 'Mot-mat-khau-dai-2026' };

// ---- nginx, started and stopped by the test ------------------------------------------------

interface Nginx {
  url: string;
  stop: () => Promise<void>;
}

async function startNginx(upstream: string, port: number): Promise<Nginx> {
  if (!NGINX) throw new Error('nginx is not installed (scripts/test.sh installs Debian\'s nginx): apt-get install nginx');
  const dir = mkdtempSync(join(tmpdir(), 'cchc-nginx-'));
  const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`;
  writeFileSync(
    join(dir, 'nginx.conf'),
    `
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 256; }
http {
  access_log ${join(dir, 'access.log')};
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass ${upstream};
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
    }
  }
}
`,
  );
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGQUIT');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) {
      const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
      await stop();
      throw new Error(`nginx exited (${child.exitCode}): ${log}`);
    }
    if (await fetch(`${url}/_health`).then((res) => res.status === 204, () => false)) return { url, stop };
    if (tries > 100) {
      await stop();
      throw new Error('nginx did not answer');
    }
    await new Promise((done) => setTimeout(done, 100));
  }
}

// ---- a reader: requests from one loopback address ------------------------------------------

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(
  url: string,
  from: string,
  path: string,
  options: { method?: string; headers?: http.OutgoingHttpHeaders; body?: unknown } = {},
): Promise<Answer> {
  const target = new URL(path, url);
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((done, fail) => {
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: options.method ?? 'GET',
        localAddress: from,
        agent: false,
        headers: { ...(body ? { 'Content-Type': 'application/json' } : {}), ...options.headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

async function until<T>(what: string, ready: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await ready();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 25));
  }
}

describe('the CMS behind nginx (IS_PROXIED=true, PROXY_HOPS=1)', () => {
  let cms: RunningCms;
  let nginx: Nginx;
  let token: string;
  let editor: { email: string; password: string };

  // Five requests at once, then one every 10 s: a test sees a reader run out.
  const BURST = 5;

  beforeAll(async () => {
    const port = await freePort();
    // Unset: the default, which must exempt nobody behind a proxy.
    delete process.env.API_RATE_LIMIT_EXEMPT;
    cms = await bootCms('sqlite', {
      IS_PROXIED: 'true',
      PROXY_HOPS: '1',
      PUBLIC_CMS_URL: `http://127.0.0.1:${port}`,
      // Behind a proxy the CMS refuses to start without an administrator of its own.
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      API_RATE_LIMIT_BURST: String(BURST),
      API_RATE_LIMIT_PER_MINUTE: '6',
      API_RATE_LIMIT_TOKEN_BURST: '8',
      API_RATE_LIMIT_TOKEN_PER_MINUTE: '6',
    });
    nginx = await startNginx(cms.url, port);
    token = await createReadOnlyToken(cms.strapi);
    editor = await createAdminUser(cms.strapi, 'bientap.proxy@soctrang.gov.vn', ['cchc-editor']);
  });
  afterAll(async () => {
    await nginx?.stop();
    await cms?.stop();
  });

  const get = (from: string, path: string, headers: http.OutgoingHttpHeaders = {}) => request(nginx.url, from, path, { headers });

  /** Requests until the first 429; how many went through. */
  async function requestsUntilLimited(from: string, headers: () => http.OutgoingHttpHeaders = () => ({})): Promise<number> {
    for (let sent = 0; sent < BURST * 4; sent++) {
      const { status } = await get(from, '/api/topics', headers());
      if (status === 429) return sent;
      expect(status).toBe(200);
    }
    return Infinity;
  }

  it('limits each reader on their own: one out of requests, another still served', async () => {
    expect(await requestsUntilLimited('127.0.0.2')).toBe(BURST);
    const limited = await get('127.0.0.2', '/api/topics');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // Another reader, through the same proxy, has a bucket of its own.
    expect((await get('127.0.0.3', '/api/topics')).status).toBe(200);
    // The exhausted reader with a read-only API token (the site's build): the token's budget.
    expect((await get('127.0.0.2', '/api/topics', { Authorization: `Bearer ${token}` })).status).toBe(200);
  });

  it('does not let a reader choose their address: a forged loopback is not exempt, rotating values do not escape', async () => {
    // Without a hop count Koa would believe the left-most entry, 127.0.0.1, exempt by default.
    expect(await requestsUntilLimited('127.0.0.4', () => ({ 'X-Forwarded-For': '127.0.0.1' }))).toBe(BURST);
    expect(await requestsUntilLimited('127.0.0.5', () => ({ 'X-Forwarded-For': '::1, 127.0.0.1' }))).toBe(BURST);
    let n = 0;
    const rotating = () => ({ 'X-Forwarded-For': `203.0.113.${++n}`, 'X-Real-IP': `198.51.100.${n}`, Forwarded: `for=192.0.2.${n}` });
    expect(await requestsUntilLimited('127.0.0.6', rotating)).toBe(BURST);
    // And nobody else pays for them: the reader whose address was forged is served.
    expect((await get('127.0.0.7', '/api/topics')).status).toBe(200);
  });

  it('exempts no address behind the proxy, not even this machine (a local process, the CMS fetching its own URL)', async () => {
    expect(await requestsUntilLimited('127.0.0.1')).toBe(BURST);
  });

  it("records the reader's address in the audit log, not a forged one", async () => {
    const login = await request(nginx.url, '127.0.0.2', '/admin/login', {
      method: 'POST',
      headers: { 'X-Forwarded-For': '10.1.2.3' },
      body: ADMIN,
    });
    expect(login.status).toBe(200);
    const { token: adminJwt } = (JSON.parse(login.body) as { data: { token: string } }).data;
    // An admin action through the proxy: an API token made by the administrator.
    const made = await request(nginx.url, '127.0.0.2', '/admin/api-tokens', {
      method: 'POST',
      headers: { Authorization: `Bearer ${adminJwt}`, 'X-Forwarded-For': '127.0.0.1' },
      body: { name: 'qua proxy', type: 'read-only', lifespan: null, description: '' },
    });
    expect(made.status, made.body).toBe(201);
    const entries = await until('the audit entries', async () => {
      const { entries } = await searchEntries(cms.strapi, { user: { email: ADMIN.email } }, { page: 1, pageSize: 20 });
      return entries.some((e) => e.action.startsWith('api-token')) ? entries : undefined;
    });
    const seen = entries.map((e: AuditEntry) => [e.action, e.ip]);
    expect(seen).toContainEqual(['auth.login', '127.0.0.2']);
    expect(seen.filter(([action]) => String(action).startsWith('api-token'))).toEqual([[expect.stringMatching(/^api-token\./), '127.0.0.2']]);
  });

  it("locks the admin login only for the reader who tried, not for the editor everywhere", async () => {
    const attempt = (from: string, password: string, headers: http.OutgoingHttpHeaders = {}) =>
      request(nginx.url, from, '/admin/login', { method: 'POST', headers, body: { email: editor.email, password } });
    // Someone at 127.0.0.8 tries passwords for the editor, claiming to be the editor's address.
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await attempt('127.0.0.8', `sai-mat-khau-${i}`, { 'X-Forwarded-For': '127.0.0.9' })).status);
    expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    // Other forged addresses do not buy them more tries.
    expect((await attempt('127.0.0.8', 'sai-mat-khau-x', { 'X-Forwarded-For': '198.51.100.77' })).status).toBe(429);
    // The editor, from 127.0.0.9, signs in.
    expect((await attempt('127.0.0.9', editor.password)).status).toBe(200);
  });

  it('answers CORS with credentials to the admin origin behind the proxy only', async () => {
    const evil = await request(nginx.url, '127.0.0.3', '/admin/access-token', { method: 'POST', headers: { Origin: 'http://evil.example' }, body: {} });
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    expect(evil.headers['access-control-allow-credentials']).toBeUndefined();
    const own = await request(nginx.url, '127.0.0.3', '/admin/access-token', { method: 'POST', headers: { Origin: nginx.url }, body: {} });
    expect(own.headers['access-control-allow-origin']).toBe(nginx.url);
    expect(own.headers['access-control-allow-credentials']).toBe('true');
    // The CMS's own loopback address is not the admin's origin once PUBLIC_CMS_URL says otherwise.
    const direct = await request(nginx.url, '127.0.0.3', '/admin/access-token', { method: 'POST', headers: { Origin: cms.url }, body: {} });
    expect(direct.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('records the address nginx saw, whatever X-Forwarded-For the reader sends (generated)', async () => {
    const octet = fc.integer({ min: 0, max: 255 });
    const entry = fc.oneof(
      fc.ipV4(),
      fc.ipV6(),
      fc.constantFrom('127.0.0.1', '::1', '::ffff:127.0.0.1', 'localhost', 'unknown', '0.0.0.0', '[::1]:80', '127.0.0.1:1337', 'for=127.0.0.1'),
      fc.tuple(octet, octet).map(([a, b]) => `127.0.${a}.${b}`),
      // Printable garbage without the separator: what the header may carry.
      fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).filter((c) => c !== 0x2c).map((c) => String.fromCharCode(c)), maxLength: 30 }),
      fc.constant(''),
    );
    const separator = fc.constantFrom(',', ', ', ' ,', ' , ', ',\t', ',,');
    const headerLine = fc.tuple(fc.array(entry, { minLength: 1, maxLength: 25 }), separator, fc.constantFrom('', ' ', '\t')).map(([entries, sep, pad]) => `${pad}${entries.join(sep)}${pad}`);
    const forged = fc.record({
      lines: fc.array(headerLine, { minLength: 1, maxLength: 3 }),
      realIp: fc.option(fc.ipV4(), { nil: undefined }),
      forwarded: fc.option(fc.ipV6().map((ip) => `for="[${ip}]"`), { nil: undefined }),
      // Which loopback address the reader calls from: 127.0.0.10 … 127.0.0.250.
      from: fc.integer({ min: 10, max: 250 }),
    });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(forged, async ({ lines, realIp, forwarded, from }) => {
        const address = `127.0.0.${from}`;
        // A failed login with an e-mail of its own: the audit log says which address the CMS saw.
        const email = `fuzz-${++n}-${Date.now()}@proxy.test`;
        const headers: http.OutgoingHttpHeaders = { 'X-Forwarded-For': lines.length === 1 ? lines[0]! : lines };
        if (realIp) headers['X-Real-IP'] = realIp;
        if (forwarded) headers.Forwarded = forwarded;
        const answer = await request(nginx.url, address, '/admin/login', { method: 'POST', headers, body: { email, password: 'khong-dung' } });
        expect(answer.status).toBe(400);
        const entry = await until(`the audit entry of ${email}`, async () => {
          const { entries } = await searchEntries(cms.strapi, { user: { email } }, { page: 1, pageSize: 5 });
          return entries[0];
        });
        expect(entry.ip).toBe(address);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('the trust settings (src/proxy/trust.ts)', () => {
  it('turns IS_PROXIED into the shape Strapi reads, with a hop count it requires', () => {
    expect(proxyConfig(false, '3')).toEqual({ koa: false });
    expect(proxyConfig(true, undefined)).toEqual({ koa: true, maxIpsCount: 1 });
    expect(proxyConfig(true, '2')).toEqual({ koa: true, maxIpsCount: 2 });
    // 0 would make Koa believe the left-most entry, which the reader writes.
    for (const hops of ['0', '-1', '1.5', 'many', '99']) expect(() => proxyConfig(true, hops), hops).toThrow(/PROXY_HOPS/);
  });

  it('exempts no address behind a proxy or in production, and refuses a list behind a proxy', () => {
    expect(exemptAddresses({ proxied: false, production: false, listed: undefined })).toEqual(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
    expect(exemptAddresses({ proxied: false, production: true, listed: undefined })).toEqual([]);
    expect(exemptAddresses({ proxied: true, production: false, listed: undefined })).toEqual([]);
    expect(exemptAddresses({ proxied: true, production: false, listed: '' })).toEqual([]);
    expect(exemptAddresses({ proxied: false, production: true, listed: '10.0.0.5, 10.0.0.6' })).toEqual(['10.0.0.5', '10.0.0.6']);
    expect(() => exemptAddresses({ proxied: true, production: true, listed: '127.0.0.1' })).toThrow(/API_RATE_LIMIT_EXEMPT/);
  });
});
