/**
 * What every project's global setup needs once per run (they all run in vitest's main process,
 * so process.env carries what one has done to the next, and on to the test workers):
 *  - the CMS compiled into cms/dist (and @cchc/content-types built), once, not once per project;
 *  - a folder for the run's template databases (./templates.ts), removed with them at the end.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths';
import { dropDatabasesStartingWith } from './postgres';

/** Builds @cchc/content-types and compiles the CMS, unless this run already has. */
export function compileCmsOnce(compile: () => void = compileWithTsc): void {
  if (process.env.CCHC_TEST_COMPILED === '1') return;
  compile();
  process.env.CCHC_TEST_COMPILED = '1';
}

function compileWithTsc(): void {
  const run = (args: string[]) => execFileSync('npx', args, { cwd: ROOT, stdio: 'inherit' });
  run(['tsc', '-p', 'content-types/tsconfig.json']);
  run(['tsc', '-p', 'cms/tsconfig.json']);
}

/**
 * Names the run's templates folder in CCHC_TEST_TEMPLATES (unless a caller already did) and
 * returns the teardown that removes it and its PostgreSQL templates; a no-op for the project
 * that did not create it.
 */
export function prepareTemplates(): () => Promise<void> {
  if (process.env.CCHC_TEST_TEMPLATES) return async () => undefined;
  const dir = mkdtempSync(join(tmpdir(), 'cchc-templates-'));
  process.env.CCHC_TEST_TEMPLATES = dir;
  return async () => {
    if (process.env.TEST_DATABASE_URL) await dropDatabasesStartingWith(`cchc_tpl_${templateRunId(dir)}`).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    delete process.env.CCHC_TEST_TEMPLATES;
  };
}

/** A short name for a run, from its templates folder (PostgreSQL template names carry it). */
export function templateRunId(dir: string): string {
  return dir.replace(/[^a-zA-Z0-9]/g, '').slice(-8).toLowerCase();
}
