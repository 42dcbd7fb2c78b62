/**
 * Template databases: the state a first start leaves (`empty`) and the same with the demo
 * content loaded (`demo`), each made once per run and then copied for every boot that asks for
 * it: a file copy on SQLite, `CREATE DATABASE … TEMPLATE` on PostgreSQL, and the uploads folder
 * beside it. A boot from a template skips the schema sync and the seed: about 1.5 s instead of
 * 5–10 s, and a copy instead of a demo seed.
 *
 * The global setups name the folder in CCHC_TEST_TEMPLATES (./run-setup.ts) and remove it, and
 * the PostgreSQL templates, at the end. Without it (a benchmark, a CMS started by hand) every boot
 * is fresh.
 *
 * The templates are made with NODE_ENV=production and no ADMIN_EMAIL, so they hold no
 * administrator: each boot creates the one its own environment asks for, as a first start does.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { testSecrets, type DatabaseKind, type RunningCms } from './strapi';
import { runSeedScript } from './demo';
import { createDatabaseNamed } from './postgres';
import { templateRunId } from './run-setup';

export type TemplateState = 'empty' | 'demo';

/** Beside the `demo` template: what the seed script that made it printed. */
export const SEED_OUTPUT = 'seed-output.txt';

/**
 * The hook timeout of a boot that may make the demo template (the first such boot of a run
 * seeds the demo: about a minute, several on a busy machine). Other boots keep vitest's
 * hookTimeout of three minutes, so that a hung boot fails soon.
 */
export const DEMO_BOOT_TIMEOUT_MS = 10 * 60_000;

export interface Template {
  /** SQLite: the database file to copy. */
  sqliteFile?: string;
  /** PostgreSQL: the template database's name. */
  postgresName?: string;
  /** The uploads folder that goes with it. */
  uploadsDir: string;
}

type Boot = (
  database: DatabaseKind,
  env: Record<string, string>,
  options: { from: 'fresh' | TemplateState; databaseUrl?: string; publicDir?: string },
) => Promise<RunningCms>;

export function templatesDir(): string | undefined {
  return process.env.CCHC_TEST_TEMPLATES || undefined;
}

/** The template for `state` on `database`, made now if this run has not made it yet. */
export async function templateFor(database: DatabaseKind, state: TemplateState, boot: Boot): Promise<Template | undefined> {
  const root = templatesDir();
  if (!root) return undefined;
  const dir = join(root, `${database}-${state}`);
  if (!existsSync(join(dir, 'ready'))) await oneMaker(dir, () => makeTemplate(root, dir, database, state, boot));
  const about = JSON.parse(readFileSync(join(dir, 'ready'), 'utf8')) as { postgresName?: string };
  return {
    sqliteFile: database === 'sqlite' ? join(dir, 'data.db') : undefined,
    postgresName: about.postgresName,
    uploadsDir: join(dir, 'public', 'uploads'),
  };
}

/**
 * Test files run two at a time, each in its own worker process: the first to ask makes the
 * template, holding a lock folder (mkdir is atomic); the others wait for its `ready` file. A lock
 * left by a worker that died is taken over.
 */
async function oneMaker(dir: string, make: () => Promise<void>): Promise<void> {
  const lock = `${dir}.lock`;
  for (;;) {
    if (existsSync(join(dir, 'ready'))) return;
    try {
      mkdirSync(lock);
    } catch {
      if (!holderAlive(lock)) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 250));
      continue;
    }
    try {
      writeFileSync(join(lock, 'pid'), String(process.pid));
      if (!existsSync(join(dir, 'ready'))) await make();
      return;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

function holderAlive(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    return true; // just made, its pid not yet written
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function makeTemplate(root: string, dir: string, database: DatabaseKind, state: TemplateState, boot: Boot): Promise<void> {
  // Made aside and renamed into place, so that a half-made template is never used.
  const work = `${dir}.making-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'public', 'uploads'), { recursive: true });
  // The demo starts from the empty template: it is made first.
  const empty = state === 'demo' ? await templateFor(database, 'empty', boot) : undefined;
  const postgresName = database === 'postgres' ? `cchc_tpl_${templateRunId(root)}_${state}` : undefined;
  const databaseUrl = postgresName ? await createDatabaseNamed(postgresName, empty?.postgresName) : undefined;
  if (empty) {
    if (empty.sqliteFile) cpSync(empty.sqliteFile, join(work, 'data.db'));
    cpSync(empty.uploadsDir, join(work, 'public', 'uploads'), { recursive: true });
  }
  if (state === 'demo') {
    // What `npm start` runs before it starts the CMS on an empty database.
    await seedTemplate(database, work, databaseUrl);
  } else {
    // A first start for real: the schema, the migrations and the first-start steps.
    const cms = await boot(
      database,
      { NODE_ENV: 'production', ADMIN_EMAIL: '', ADMIN_PASSWORD: '', DATABASE_FILENAME: join(work, 'data.db') },
      { from: 'fresh', databaseUrl, publicDir: join(work, 'public') },
    );
    await cms.stop();
  }
  writeFileSync(join(work, 'ready'), JSON.stringify({ postgresName }));
  rmSync(dir, { recursive: true, force: true });
  renameSync(work, dir);
}

/**
 * `npm start`'s seed step, `node cms/dist/scripts/seed.js --if-empty`, as a process of its own on
 * the template being made: the demo content, and its editorial desk (the CMS is on loopback).
 */
async function seedTemplate(database: DatabaseKind, work: string, databaseUrl: string | undefined): Promise<void> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...testSecrets(),
    NODE_ENV: 'production',
    ADMIN_EMAIL: '',
    ADMIN_PASSWORD: '',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.TEST_STRAPI_LOG ?? 'warn',
    STRAPI_TELEMETRY_DISABLED: 'true',
    SITE_PUBLISHER_URL: '',
    PUBLIC_DIR: join(work, 'public'),
    DATABASE_CLIENT: database,
    DATABASE_FILENAME: join(work, 'data.db'),
    DATABASE_URL: databaseUrl ?? '',
    DATABASE_POOL_MIN: '0',
    DATABASE_POOL_MAX: '5',
  };
  const { code, output } = await runSeedScript(['--if-empty'], env);
  if (code !== 0) throw new Error(`the demo seed (cms/dist/scripts/seed.js --if-empty) failed (exit ${code}):\n${output}`);
  // What it did is part of what the seed test checks (tests/cms/seed.test.ts).
  writeFileSync(join(work, SEED_OUTPUT), output);
}
