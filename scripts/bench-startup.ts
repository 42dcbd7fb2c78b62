/**
 * Start-up benchmark: a fresh clone of this repository to the site being served (npm ci, then
 * npm start: admin build, demo content, site build), then a second start of the same clone.
 * Prints both times. The clone's CMS, publisher and site server listen on free ports, so a
 * running `npm start` is not disturbed.
 *
 *   npm run bench:startup
 *   npm run bench:startup -- --smoke   # the same clone and `npm start`, once, without its three
 *                                      # slow steps: see SMOKE below
 *
 * Needs: git and `npm install` here; the full run also needs the npm registry (the clone's
 * `npm ci`). The clone is of this checkout's last commit: uncommitted changes are not in it.
 * It does not compile this checkout's CMS (prepareBench): the clone's `npm start` compiles its own.
 * Prints `FIGURE startup.<what>` lines (scripts/lib/figures.ts).
 */
import '@cchc/runtime/check';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../tests/support/site-build';
import { figure } from './lib/figures';
import { smoke } from './lib/prepare';
import { machineEnv, waitForHttp } from './lib/processes';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');

/*
 * What the smoke run leaves out, each a minute or more of work that other tests cover:
 *  - `npm ci`: the clone gets this checkout's installed packages as hard links (seconds);
 *  - the admin panel's build (1–2 minutes, 2 GB; tests/admin builds it): a placeholder page;
 *  - the demo content (tests/site seeds it): `npm start -- --no-demo`, the CMS starts empty.
 * And it starts once: the second start runs the same code.
 */
const STARTS = smoke ? 1 : 2;
const START_ARGS = smoke ? ['start', '--', '--no-demo'] : ['start'];

/** Where installed packages live: the root, the workspaces, and the Node that the install brought. */
const INSTALLED = ['node_modules', 'cms/node_modules', 'site/node_modules', 'content-types/node_modules', 'scripts/runtime/node_modules', '.runtime'];

/** What a node_modules keeps of its dot entries when copied: its commands and npm's record. */
const KEPT_DOT_ENTRIES = new Set(['.bin', '.package-lock.json']);

/**
 * Hard links where the file system allows (a second or two for 1.3 GB), else a copy. Either way
 * the workspace links (relative) point into the clone. The caches at the top of a node_modules
 * (.vite, .astro, …) are left out: a build writing into a hard-linked file would write here too.
 */
function copyInstalled(from: string, to: string): void {
  try {
    execFileSync('cp', ['-al', from, to], { stdio: 'pipe' });
  } catch {
    console.log(`Hard links from ${from} failed (another file system?): copying it instead.`);
    rmSync(to, { recursive: true, force: true });
    execFileSync('cp', ['-a', from, to]);
  }
  if (!to.endsWith('node_modules')) return;
  for (const entry of readdirSync(to)) {
    if (entry.startsWith('.') && !KEPT_DOT_ENTRIES.has(entry)) rmSync(join(to, entry), { recursive: true, force: true });
  }
}

function install(clone: string, env: NodeJS.ProcessEnv): void {
  if (!smoke) {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: clone, env, stdio: 'inherit' });
    return;
  }
  for (const path of INSTALLED) if (existsSync(join(ROOT, path))) copyInstalled(join(ROOT, path), join(clone, path));
  // What npm ci runs after it installs (the content model built, which npm start imports).
  execFileSync('npm', ['run', 'postinstall'], { cwd: clone, env, stdio: 'inherit' });
  const admin = join(clone, 'cms', 'dist', 'build');
  mkdirSync(admin, { recursive: true });
  // npm start builds the admin panel only when this file is missing.
  writeFileSync(join(admin, 'index.html'), '<!doctype html><title>Admin panel not built (bench:startup --smoke)</title>\n');
}

/** Waits until no process of the group `pgid` is left, so that the next start finds its ports free. */
async function groupGone(pgid: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      process.kill(-pgid, Date.now() < deadline ? 0 : 'SIGKILL');
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** `npm start` in the clone until its site answers; then stops it and all it started. */
async function timeUntilServed(clone: string, env: NodeJS.ProcessEnv, siteUrl: string): Promise<number> {
  const started = performance.now();
  // A process group of its own, so that one signal stops npm, the CMS, the publisher and the server.
  const child = spawn('npm', START_ARGS, { cwd: clone, env, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // gone already
    }
  };
  process.once('exit', stop);
  try {
    // The site answering is what "ready" means; its server is the last thing npm start starts.
    await waitForHttp(`${siteUrl}/`, 20 * 60_000, child);
    return (performance.now() - started) / 1000;
  } finally {
    stop();
    await groupGone(child.pid!);
    process.off('exit', stop);
  }
}

async function main() {
  const [cmsPort, sitePort, publisherPort] = [await freePort(), await freePort(), await freePort()];
  // As a fresh machine would: the clone's npm runs on the machine's Node, and its install brings Node 24.
  const env = {
    ...machineEnv(),
    CMS_PORT: String(cmsPort),
    SITE_PORT: String(sitePort),
    PUBLISHER_PORT: String(publisherPort),
  };
  const siteUrl = `http://127.0.0.1:${sitePort}`;
  const dir = mkdtempSync(join(tmpdir(), 'cchc-clone-'));
  const clone = join(dir, 'main');
  try {
    const cloneStarted = performance.now();
    execFileSync('git', ['clone', '--quiet', ROOT, clone], { stdio: 'inherit' });
    install(clone, env);
    const installSeconds = (performance.now() - cloneStarted) / 1000;
    const starts: number[] = [];
    for (let n = 0; n < STARTS; n++) starts.push(await timeUntilServed(clone, env, siteUrl));
    const [first, second] = starts as [number, number | undefined];

    console.log(`\nStart-up benchmark (this machine)${smoke ? ', smoke run: no npm ci, no admin build, no demo content' : ''}`);
    console.log(`clone + ${smoke ? 'packages linked' : 'npm ci'}:${' '.repeat(smoke ? 10 : 18)}${installSeconds.toFixed(0)} s`);
    console.log(`first npm start to site served:    ${first.toFixed(0)} s`);
    console.log(`fresh clone to site served:        ${(installSeconds + first).toFixed(0)} s (target < 480 s)`);
    if (second !== undefined) console.log(`second npm start to site served:   ${second.toFixed(1)} s (target < 30 s)`);
    figure('startup.clone-and-install', installSeconds, 's');
    figure('startup.first-start', first, 's');
    figure('startup.fresh-clone-to-served', installSeconds + first, 's');
    if (second !== undefined) figure('startup.second-start', second, 's');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
