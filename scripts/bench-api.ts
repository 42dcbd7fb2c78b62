/**
 * Content API benchmark, before and after the public allow-list, in one run: the commit before
 * it (default b9766f0, or --before <commit>) is extracted with `git archive` into a temporary
 * folder that shares this checkout's node_modules, both CMSes are started on SQLite with the
 * same generated corpus, and autocannon measures `GET /api/articles` (25 a page, the fixed
 * populate) at 50 connections on each, alternating rounds so that other load on the machine
 * falls on both. Prints requests/s and p99 per side and the difference (means over the rounds).
 * The slowest request of the fuzz test is in its own output (`[fuzz <db>] ... slowest`).
 * Each CMS first answers one request alone (scripts/lib/first-request.ts: the first after a start
 * can take many seconds). A round that completes no request makes the run exit 1.
 *
 *   npm run bench:api
 *   npm run bench:api -- --documents 200 --seconds 15 --rounds 2
 *   npm run bench:api -- --smoke   # both sides, 10 documents, one round of 20 requests at 10
 *                                  # connections (a count, not a time: a busy machine still answers some)
 *
 * Needs: `npm install` and the git history (the commit before). It compiles the CMS itself
 * (scripts/lib/prepare.ts); both CMSes run on SQLite on free ports. Prints `FIGURE api.<what>`
 * lines (scripts/lib/figures.ts).
 */
import '@cchc/runtime/check';
import { createRequire } from 'node:module';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { populateOf, populateQuery, publicEndpointOf } from '@cchc/content-types';
import { startCmsProcess, stopProcess } from '../tests/support/processes';
import { checkoutBefore } from './lib/checkout';
import { figure } from './lib/figures';
import { firstRequest } from './lib/first-request';
import { prepareBench, smoke, smokeOption } from './lib/prepare';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');
const { values } = parseArgs({
  options: {
    before: { type: 'string', default: 'b9766f0' },
    documents: { type: 'string', default: smoke ? '10' : '200' },
    seconds: { type: 'string', default: '15' },
    rounds: { type: 'string', default: smoke ? '1' : '2' },
    connections: { type: 'string', default: smoke ? '10' : '50' },
    ...smokeOption,
  },
});
/** A round's load: so many seconds, or in the smoke run so many requests. */
const ROUND = smoke ? { amount: 20 } : { duration: Number(values.seconds) };
const WARM_UP = smoke ? { amount: 10 } : { duration: 3 };

const PATH = `/api/articles?pagination[pageSize]=25&${populateQuery(populateOf('article'))}`;

interface Figures {
  rps: number[];
  p99: number[];
  non2xx: number;
  /** Connection errors and timeouts (autocannon's 10 s): the machine was saturated. */
  errors: number;
}

async function measure(url: string, load: { amount: number } | { duration: number }): Promise<autocannon.Result> {
  return autocannon({ url: `${url}${PATH}`, connections: Number(values.connections), ...load });
}

/**
 * What the allow-list adds to one request, measured without the network or the database: the
 * check of the parsed query and the round trip through Strapi's own query-string parser that
 * setting ctx.query causes. Exact where the side-by-side figures are noisy (a shared machine).
 */
function allowListMsPerRequest(iterations = smoke ? 200 : 5000): number {
  // Compiled by prepareBench, so read only now.
  const require = createRequire(import.meta.url);
  const { publicQuery } = require(join(ROOT, 'cms', 'dist', 'src', 'public-api', 'query.js')) as {
    publicQuery: (endpoint: unknown, action: string, query: Record<string, unknown>) => Record<string, unknown>;
  };
  // Strapi's own qs, with the options of its query middleware.
  const qs = createRequire(require.resolve('@strapi/core'))('qs') as typeof import('node:querystring') & {
    parse: (s: string, o: object) => Record<string, unknown>;
    stringify: (o: object) => string;
  };
  const options = { strictNullHandling: true, arrayLimit: 100, depth: 20 };
  const endpoint = publicEndpointOf('article');
  const querystring = PATH.split('?')[1]!;
  const started = performance.now();
  for (let i = 0; i < iterations; i += 1) {
    const checked = publicQuery(endpoint, 'find', qs.parse(querystring, options));
    qs.parse(qs.stringify(checked), options);
  }
  return (performance.now() - started) / iterations;
}

const mean = (xs: number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;

async function main() {
  prepareBench({ postgres: false });
  const before = checkoutBefore(ROOT, values.before!);
  const env = { CMS_DATABASE: 'sqlite', CMS_SEED: `corpus:${values.documents}`, LOG_LEVEL: 'warn' };
  const sides = { before: { dir: before }, after: { dir: ROOT } } as const;
  const running: Record<string, Awaited<ReturnType<typeof startCmsProcess>>> = {};
  const figures: Record<string, Figures> = { before: { rps: [], p99: [], non2xx: 0, errors: 0 }, after: { rps: [], p99: [], non2xx: 0, errors: 0 } };
  /** Rounds in which no request was answered: their figures measure nothing. */
  const empty: string[] = [];
  try {
    for (const [name, side] of Object.entries(sides)) {
      console.log(`Starting the ${name} CMS with ${values.documents} documents...`);
      running[name] = await startCmsProcess(env, side.dir);
      const first = await firstRequest(`${running[name]!.url}${PATH}`);
      console.log(`  first request alone: ${first.toFixed(0)} ms`);
      await measure(running[name]!.url, WARM_UP);
    }
    for (let round = 1; round <= Number(values.rounds); round += 1) {
      for (const name of round % 2 ? ['before', 'after'] : ['after', 'before']) {
        const result = await measure(running[name]!.url, ROUND);
        figures[name]!.rps.push(result.requests.average);
        figures[name]!.p99.push(result.latency.p99);
        figures[name]!.non2xx += result.non2xx;
        figures[name]!.errors += result.errors + result.timeouts;
        if (result.requests.total === 0) empty.push(`round ${round} ${name}`);
        console.log(`round ${round} ${name.padEnd(6)} ${result.requests.average.toFixed(1)} req/s, p99 ${result.latency.p99} ms`);
      }
    }
  } finally {
    await Promise.all(Object.values(running).map((r) => stopProcess(r.child)));
    rmSync(before, { recursive: true, force: true });
  }
  const [b, a] = [figures.before!, figures.after!];
  const cost = (1 - mean(a.rps) / mean(b.rps)) * 100;
  console.log(`\nGET ${PATH.split('&')[0]}&<fixed populate>, ${values.connections} connections, SQLite, ${values.documents} documents`);
  console.log(`before (${values.before}): ${mean(b.rps).toFixed(1)} req/s, p99 ${mean(b.p99).toFixed(0)} ms, non-2xx ${b.non2xx}, errors/timeouts ${b.errors}`);
  console.log(`after  (allow-list): ${mean(a.rps).toFixed(1)} req/s, p99 ${mean(a.p99).toFixed(0)} ms, non-2xx ${a.non2xx}, errors/timeouts ${a.errors}`);
  console.log(`allow-list cost side by side: ${cost.toFixed(1)}% of throughput (target < 10%)`);
  const work = allowListMsPerRequest();
  // An upper bound: the first parse happens without the allow-list too.
  console.log(
    `allow-list work per request, in process: at most ${(work * 1000).toFixed(0)} µs, against ${(1000 / mean(a.rps)).toFixed(0)} ms ` +
      `of the CMS's single thread per request at the measured throughput (${((work * mean(a.rps)) / 10).toFixed(2)}%)`,
  );
  for (const [side, f] of [['before', b], ['after', a]] as const) {
    figure(`api.${side}.requests`, mean(f.rps), 'req/s');
    figure(`api.${side}.p99`, mean(f.p99), 'ms');
    figure(`api.${side}.non-2xx`, f.non2xx, 'responses');
    figure(`api.${side}.errors`, f.errors, 'errors');
  }
  figure('api.allow-list.throughput-cost', cost, '%');
  figure('api.allow-list.work-per-request', work * 1000, 'µs');
  if (empty.length) {
    console.error(`\nNo request was answered in: ${empty.join(', ')}. These figures measure nothing (a saturated machine, or a server that hangs).`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
