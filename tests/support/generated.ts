/**
 * One seed policy for every test that generates its inputs (docs/testing.md, "Two depths"):
 *  - `npm test` (what CI runs): a fixed seed and a small budget, enough to catch a regression;
 *  - `npm run test:deep` (TEST_DEPTH=deep): the long search, with a seed from today's date, so
 *    that each day searches new inputs;
 *  - `<NAME>_SEED` and `<NAME>_RUNS` replay a printed run exactly, at either depth.
 * The seed and budget are printed with the line that replays them.
 */

/** The seed of every generated test when nothing else is asked for. */
export const FIXED_SEED = 20261207;

export type Depth = 'ci' | 'deep';

export const depth: Depth = process.env.TEST_DEPTH === 'deep' ? 'deep' : 'ci';

/** Today as a number, e.g. 20261207: the deep run's seed. */
export function dateSeed(now = new Date()): number {
  return Number(now.toISOString().slice(0, 10).replaceAll('-', ''));
}

export interface Generated {
  seed: number;
  runs: number;
  /** The environment that replays this run, e.g. "FUZZ_SEED=20261207 FUZZ_RUNS=2000". */
  replay: string;
}

/**
 * The seed and budget for the generated test `name` (its variables are `<name>_SEED` and
 * `<name>_RUNS`), printed once with the line that replays it.
 */
export function generated(name: string, budget: Record<Depth, number>, label = name): Generated {
  const seed = readInt(`${name}_SEED`) ?? (depth === 'deep' ? dateSeed() : FIXED_SEED);
  const runs = readInt(`${name}_RUNS`) ?? budget[depth];
  const replay = `${name}_SEED=${seed} ${name}_RUNS=${runs}`;
  console.log(`[${label}] ${depth} run: seed ${seed}, ${runs} runs (${replay} replays it)`);
  return { seed, runs, replay };
}

function readInt(variable: string): number | undefined {
  const raw = process.env[variable];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw new Error(`${variable} must be a whole number, not "${raw}"`);
  return value;
}
