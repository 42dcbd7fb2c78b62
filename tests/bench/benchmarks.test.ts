/**
 * Every benchmark still runs: each `bench:*` script of the root package.json (read from it, so a
 * new benchmark is in this test from its first day) runs as `npm run bench:X -- --smoke`, the
 * tiny run of the same path (scripts/lib/prepare.ts), as a child process. It must end with
 * exit code 0 and print its figures (`FIGURE <name> <number> <unit>`, scripts/lib/figures.ts).
 *
 * The benchmarks inherit this run's PostgreSQL (TEST_DATABASE_URL), its compiled CMS
 * (CCHC_TEST_COMPILED) and its template databases (CCHC_TEST_TEMPLATES) from the global setup.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFigures } from '../../scripts/lib/figures';
import { ROOT } from '../support/paths';

const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const benchmarks = Object.keys(scripts).filter((name) => name.startsWith('bench:'));

// A smoke run takes under a minute on a quiet machine; a busy shared one is several times slower.
const LIMIT_MS = 8 * 60_000;

interface Run {
  code: number | null;
  output: string;
  seconds: number;
}

/** The environment a person's shell has: not vitest's own (NODE_ENV=test, VITEST_*). */
function shellEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));
}

function runSmoke(script: string): Promise<Run> {
  const started = performance.now();
  // A process group of its own: at the time limit, one signal stops the benchmark and all it started.
  const child = spawn('npm', ['run', script, '--', '--smoke'], { cwd: ROOT, env: shellEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const signal = (name: NodeJS.Signals) => () => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // gone already
    }
  };
  // SIGTERM first: the benchmark stops its throwaway PostgreSQL (prepareBench).
  const timers = [setTimeout(signal('SIGTERM'), LIMIT_MS - 30_000), setTimeout(signal('SIGKILL'), LIMIT_MS - 10_000)];
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      timers.forEach(clearTimeout);
      resolve({ code, output, seconds: (performance.now() - started) / 1000 });
    });
  });
}

describe('the benchmarks in their smoke mode', () => {
  it('finds the benchmarks in package.json', () => {
    expect(benchmarks).toEqual(expect.arrayContaining(['bench:build', 'bench:api', 'bench:publish']));
  });

  it.each(benchmarks)(
    'npm run %s -- --smoke exits 0 and prints its figures',
    async (script) => {
      const run = await runSmoke(script);
      const figures = parseFigures(run.output);
      const listed = figures.map((f) => `${f.name} ${f.value} ${f.unit}`).join('; ');
      console.log(`${script} --smoke: exit ${run.code} in ${run.seconds.toFixed(1)} s, ${figures.length} figures: ${listed}`);
      const tail = run.output.slice(-6000);
      expect(run.code, `${script} --smoke failed; the end of its output:\n${tail}`).toBe(0);
      expect(
        figures.filter((f) => Number.isFinite(f.value)).length,
        `${script} --smoke printed no FIGURE line with a finite number; the end of its output:\n${tail}`,
      ).toBeGreaterThan(0);
    },
    LIMIT_MS,
  );
});
