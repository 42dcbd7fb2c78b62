/**
 * The site's publish-to-live chain for tests and benchmarks, as `npm start` runs it: the
 * renderer build, the publisher (site/publisher/main.ts, which makes the first full build
 * itself) and the site server on the live snapshot, all real processes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Core } from '@strapi/strapi';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { link, mkdir, readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { typeNamesWith } from '@cchc/content-types';
import { SITE_DIR } from './paths';
import { stopProcess } from './processes';
import { SITE_IMAGE_CACHE, freePort } from './site-build';

export interface PublisherStatus {
  live?: string;
  liveUpTo: number;
  failedUpTo: number;
  publishes: number;
  pending: number;
  lastPublish?: { at: string; ms: number; rendered: number; removed: number; events: number };
  lastError?: { at: string; message: string };
  /** Pages that could not be made (left as they were on the live site). */
  failedPages: { path: string; reason: string; document?: string }[];
  /** Requests the publisher sent to the CMS since it started. */
  cmsReads: number;
}

/** Secrets and addresses shared by the CMS and the publisher; set them in the CMS's env before it boots. */
export async function publishingEnv() {
  const publisherPort = await freePort();
  const sitePort = await freePort();
  return {
    publisherPort,
    sitePort,
    publisherUrl: `http://127.0.0.1:${publisherPort}`,
    siteUrl: `http://127.0.0.1:${sitePort}`,
    secret: `whsec_${randomBytes(32).toString('base64')}`,
    previewSecret: randomBytes(32).toString('base64url'),
  };
}

export type PublishingEnv = Awaited<ReturnType<typeof publishingEnv>>;

/** What the CMS needs to notify the publisher and sign previews. */
export function cmsPublishingEnv(env: PublishingEnv): Record<string, string> {
  return {
    SITE_PUBLISHER_URL: env.publisherUrl,
    SITE_PUBLISHER_SECRET: env.secret,
    SITE_PREVIEW_SECRET: env.previewSecret,
    PUBLIC_SITE_URL: env.siteUrl,
    // The publisher starts after the CMS: its notifications are retried soon, not after minutes.
    EVENTS_RETRY_MS: '500',
    EVENTS_RETRY_MAX_MS: '2000',
  };
}

function withoutDistDir(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { SITE_DIST_DIR: _, ...rest } = env;
  return rest;
}

function run(command: string, args: string[], env: Record<string, string>, cwd = SITE_DIR): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (exit ${code})`))));
  });
}

/** The renderer build (every route on demand) into `outDir` (inside site/, where its packages resolve). */
export function buildRenderer(outDir: string): Promise<void> {
  return run('npm', ['run', 'build', '--', '--outDir', outDir, '--silent'], { SITE_BUILD: 'renderer' });
}

/** A full build of the site into `outDir`, against `cmsUrl`. */
export function fullBuild(outDir: string, cmsUrl: string, siteUrl: string, cacheDir: string): Promise<void> {
  return run('npm', ['run', 'build', '--', '--outDir', outDir, '--silent'], { STRAPI_URL: cmsUrl, PUBLIC_SITE_URL: siteUrl, SITE_CACHE_DIR: cacheDir });
}

function waitForLine(child: ChildProcess, pattern: RegExp, what: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${what} not ready in ${timeoutMs} ms:\n${output.slice(-3000)}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (process.env.TEST_PUBLISHER_LOG) process.stdout.write(chunk);
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => {
      output += c.toString();
      if (process.env.TEST_PUBLISHER_LOG) process.stderr.write(c);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited (${code}):\n${output.slice(-3000)}`));
    });
  });
}

export interface RunningSite {
  root: string;
  env: PublishingEnv;
  /** The publisher running now (replaced by `restartPublisher`). */
  publisher: ChildProcess;
  server: ChildProcess;
  /** Starts another publisher on this site's data folder (with `extraEnv` on top); resolves once it is ready. */
  restartPublisher(extraEnv?: Record<string, string>): Promise<void>;
  /** Starts a publisher on this data folder and port `port`, and resolves with how it ended and what it said. */
  runOtherPublisher(port: number, timeoutMs: number): Promise<{ code: number | null; output: string }>;
  /** Fails the render of this site path until cleared (PUBLISHER_TEST_FAIL_FILE). */
  failRender(path: string | undefined): void;
  status(): Promise<PublisherStatus>;
  /**
   * Resolves once the publisher has made events up to `eventId` live; fails if it reports them
   * failed, unless `afterFailures` (it is expected to retry them).
   */
  waitForLive(eventId: number, timeoutMs?: number, options?: { afterFailures?: boolean }): Promise<PublisherStatus>;
  stop(): Promise<void>;
}

/**
 * A hard-linked copy of the site builds' image cache (cache files are replaced by rename, never
 * written in place, so a link is safe). The site's build may be writing it meanwhile (it runs
 * beside the first files): its temporary files are left out, and a file gone before it is
 * linked is skipped.
 */
async function linkImageCache(to: string): Promise<void> {
  if (!existsSync(SITE_IMAGE_CACHE)) return;
  for (const entry of await readdir(SITE_IMAGE_CACHE, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.endsWith('.tmp')) continue;
    const target = join(to, relative(SITE_IMAGE_CACHE, entry.parentPath), entry.name);
    await mkdir(dirname(target), { recursive: true });
    await link(join(entry.parentPath, entry.name), target).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}

/**
 * The renderer build, the publisher (its first full build included) and the site server, in a
 * fresh folder under site/. Its image cache starts as links to the one the site's builds keep
 * between runs: the demo's variants, made by the site's build, are not encoded again. Test
 * files run two at a time, and two publishers writing one cache at once failed (a variant
 * linked while another build wrote it), so each chain writes its own.
 */
export async function startPublishing(cmsUrl: string, env: PublishingEnv, extraEnv: Record<string, string> = {}): Promise<RunningSite> {
  const root = mkdtempSync(join(SITE_DIR, '.publish-test-'));
  const cacheDir = join(root, 'image-cache');
  await linkImageCache(cacheDir);
  mkdirSync(cacheDir, { recursive: true });
  const failFile = join(root, 'fail-render');
  await buildRenderer(join(root, 'renderer'));
  const common = { STRAPI_URL: cmsUrl, PUBLIC_SITE_URL: env.siteUrl, SITE_DATA_DIR: root, SITE_CACHE_DIR: cacheDir };
  const spawnPublisher = (more: Record<string, string>) =>
    spawn(process.execPath, ['publisher/main.ts'], {
      cwd: SITE_DIR,
      env: {
        ...process.env,
        ...common,
        NODE_ENV: 'test',
        SITE_RENDERER_DIR: join(root, 'renderer'),
        SITE_PUBLISHER_SECRET: env.secret,
        SITE_PREVIEW_SECRET: env.previewSecret,
        PUBLISHER_PORT: String(env.publisherPort),
        CMS_PUBLIC_URL: cmsUrl,
        PUBLISHER_TEST_FAIL_FILE: failFile,
        PUBLISHER_RETRY_MS: '1500',
        ...more,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  let publisher = spawnPublisher(extraEnv);
  await waitForLine(publisher, /\[publisher\] ready on/, 'The publisher', 15 * 60_000);
  const server = spawn(process.execPath, ['server/serve.mjs'], {
    cwd: SITE_DIR,
    // SITE_DATA_DIR (in common) alone tells the server what to serve, as in production.
    env: { ...withoutDistDir(process.env), ...common, PORT: String(env.sitePort), PUBLISHER_URL: env.publisherUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitForLine(server, /Serving /, 'The site server', 60_000);

  const status = async () => (await (await fetch(`${env.publisherUrl}/status`)).json()) as PublisherStatus;
  return {
    root,
    env,
    get publisher() {
      return publisher;
    },
    server,
    async restartPublisher(more = {}) {
      await stopProcess(publisher);
      publisher = spawnPublisher(more);
      await waitForLine(publisher, /\[publisher\] ready on/, 'The publisher', 15 * 60_000);
    },
    runOtherPublisher(port, timeoutMs) {
      const other = spawnPublisher({ PUBLISHER_PORT: String(port) });
      let output = '';
      other.stdout!.on('data', (c: Buffer) => (output += c.toString()));
      other.stderr!.on('data', (c: Buffer) => (output += c.toString()));
      return new Promise((resolve) => {
        const timer = setTimeout(() => other.kill('SIGKILL'), timeoutMs);
        other.on('exit', (code) => {
          clearTimeout(timer);
          resolve({ code, output });
        });
      });
    },
    failRender(path) {
      if (path) writeFileSync(failFile, path);
      else rmSync(failFile, { force: true });
    },
    status,
    async waitForLive(eventId, timeoutMs = 120_000, options = {}) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const s = await status();
        if (s.liveUpTo >= eventId && s.pending <= 0) return s;
        if (!options.afterFailures && s.failedUpTo >= eventId && s.liveUpTo < eventId) throw new Error(`The publisher failed to publish event ${eventId}: ${s.lastError?.message}`);
        if (Date.now() > deadline) throw new Error(`Event ${eventId} not live after ${timeoutMs} ms: ${JSON.stringify(s)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stop() {
      await Promise.all([stopProcess(server), stopProcess(publisher)]);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** The highest event id the CMS tells the publisher of (what it must have made live). */
export async function lastNotifiedEvent(strapi: Core.Strapi): Promise<number> {
  const row = await strapi.db
    .connection('document_events')
    .where((q) => q.whereIn('action', ['publish', 'unpublish', 'delete']).orWhere('cause', 'relink-on-publish'))
    // Only the types the site renders are notified (a staff-only type's changes never are).
    .whereIn('type', [...typeNamesWith('site')])
    .max({ id: 'id' })
    .first();
  return Number((row as { id?: number } | undefined)?.id ?? 0);
}
