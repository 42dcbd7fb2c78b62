/**
 * The site server (site/server/serve.mjs) as a real process, on a publisher's data folder made
 * here: what it serves with only SITE_DATA_DIR set, that a draft's images are not public, a
 * broken routing.json during a swap, and a Range request that asks for compression.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_DIR } from '../support/paths';
import { stopProcess } from '../support/processes';
import { freePort } from '../support/site-build';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A raw GET: unlike fetch, it neither asks for nor undoes compression by itself. */
function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

/** A page large enough to be compressed (over compression's 1 KiB threshold). */
const pageOf = (marker: string) => `<!doctype html><html lang="vi"><title>${marker}</title><main>${`<p>${marker}: Thủ tục hành chính.</p>\n`.repeat(200)}</main></html>`;

/** One snapshot as the publisher writes it: `client/` and `meta/routing.json`. */
function writeSnapshot(root: string, id: string, marker: string, routing: string): string {
  const dir = join(root, 'snapshots', id);
  mkdirSync(join(dir, 'client', '410'), { recursive: true });
  mkdirSync(join(dir, 'client', 'tin-bai', 'moi'), { recursive: true });
  mkdirSync(join(dir, 'meta'), { recursive: true });
  writeFileSync(join(dir, 'client', 'index.html'), pageOf(marker));
  writeFileSync(join(dir, 'client', 'tin-bai', 'moi', 'index.html'), pageOf(`${marker} moi`));
  writeFileSync(join(dir, 'client', '404.html'), '<!doctype html><html lang="vi"><title>404</title></html>');
  writeFileSync(join(dir, 'client', '410', 'index.html'), '<!doctype html><html lang="vi"><title>410</title></html>');
  writeFileSync(join(dir, 'meta', 'routing.json'), routing);
  return dir;
}

/** Points `live` at a snapshot with rename(2), as the publisher swaps it (site/publisher/snapshots.ts). */
function swapLive(root: string, id: string): void {
  symlinkSync(join('snapshots', id), join(root, 'live.tmp'));
  renameSync(join(root, 'live.tmp'), join(root, 'live'));
}

const GOOD_ROUTING = JSON.stringify({ redirects: { '/tin-bai/cu/': '/tin-bai/moi/' }, gone: ['/tin-bai/da-go/'] });

describe('the site server on a publisher data folder (SITE_DATA_DIR only)', () => {
  let root = '';
  let url = '';
  let server: ChildProcess | undefined;
  let log = '';

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'cchc-serve-'));
    writeSnapshot(root, 'a', 'snapshot-a', GOOD_ROUTING);
    swapLive(root, 'a');
    // What a preview made for a draft (site/publisher/preview.ts): not for the public.
    mkdirSync(join(root, 'preview', 'client', '_img'), { recursive: true });
    writeFileSync(join(root, 'preview', 'client', '_img', 'ban-nhap.avif'), 'draft image bytes');

    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const env: Record<string, string | undefined> = { ...process.env, HOST: '127.0.0.1', PORT: String(port), SITE_DATA_DIR: root };
    delete env.SITE_DIST_DIR;
    server = spawn(process.execPath, [join(SITE_DIR, 'server', 'serve.mjs')], { cwd: SITE_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout!.on('data', (c: Buffer) => (log += c.toString()));
    server.stderr!.on('data', (c: Buffer) => (log += c.toString()));
    for (let tries = 0; ; tries++) {
      if (server.exitCode !== null) throw new Error(`the site server exited (${server.exitCode}):\n${log}`);
      if (await fetch(`${url}/`).then(() => true, () => false)) break;
      if (tries > 150) throw new Error(`the site server did not start:\n${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  afterAll(async () => {
    await stopProcess(server);
    rmSync(root, { recursive: true, force: true });
  });

  it("serves the folder's live snapshot", async () => {
    const home = await get(`${url}/`);
    expect(home.status).toBe(200);
    expect(home.body.toString()).toContain('<title>snapshot-a</title>');
  });

  it('does not serve a draft image without a preview token', async () => {
    const draft = await get(`${url}/_img/ban-nhap.avif`);
    expect(draft.status).toBe(404);
    expect(draft.body.toString()).not.toContain('draft image bytes');
  });

  it('sends a part of a page uncompressed, with the right bytes, even when compression is asked', async () => {
    const file = readFileSync(join(root, 'snapshots', 'a', 'client', 'index.html'));
    // A part over compression's threshold (1 KiB), which it would compress.
    expect(file.length).toBeGreaterThan(5100);
    const part = await get(`${url}/`, { Range: 'bytes=100-5099', 'Accept-Encoding': 'gzip, br' });
    expect(part.status).toBe(206);
    expect(part.headers['content-encoding']).toBeUndefined();
    expect(part.headers['content-range']).toBe(`bytes 100-5099/${file.length}`);
    expect(part.body.equals(file.subarray(100, 5100))).toBe(true);
    // The whole page is still compressed.
    const whole = await get(`${url}/`, { 'Accept-Encoding': 'gzip, br' });
    expect(whole.status).toBe(200);
    expect(whole.headers['content-encoding']).toBe('br');
  });

  it('keeps the last good routing when a new snapshot brings a broken one, and says why', async () => {
    expect((await get(`${url}/tin-bai/cu/`)).headers.location).toBe('/tin-bai/moi/');
    writeSnapshot(root, 'b', 'snapshot-b', '{"redirects": {"/tin-bai/cu/": ');
    swapLive(root, 'b');

    // The new snapshot's files are served; its routing is the last good one.
    const home = await get(`${url}/`);
    expect(home.status).toBe(200);
    expect(home.body.toString()).toContain('<title>snapshot-b</title>');
    const moved = await get(`${url}/tin-bai/cu/?utm=x`);
    expect(moved.status).toBe(301);
    expect(moved.headers.location).toBe('/tin-bai/moi/?utm=x');
    expect((await get(`${url}/tin-bai/da-go/`)).status).toBe(410);
    expect(server!.exitCode).toBeNull();
    expect(log).toMatch(/routing\.json is not valid, keeping the last good one/);

    // A routing that is JSON but sends readers to another site is refused too.
    writeSnapshot(root, 'c', 'snapshot-c', JSON.stringify({ redirects: { '/tin-bai/cu/': '//evil.example/' }, gone: [] }));
    swapLive(root, 'c');
    expect((await get(`${url}/tin-bai/cu/`)).headers.location).toBe('/tin-bai/moi/');

    // The next good one is taken.
    writeSnapshot(root, 'd', 'snapshot-d', JSON.stringify({ redirects: {}, gone: ['/tin-bai/cu/'] }));
    swapLive(root, 'd');
    expect((await get(`${url}/tin-bai/cu/`)).status).toBe(410);
  });
});
