/**
 * What every benchmark needs before it measures, so that each runs from a fresh clone after
 * `npm install`:
 *  - the CMS compiled into cms/dist (benchmarks boot it and import its compiled modules);
 *  - a PostgreSQL server for those that use one: TEST_DATABASE_URL when set (`npm test`'s
 *    throwaway cluster, or a server you may create databases on), else a throwaway cluster of
 *    our own (scripts/postgres-throwaway.sh), stopped at the end;
 *  - the smoke mode (`--smoke`): tiny and fast, the same path end to end, so that a test can run
 *    every benchmark and none rots (tests/bench/).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCmsOnce } from '../../tests/support/run-setup';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..', '..');

/** `--smoke` on the command line (or BENCH_SMOKE=1): the tiny run the smoke test makes. */
export const smoke = process.argv.includes('--smoke') || process.env.BENCH_SMOKE === '1';

/** `--smoke` for node:util's parseArgs, which refuses an option it was not told of. */
export const smokeOption = { smoke: { type: 'boolean', default: false } } as const;

export interface Prepared {
  /** Stops what prepareBench started (the throwaway PostgreSQL). */
  stop: () => void;
}

export function prepareBench(needs: { postgres?: boolean } = {}): Prepared {
  compileCmsOnce();
  if (!needs.postgres || process.env.TEST_DATABASE_URL) return { stop: () => undefined };

  const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-pg-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const script = join(ROOT, 'scripts', 'postgres-throwaway.sh');
  console.log('[bench] starting a throwaway PostgreSQL (TEST_DATABASE_URL is not set)…');
  process.env.TEST_DATABASE_URL = execFileSync('bash', [script, 'start', join(dir, 'data'), String(port)], { encoding: 'utf8' }).trim();
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      execFileSync('bash', [script, 'stop', join(dir, 'data')], { stdio: 'ignore' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  process.once('exit', stop);
  // Stopped (Ctrl-C, or the smoke test's time limit), the cluster goes too: 'exit' alone does
  // not run on a signal.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stop();
      process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
    });
  }
  return { stop };
}
