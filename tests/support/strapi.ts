/**
 * Boots the real CMS (cms/dist, compiled by the global setup) inside the test process, against
 * a SQLite file or a PostgreSQL database of its own, listening on a free loopback port. The
 * database starts as a copy of the run's template (./templates.ts): the state a first start
 * leaves, or with the demo content. Where start-up itself is tested, `from: 'fresh'` boots an
 * empty database for real.
 */
import { createRequire } from 'node:module';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Core } from '@strapi/strapi';
import { CMS_DIR } from './paths';
import { createTestDatabase } from './postgres';
import { templateFor, type Template, type TemplateState } from './templates';
import { depth } from './generated';

export type DatabaseKind = 'sqlite' | 'postgres';

/** Where the databases can differ (query semantics, triggers, ordering, JSON): every run, both. */
export const BOTH_DATABASES: DatabaseKind[] = ['sqlite', 'postgres'];
/**
 * Logic that does not depend on the database (permissions, workflow, the press's reads…):
 * PostgreSQL, production's database, in `npm test`; both in `npm run test:deep`. SQLite, the
 * zero-setup default, still boots in every run: the admin, site and build tests use it.
 */
export const EITHER_DATABASE: DatabaseKind[] = depth === 'deep' ? BOTH_DATABASES : ['postgres'];

export interface RunningCms {
  strapi: Core.Strapi;
  url: string;
  database: DatabaseKind;
  stop: () => Promise<void>;
}

// Strapi's ESM build fails on a lodash/fp directory import; its CommonJS build works.
const require = createRequire(import.meta.url);
const { createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');

const secret = () => randomBytes(16).toString('base64');

/** Fresh secrets for one CMS (the ones cms/scripts/ensure-env.ts would write into cms/.env). */
export function testSecrets(): Record<string, string> {
  return {
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
  };
}

/** strapi.destroy() removes every process listener, which kills vitest's worker: keep them. */
function snapshotProcessListeners() {
  const saved = process.eventNames().map((name) => [name, process.listeners(name as never)] as const);
  return () => {
    for (const [name, listeners] of saved) {
      const current = new Set(process.listeners(name as never));
      for (const listener of listeners) if (!current.has(listener)) process.on(name as never, listener as never);
    }
  };
}

/**
 * Strapi's admin login limit counts attempts in a module of koa2-ratelimit, kept by Node's
 * module cache: a CMS booted after another in the same process (the tests' shared worker) must
 * start with no attempts counted, as a new process does.
 */
function forgetLoginAttempts(): void {
  const limiter = require(require.resolve('koa2-ratelimit', { paths: [require.resolve('@strapi/admin/package.json', { paths: [CMS_DIR] })] })) as {
    Stores: { Memory: { cleanAll(): void } };
  };
  limiter.Stores.Memory.cleanAll();
}

export interface BootOptions {
  /** Serve the admin panel built into cms/dist/build (tests/admin/global-setup.ts builds it). */
  serveAdminPanel?: boolean;
  /**
   * PostgreSQL: use this existing database (kept afterwards) instead of a fresh one, so that
   * several CMS processes share one, as in production. Its owner creates and drops it.
   */
  databaseUrl?: string;
  /**
   * What the database holds before the CMS starts: a copy of the run's `empty` template (the
   * default: what a first start leaves) or `demo` template (the demo content and editorial
   * desk loaded), or nothing (`fresh`: schema sync and first-start steps for real). A
   * DATABASE_FILENAME in `env` or a `databaseUrl` is used as it is.
   */
  from?: 'fresh' | TemplateState;
  /** Serve uploads from this folder and keep it afterwards (the template maker's). */
  publicDir?: string;
}

export async function bootCms(
  database: DatabaseKind,
  env: Record<string, string> = {},
  options: BootOptions = {},
): Promise<RunningCms> {
  const cleanups: (() => Promise<void> | void)[] = [];
  // The variables a test sets for this boot go with it: the next boot (in this file or, with a
  // shared worker, the next file) does not inherit them. (The ones set below, every boot sets.)
  const before = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  cleanups.push(() => {
    for (const [key, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });
  const ownDatabase = !(env.DATABASE_FILENAME || options.databaseUrl);
  const template: Template | undefined =
    ownDatabase && options.from !== 'fresh' ? await templateFor(database, options.from ?? 'empty', bootCms) : undefined;
  if (options.from === 'demo' && ownDatabase && !template) throw new Error('the demo template needs the run set-up (npm test): CCHC_TEST_TEMPLATES is not set');

  Object.assign(process.env, testSecrets(), {
    NODE_ENV: 'test',
    STRAPI_TELEMETRY_DISABLED: 'true',
    LOG_LEVEL: process.env.TEST_STRAPI_LOG ?? 'warn',
    HOST: '127.0.0.1',
    PORT: '0',
  });
  delete process.env.DATABASE_URL;
  delete process.env.DATABASE_CLIENT;

  if (database === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-sqlite-'));
    process.env.DATABASE_CLIENT = 'sqlite';
    // DATABASE_FILENAME is read relative to cms/; an absolute path wins in path.resolve.
    process.env.DATABASE_FILENAME = resolve(dir, 'data.db');
    if (template?.sqliteFile) copyFileSync(template.sqliteFile, process.env.DATABASE_FILENAME);
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  } else {
    const db = options.databaseUrl
      ? { url: options.databaseUrl, drop: async () => undefined }
      : await createTestDatabase(template?.postgresName);
    process.env.DATABASE_CLIENT = 'postgres';
    process.env.DATABASE_URL = db.url;
    process.env.DATABASE_POOL_MIN = '0';
    process.env.DATABASE_POOL_MAX = '5';
    cleanups.push(db.drop);
  }
  const publicDir = options.publicDir ?? mkdtempSync(join(tmpdir(), 'cchc-public-'));
  if (!existsSync(join(publicDir, 'uploads'))) mkdirSync(join(publicDir, 'uploads'), { recursive: true });
  if (template) cpSync(template.uploadsDir, join(publicDir, 'uploads'), { recursive: true });
  process.env.PUBLIC_DIR = publicDir;
  if (!options.publicDir) cleanups.push(() => rmSync(publicDir, { recursive: true, force: true }));
  Object.assign(process.env, env);

  forgetLoginAttempts();
  const restoreListeners = snapshotProcessListeners();
  const app = createStrapi({
    appDir: CMS_DIR,
    distDir: resolve(CMS_DIR, 'dist'),
    serveAdminPanel: options.serveAdminPanel ?? false,
  });
  let strapi: Core.Strapi;
  try {
    strapi = await app.load();
  } catch (error) {
    // A CMS that refuses to start (a test may want that) leaves nothing behind either.
    await app.destroy().catch(() => undefined);
    restoreListeners();
    for (const cleanup of cleanups.reverse()) await cleanup();
    throw error;
  }

  await new Promise<void>((ok) => strapi.server.listen(0, '127.0.0.1', () => ok()));
  // Node closes an idle kept-alive connection after 5 s, as fetch may be sending on it again: on a
  // busy machine the two cross and the request fails with ECONNRESET. Tests keep them a minute.
  strapi.server.httpServer.keepAliveTimeout = 60_000;
  const { port } = strapi.server.httpServer.address() as AddressInfo;

  return {
    strapi,
    url: `http://127.0.0.1:${port}`,
    database,
    stop: async () => {
      await strapi.destroy();
      restoreListeners();
      for (const cleanup of cleanups.reverse()) await cleanup();
    },
  };
}

/** A Content API token of Strapi's built-in read-only kind (what a press outlet would get). */
export async function createReadOnlyToken(strapi: Core.Strapi, name = 'test read-only'): Promise<string> {
  const token = await strapi.service('admin::api-token').create({
    name,
    type: 'read-only',
    lifespan: null,
    description: 'tests',
  });
  return token.accessKey as string;
}
