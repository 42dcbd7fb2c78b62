/**
 * `npm start`: the whole section on one machine, no other service needed.
 *  1. the CMS (Strapi) on SQLite, with generated secrets, the admin panel built once, and the
 *     demo content loaded into an empty database by `npm run seed` before the CMS starts (the
 *     CMS never loads it itself); `npm start -- --no-demo` leaves an empty database empty;
 *  2. the site: its renderer and a full build into the publisher's first snapshot (only when
 *     the site's sources changed: content changes are the publisher's);
 *  3. the publisher, which keeps the site current with every publish, and the site server;
 *     the URLs and the admin login printed. Ctrl-C stops them all.
 */
import '@cchc/runtime/check';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCAL_ADMIN } from '../cms/src/bootstrap/admin-user';
import { DEMO_PASSWORD, DEMO_USERS } from '../cms/src/seed/demo-users';
import { ensureEnv, readEnv } from '../cms/scripts/ensure-env';
import { layoutOf, liveSnapshot, newSnapshotDir, swapLive } from '../site/publisher/snapshots.ts';
import { run, serve, stopAll, waitForHttp } from './lib/processes';
import { isCurrent, sourceStamp, writeStamp } from './lib/stamp';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');
const CMS_DIR = join(ROOT, 'cms');
const SITE_DIR = join(ROOT, 'site');
const STRAPI_BIN = join(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');

const host = process.env.HOST ?? '127.0.0.1';
const cmsPort = Number(process.env.CMS_PORT ?? 1337);
const sitePort = Number(process.env.SITE_PORT ?? 4321);
const cmsUrl = `http://${host}:${cmsPort}`;
const siteUrl = process.env.PUBLIC_SITE_URL ?? `http://${host}:${sitePort}`;
const publisherPort = Number(process.env.PUBLISHER_PORT ?? 4322);
const publisherUrl = `http://127.0.0.1:${publisherPort}`;
/** The publisher's snapshots and `live` link (site/publisher/snapshots.ts). */
const siteData = layoutOf(join(SITE_DIR, '.site'));

/** `npm start -- --no-demo`: an empty database stays empty. */
const loadDemo = !process.argv.slice(2).includes('--no-demo');

const step = (text: string) => console.log(`\n▶ ${text}`);
const started = Date.now();
const children: ReturnType<typeof serve>[] = [];
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopAll(children);
    process.exit(0);
  });
}

// The CMS runs on this script's Node (checked on import), never on whichever `node` is first on PATH.
async function startCms() {
  step('CMS: secrets, compile, admin panel');
  const added = ensureEnv(join(CMS_DIR, '.env'));
  if (added.length) console.log(`  cms/.env written with new ${added.join(', ')}`);
  await run('npx', ['tsc', '-p', 'content-types/tsconfig.json'], { cwd: ROOT });
  if (existsSync(join(CMS_DIR, 'dist', 'build', 'index.html'))) {
    await run('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: CMS_DIR });
  } else {
    console.log('  building the admin panel once (about 1–2 minutes)…');
    // The panel bundles the model's browser build (content-types/README.md).
    await run('npx', ['tsc', '-p', 'content-types/tsconfig.browser.json'], { cwd: ROOT });
    await run(process.execPath, [STRAPI_BIN, 'build'], { cwd: CMS_DIR, env: { ...process.env, NODE_ENV: 'production' } });
  }

  const env = {
    ...process.env,
    HOST: host,
    PORT: String(cmsPort),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    STRAPI_TELEMETRY_DISABLED: 'true',
    // Every publish is told to the site's publisher; previews open the site.
    SITE_PUBLISHER_URL: publisherUrl,
    PUBLIC_SITE_URL: siteUrl,
  };
  if (loadDemo) {
    step('CMS: the demo content, if the database is empty (npm run seed; about a minute the first time)');
    // Its own progress lines; Strapi's log only for errors (the publisher, not yet started, is
    // told of the demo's publishes by the CMS once both run).
    await run(process.execPath, [join(CMS_DIR, 'dist', 'scripts', 'seed.js'), '--if-empty'], { cwd: CMS_DIR, env: { ...env, LOG_LEVEL: 'error' } });
  }

  step(`CMS: starting on ${cmsUrl}`);
  const cms = serve('cms', process.execPath, [STRAPI_BIN, 'start'], { cwd: CMS_DIR, env });
  children.push(cms);
  await waitForHttp(`${cmsUrl}/_health`, 15 * 60_000, cms);
}

/** What the site is built from: its sources and the content model's (not the content). */
const siteSources = [join(SITE_DIR, 'src'), join(SITE_DIR, 'public'), join(SITE_DIR, 'astro.config.ts'), join(ROOT, 'content-types', 'src')];

async function buildSite() {
  const env = { STRAPI_URL: cmsUrl, PUBLIC_SITE_URL: siteUrl };
  const stamp = sourceStamp(siteSources, env);
  const rendererStamp = join(SITE_DIR, 'dist-renderer', '.build-stamp');
  if (!isCurrent(rendererStamp, stamp)) {
    step('Site: building the renderer (the pages on demand, for the publisher)');
    await run('npm', ['run', 'build', '-w', 'site'], { cwd: ROOT, env: { ...process.env, ...env, SITE_BUILD: 'renderer' } });
    writeStamp(rendererStamp, stamp);
  }
  const live = liveSnapshot(siteData);
  if (live) {
    step(
      isCurrent(join(live, 'meta', 'source-stamp'), stamp)
        ? 'Site: built already (the publisher brings it up to the content)'
        : 'Site: the sources changed: the publisher makes a full build in the background, the old site is served meanwhile',
    );
    return;
  }
  step('Site: full build against the CMS');
  const dir = await newSnapshotDir(siteData);
  await run('npm', ['run', 'build', '-w', 'site', '--', '--outDir', dir], { cwd: ROOT, env: { ...process.env, ...env } });
  writeStamp(join(dir, 'meta', 'source-stamp'), stamp);
  await swapLive(siteData, dir);
}

/** A variable of the CMS: from this process's environment, else from cms/.env (Strapi reads both). */
function cmsSetting(name: string): string | undefined {
  return process.env[name] ?? readEnv(join(CMS_DIR, '.env'))[name];
}

/** The admin panel's public origin (behind a proxy, PUBLIC_CMS_URL): it frames previews. */
const cmsPublicUrl = () => cmsSetting('PUBLIC_CMS_URL')?.trim() || cmsUrl;

/**
 * Behind a proxy no address is exempt from the public API's rate limit (cms/src/proxy/trust.ts):
 * the site's build and the publisher read the CMS as a read-only API token instead.
 */
function warnWithoutBuildToken() {
  if (cmsSetting('IS_PROXIED')?.trim() !== 'true' || process.env.STRAPI_TOKEN?.trim()) return;
  console.warn(
    '  ! IS_PROXIED=true and no STRAPI_TOKEN: the site\'s build and publisher are rate-limited like any reader.\n' +
      '    Create a read-only API token in the admin panel (Settings → API Tokens) and start with STRAPI_TOKEN=<token>.',
  );
}

async function startPublisher() {
  step(`Site: starting the publisher on ${publisherUrl}`);
  // The secrets it shares with the CMS (cms/.env, written by ensureEnv).
  const cmsEnv = readEnv(join(CMS_DIR, '.env'));
  const publisher = serve('publisher', process.execPath, ['publisher/main.ts'], {
    cwd: SITE_DIR,
    env: {
      ...process.env,
      STRAPI_URL: cmsUrl,
      CMS_PUBLIC_URL: cmsPublicUrl(),
      PUBLIC_SITE_URL: siteUrl,
      PUBLISHER_PORT: String(publisherPort),
      SITE_PUBLISHER_SECRET: process.env.SITE_PUBLISHER_SECRET ?? cmsEnv.SITE_PUBLISHER_SECRET ?? '',
      SITE_PREVIEW_SECRET: process.env.SITE_PREVIEW_SECRET ?? cmsEnv.SITE_PREVIEW_SECRET ?? '',
    },
  });
  children.push(publisher);
  await waitForHttp(`${publisherUrl}/status`, 15 * 60_000, publisher);
}

async function serveSite() {
  step(`Site: serving on ${siteUrl}`);
  const site = serve('site', 'npm', ['run', 'serve', '-w', 'site'], {
    cwd: ROOT,
    // CMS_PUBLIC_URL: the one origin besides the site that may frame its previews (server/policy.mjs).
    env: { ...process.env, HOST: host, PORT: String(sitePort), PUBLISHER_URL: publisherUrl, CMS_PUBLIC_URL: cmsPublicUrl() },
  });
  children.push(site);
  await waitForHttp(`http://${host}:${sitePort}/`, 60_000, site);
}

/** The demo's editorial users (made only on a local CMS without ADMIN_EMAIL). */
function demoLogins(): string {
  if (process.env.ADMIN_EMAIL) return '';
  const width = Math.max(...DEMO_USERS.map((u) => u.email.length));
  const lines = DEMO_USERS.map((u) => `    ${u.email.padEnd(width)}  ${u.description}`);
  return `\n  Demo users (password ${DEMO_PASSWORD}, local only):\n${lines.join('\n')}`;
}

async function main() {
  await startCms();
  warnWithoutBuildToken();
  await buildSite();
  await startPublisher();
  await serveSite();
  const login = process.env.ADMIN_EMAIL
    ? `${process.env.ADMIN_EMAIL} (the password you set in ADMIN_PASSWORD)`
    : `${LOCAL_ADMIN.email} / ${LOCAL_ADMIN.password}   (local default: set ADMIN_EMAIL and ADMIN_PASSWORD anywhere else)`;
  console.log(`
──────────────────────────────────────────────────────────────
  Site (vi, /km/, /en/):  ${siteUrl}/
  CMS admin panel:        ${cmsUrl}/admin
  Admin login:            ${login}${demoLogins()}
  Content API:            ${cmsUrl}/api/articles
  Every publish reaches the site in seconds (the publisher, ${publisherUrl}).
  Ready in ${((Date.now() - started) / 1000).toFixed(1)} s. Ctrl-C stops everything.
──────────────────────────────────────────────────────────────`);
}

main().catch((error: unknown) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
  stopAll(children);
  process.exit(1);
});
