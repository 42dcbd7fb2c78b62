/**
 * The real site, built against a real CMS seeded with the demo content, and served by the
 * site's own server: set up once for tests/site and tests/browser (their global setup).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SITE_DIR } from './paths';
import { compileCmsOnce } from './run-setup';
import { startCmsProcess, stopProcess } from './processes';
import { nodeBinariesUnder, sampleNodeBinaries } from './runtimes';

export interface BuiltSite {
  cmsUrl: string;
  siteUrl: string;
  outDir: string;
  /** The Node binaries each of our processes was seen running on (see runtimes.ts). */
  runtimes: { cms: string[]; siteBuild: string[]; siteServer: string[] };
}

/** The image cache the site's test builds keep between runs; each test publisher starts from it (./publisher.ts). */
export const SITE_IMAGE_CACHE = join(tmpdir(), 'cchc-test-site-cache');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The site server exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer`);
}

/** `npm run build` in site/, as `npm start` runs it; resolves with the Node binaries it ran on. */
function buildSite(outDir: string, env: Record<string, string>): Promise<string[]> {
  const build = spawn('npm', ['run', 'build', '--', '--outDir', outDir, '--silent'], {
    cwd: SITE_DIR,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  const sampler = sampleNodeBinaries(build);
  return new Promise((resolve, reject) => {
    build.on('error', reject);
    build.on('exit', (code, signal) => {
      const seen = sampler.stop();
      if (code === 0) resolve(seen);
      else reject(new Error(`The site build failed (${signal ?? `exit ${code}`})`));
    });
  });
}

/** `seed` is the CMS's content (CMS_SEED of ./cms-server.ts): a benchmark's smoke run asks for a tiny corpus. */
export async function buildAndServeSite(seed = 'demo'): Promise<{ site: BuiltSite; stop: () => Promise<void> }> {
  compileCmsOnce();

  const cms = await startCmsProcess({ CMS_DATABASE: 'sqlite', CMS_SEED: seed });
  const sitePort = await freePort();
  const siteUrl = `http://127.0.0.1:${sitePort}`;
  // Inside site/: the server bundle resolves its packages from site/node_modules.
  const outDir = mkdtempSync(join(SITE_DIR, '.build-test-'));
  // Image transforms are cached across runs, as between real builds.
  const cacheDir = SITE_IMAGE_CACHE;
  mkdirSync(cacheDir, { recursive: true });
  let server: ChildProcess | undefined;
  const runtimes: BuiltSite['runtimes'] = { cms: [...nodeBinariesUnder(cms.child.pid!)], siteBuild: [], siteServer: [] };
  try {
    runtimes.siteBuild = await buildSite(outDir, {
      STRAPI_URL: cms.url,
      PUBLIC_SITE_URL: siteUrl,
      SITE_CACHE_DIR: cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
    });
    server = spawn(process.execPath, [join(SITE_DIR, 'server', 'serve.mjs')], {
      cwd: SITE_DIR,
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(sitePort), SITE_DIST_DIR: outDir },
      stdio: 'inherit',
    });
    await waitFor(`${siteUrl}/`, server);
    runtimes.siteServer = [...nodeBinariesUnder(server.pid!)];
  } catch (error) {
    await stopProcess(server);
    await stopProcess(cms.child);
    throw error;
  }
  return {
    site: { cmsUrl: cms.url, siteUrl, outDir, runtimes },
    stop: async () => {
      await stopProcess(server);
      await stopProcess(cms.child);
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
