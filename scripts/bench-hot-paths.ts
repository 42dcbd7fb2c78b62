/**
 * The cost of the rate limits and of the listener lease on the hot paths (issue 17): a public
 * API read and a press read at 50 connections, side by side in one run, on PostgreSQL. Four
 * set-ups of the CMS process that serves the reads, each a process of its own on one database:
 *   - `bare`: no rate limit (API_RATE_LIMIT_ENABLED=false), and it takes no part in delivering
 *     events (EVENTS_POLL_MS of an hour: after its start it claims no lease);
 *   - `limiter`: the public API's rate limit on, every address counted (API_RATE_LIMIT_EXEMPT
 *     set but empty) and limits far above the load, so that every request takes a token and none
 *     is refused;
 *   - `delivering`: no rate limit, and it delivers: its periodic pass every 200 ms (EVENTS_POLL_MS;
 *     25 times the default's) claims each listener's lease when free, hands it the events another
 *     process wrote, renews the lease at each cursor step and gives it up;
 *   - `both`: the rate limit on and delivering, as in production (with a 25 times faster pass).
 * In every set-up a writer process on the same database (this script with `--writer`) updates
 * and publishes a topic twice a second (four events a second), and delivers them itself; a
 * receiver stands in for the site publisher. So the writes cost the same everywhere, and what
 * differs is the reading process's own work.
 *
 * The press read always takes its outlet's token bucket: the press has no switch for it (its
 * limit is the outlet's own, set here far above the load). Across `bare` and `limiter` its
 * figures differ only by the machine's noise: a yardstick for the public API's difference.
 *
 * Rounds: each round starts each set-up's process in turn, warms it up, measures the public read
 * and the press read of one article (`GET /api/articles/<id>?locale=vi`, with the public API's
 * fixed populate; the press item, ninjs), and stops it; other load on the shared machine so
 * falls on every set-up. Prints requests/s, p50 and p99 (means over the rounds), and each
 * set-up's ratios to `bare`. The figures of the first run: docs/operations.md.
 *
 *   npm run bench:hot-paths
 *   npm run bench:hot-paths -- --seconds 10 --rounds 3 --connections 50 --documents 100
 *   npm run bench:hot-paths -- --smoke   # a corpus of 10, `bare` and `both` only (each set-up
 *                                        # is a CMS start), one round of 20 requests a read at
 *                                        # 10 connections
 *
 * Needs: `npm install`, PostgreSQL (TEST_DATABASE_URL, or the server binaries for a throwaway
 * cluster: scripts/lib/prepare.ts). Prints `FIGURE hot-paths.<set-up>.<read>.<what>` lines.
 */
import '@cchc/runtime/check';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { UID } from '@strapi/strapi';
import { prepareBench, smoke, smokeOption } from './lib/prepare';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: smoke ? '1' : '3' },
    connections: { type: 'string', default: smoke ? '10' : '50' },
    documents: { type: 'string', default: smoke ? '10' : '100' },
    // The CMS's log level: `http` (production's default) writes a line for every request.
    log: { type: 'string', default: 'http' },
    /** Internal: this process is the writer (see the header). */
    writer: { type: 'boolean', default: false },
    ...smokeOption,
  },
});

/** The writer: the real CMS on the shared database, a change every half-second until SIGTERM. */
async function writer(): Promise<void> {
  const { uidOf } = await import('@cchc/content-types');
  const { bootCms } = await import('../tests/support/strapi');
  const cms = await bootCms('postgres', {}, { databaseUrl: process.env.CMS_DATABASE_URL });
  const topics = cms.strapi.documents(uidOf('topic') as UID.ContentType);
  const code = `bench-${process.pid}`;
  const { documentId } = (await topics.create({ locale: 'vi', data: { name: `Chuyên đề ${code}`, code } } as never)) as { documentId: string };
  let changes = 0;
  let stopping = false;
  console.log('WRITER_READY');
  const stop = () => void (stopping = true);
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  while (!stopping) {
    const started = Date.now();
    await topics.update({ documentId, locale: 'vi', data: { name: `Chuyên đề ${code} (${changes})` } } as never);
    await topics.publish({ documentId, locale: 'vi' } as never);
    changes += 1;
    await new Promise((resume) => setTimeout(resume, Math.max(0, 500 - (Date.now() - started))));
  }
  console.log(`WRITER_CHANGES ${changes}`);
  await cms.stop();
  process.exit(0);
}

interface SetUp {
  key: 'bare' | 'limiter' | 'delivering' | 'both';
  limiter: boolean;
  delivering: boolean;
}

const SET_UPS: SetUp[] = [
  { key: 'bare', limiter: false, delivering: false },
  { key: 'limiter', limiter: true, delivering: false },
  { key: 'delivering', limiter: false, delivering: true },
  { key: 'both', limiter: true, delivering: true },
];
/** The smoke run starts two processes instead of four: the same path, each switch once. */
const MEASURED = smoke ? SET_UPS.filter((setUp) => setUp.key === 'bare' || setUp.key === 'both') : SET_UPS;
const READS = ['public', 'press'] as const;
type Read = (typeof READS)[number];

interface Figures {
  rps: number[];
  p50: number[];
  p99: number[];
  failures: number;
}

const mean = (xs: number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;

function envOf(setUp: SetUp): Record<string, string> {
  const limiter: Record<string, string> = setUp.limiter
    ? { API_RATE_LIMIT_ENABLED: 'true', API_RATE_LIMIT_EXEMPT: '', API_RATE_LIMIT_PER_MINUTE: '1000000000', API_RATE_LIMIT_BURST: '1000000000' }
    : { API_RATE_LIMIT_ENABLED: 'false' };
  return { ...limiter, EVENTS_POLL_MS: setUp.delivering ? '200' : '3600000' };
}

async function main(): Promise<void> {
  // Before anything imports the compiled CMS (cms/dist): a fresh clone has none yet.
  const prepared = prepareBench({ postgres: true });
  const { default: autocannon } = await import('autocannon');
  const { spawn } = await import('node:child_process');
  const { PRESS_CHANGES_PATH, PRESS_ITEMS_PATH } = await import('@cchc/content-types');
  const { startCmsProcess, stopProcess } = await import('../tests/support/processes');
  const { createTestDatabase } = await import('../tests/support/postgres');
  const { untilTokenAccepted } = await import('../tests/support/press');
  const { figure } = await import('./lib/figures');
  const { firstRequest } = await import('./lib/first-request');

  const seconds = Number(values.seconds);
  const rounds = Number(values.rounds);
  const connections = Number(values.connections);
  const round = smoke ? { amount: 20 } : { duration: seconds };
  const warmUp = smoke ? { amount: 10 } : { duration: 2 };

  const scratch = mkdtempSync(join(tmpdir(), 'cchc-bench-hot-paths-'));
  const database = await createTestDatabase();
  // Stands in for the site publisher: the notifier's POSTs are answered at once.
  const receiver = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(202).end());
  });
  await new Promise<void>((ok) => receiver.listen(0, '127.0.0.1', () => ok()));
  const shared = {
    CMS_DATABASE: 'postgres',
    CMS_DATABASE_URL: database.url,
    TEST_STRAPI_LOG: values.log!,
    SITE_PUBLISHER_URL: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`,
    SITE_PUBLISHER_SECRET: `whsec_${randomBytes(32).toString('base64')}`,
    // Item reads link the public site's pages.
    PUBLIC_SITE_URL: 'https://cchc.soctrang.gov.vn',
  };
  let writerChild: ReturnType<typeof spawn> | undefined;
  let reader: Awaited<ReturnType<typeof startCmsProcess>> | undefined;
  try {
    // The corpus and one outlet, whose limit is far above the load: the first start, alone.
    console.log(`Loading a corpus of ${values.documents} documents (PostgreSQL)...`);
    const tokenFile = join(scratch, 'press-token');
    const first = await startCmsProcess({
      ...shared,
      CMS_SEED: `corpus:${values.documents}`,
      CMS_PRESS_OUTLET: 'Benchmark',
      CMS_PRESS_TOKEN_FILE: tokenFile,
      CMS_PRESS_RATE_PER_MINUTE: '1000000000',
    });
    const token = readFileSync(tokenFile, 'utf8').trim();
    const auth = { Authorization: `Bearer ${token}` };
    // The press item to read: an article of the change feed.
    await untilTokenAccepted(first.url, token);
    const feed = await fetch(`${first.url}${PRESS_CHANGES_PATH}?limit=100`, { headers: auth });
    if (!feed.ok) throw new Error(`the change feed: ${feed.status} ${await feed.text()}`);
    const page = (await feed.json()) as { data: { type: string; documentId: string; locale: string; change: string }[] };
    const article = page.data.find((entry) => entry.type === 'article' && entry.locale === 'vi' && entry.change !== 'deleted');
    if (!article) throw new Error('No article in the first page of the change feed');
    await stopProcess(first.child);

    writerChild = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench-hot-paths.ts', '--writer'], {
      env: { ...process.env, ...shared },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((ok, fail) => {
      let output = '';
      const keep = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('WRITER_READY')) ok();
      };
      writerChild!.stdout!.on('data', keep);
      writerChild!.stderr!.on('data', keep);
      writerChild!.on('exit', (code) => fail(new Error(`the writer exited (${code}):\n${output.slice(-3000)}`)));
    });
    console.log('The writer changes a topic twice a second.');

    const start = async (setUp: SetUp) => {
      const cms = await startCmsProcess({ ...shared, CMS_SEED: 'none', ...envOf(setUp) });
      await untilTokenAccepted(cms.url, token);
      return cms;
    };

    const paths: Record<Read, { path: string; headers?: Record<string, string> }> = {
      public: { path: `/api/articles/${article.documentId}?locale=vi` },
      press: { path: `${PRESS_ITEMS_PATH}/article/${article.documentId}?locale=vi`, headers: auth },
    };
    console.log(`${connections} connections, ${smoke ? `${round.amount} requests` : `${seconds} s`} a read, ${rounds} round(s); the CMS logs at "${values.log}".`);

    const figures = new Map<string, Figures>();
    const at = (setUp: SetUp, read: Read) => {
      const key = `${setUp.key}.${read}`;
      if (!figures.has(key)) figures.set(key, { rps: [], p50: [], p99: [], failures: 0 });
      return figures.get(key)!;
    };
    const empty: string[] = [];
    for (let r = 1; r <= rounds; r += 1) {
      for (const setUp of MEASURED) {
        reader = await start(setUp);
        for (const read of READS) {
          const { path, headers } = paths[read];
          await firstRequest(`${reader.url}${path}`, headers);
          await autocannon({ url: `${reader.url}${path}`, headers, connections: 10, ...warmUp });
        }
        for (const read of READS) {
          const { path, headers } = paths[read];
          const result = await autocannon({ url: `${reader.url}${path}`, headers, connections, ...round });
          const f = at(setUp, read);
          f.rps.push(result.requests.average);
          f.p50.push(result.latency.p50);
          f.p99.push(result.latency.p99);
          f.failures += result.non2xx + result.errors + result.timeouts;
          if (result.requests.total === 0) empty.push(`round ${r} ${setUp.key} ${read}`);
          console.log(`  round ${r} ${setUp.key.padEnd(10)} ${read.padEnd(6)}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
        }
        await stopProcess(reader.child);
        reader = undefined;
      }
    }

    console.log('\nMeans over the rounds; ratios to `bare` (throughput: higher is better; p99: lower is better):');
    console.log('set-up      read      req/s    p50 ms   p99 ms   throughput   p99');
    for (const setUp of MEASURED) {
      for (const read of READS) {
        const f = at(setUp, read);
        const base = at(SET_UPS[0]!, read);
        const throughput = mean(f.rps) / mean(base.rps);
        const p99 = mean(f.p99) / mean(base.p99);
        const flags = f.failures ? `   (${f.failures} failed)` : '';
        console.log(
          `${setUp.key.padEnd(11)} ${read.padEnd(7)} ${mean(f.rps).toFixed(0).padStart(7)} ${mean(f.p50).toFixed(1).padStart(9)} ${mean(f.p99).toFixed(1).padStart(8)}` +
            `   ${throughput.toFixed(2).padStart(9)}×   ${p99.toFixed(2)}×${flags}`,
        );
        figure(`hot-paths.${setUp.key}.${read}.requests`, mean(f.rps), 'req/s');
        figure(`hot-paths.${setUp.key}.${read}.p50`, mean(f.p50), 'ms');
        figure(`hot-paths.${setUp.key}.${read}.p99`, mean(f.p99), 'ms');
        figure(`hot-paths.${setUp.key}.${read}.throughput-vs-bare`, throughput, 'x');
        figure(`hot-paths.${setUp.key}.${read}.p99-vs-bare`, p99, 'x');
        figure(`hot-paths.${setUp.key}.${read}.failures`, f.failures, 'responses');
      }
    }
    if (empty.length) {
      console.error(`\nNo request was answered in: ${empty.join(', ')}. These figures measure nothing.`);
      process.exitCode = 1;
    }
  } finally {
    if (reader) await stopProcess(reader.child);
    await stopProcess(writerChild);
    await new Promise((ok) => receiver.close(() => ok(undefined)));
    await database.drop();
    rmSync(scratch, { recursive: true, force: true });
    prepared.stop();
  }
}

if (values.writer) await writer();
else await main();
