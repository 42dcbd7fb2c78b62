/**
 * The first administrator: a local default only while the CMS listens on loopback; on an
 * address others reach, no start without ADMIN_EMAIL/ADMIN_PASSWORD (so /admin/register-admin
 * never waits for the first caller), and Strapi's login rate limit still applies.
 * Start-up does not depend on the database: SQLite only.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bootCms, type RunningCms } from '../support/strapi';

const reachable = { HOST: '0.0.0.0', ADMIN_EMAIL: '', ADMIN_PASSWORD: '' };

describe('administrator set-up (sqlite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-admin-'));
  let running: RunningCms | undefined;
  afterAll(async () => {
    await running?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to start on a reachable address without ADMIN_EMAIL and ADMIN_PASSWORD', async () => {
    await expect(bootCms('sqlite', reachable)).rejects.toThrow(/Refusing to start: the CMS listens on 0\.0\.0\.0 .*ADMIN_EMAIL and ADMIN_PASSWORD/);
    // Behind a proxy, loopback is reachable too.
    await expect(bootCms('sqlite', { ...reachable, HOST: '127.0.0.1', IS_PROXIED: 'true' })).rejects.toThrow(/behind a proxy/);
  });

  it('refuses a reachable start while the local default password still works', async () => {
    const database = { DATABASE_FILENAME: join(dir, 'local.db'), IS_PROXIED: 'false', ADMIN_EMAIL: '', ADMIN_PASSWORD: '' };
    const local = await bootCms('sqlite', database);
    await local.stop();
    await expect(bootCms('sqlite', { ...database, HOST: '0.0.0.0' })).rejects.toThrow(/local default administrator .* still has its/);
  });

  it('starts on a reachable address with its own administrator, register-admin closed, login rate-limited', async () => {
    running = await bootCms('sqlite', { ...reachable, IS_PROXIED: 'false', ADMIN_EMAIL: 'quantri@soctrang.gov.vn', ADMIN_PASSWORD: 'Một-mật-khẩu-dài-2026' });
    const users = await running.strapi.db.query('admin::user').findMany({ select: ['email'] });
    expect(users.map((u: { email: string }) => u.email)).toEqual(['quantri@soctrang.gov.vn']);

    const post = (path: string, body: unknown) =>
      fetch(`${running!.url}/admin${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const init = (await (await fetch(`${running.url}/admin/init`)).json()) as { data: { hasAdmin: boolean } };
    expect(init.data.hasAdmin).toBe(true);
    const register = await post('/register-admin', { email: 'first@caller.example', password: 'Abcdefgh1', firstname: 'x' });
    expect(register.status).toBe(400);
    expect(((await register.json()) as { error: { message: string } }).error.message).toBe('You cannot register a new super admin');

    const attempts = [];
    for (let i = 0; i < 6; i += 1) attempts.push((await post('/login', { email: 'quantri@soctrang.gov.vn', password: 'wrong-Password-1' })).status);
    expect(attempts).toEqual([400, 400, 400, 400, 400, 429]);
  });
});
