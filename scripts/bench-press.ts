/**
 * Press API benchmark (issue 9's target), in one run on one machine: autocannon at 50
 * connections against
 *   - a static file served by the site's own server (site/server/serve.mjs): the yardstick,
 *     holding the same bytes as the change feed's page, so that only the serving differs;
 *   - a change feed page (`/api/press/changes?limit=100`, the first page of a backfill);
 *   - an item read (`/api/press/items/article/<id>?locale=vi`, ninjs);
 *   - Strapi's own `GET /api/articles` with the public API's populate, for comparison
 *     (`populate=*` itself is refused with 400 by the public allow-list, so the fixed populate
 *     it allows is what a caller can ask).
 * Targets run in rounds, in turn, so that other load on the shared machine falls on all of them.
 * Prints requests/s, p50 and p99 (means over the rounds) and each target's ratio to the static
 * file: the target is ≥ 80 % of its throughput and ≤ 1.5× its p99. Each target first answers one
 * request alone (scripts/lib/first-request.ts); a round that completes no request makes the run
 * exit 1.
 *
 *   npm run bench:press
 *   npm run bench:press -- --seconds 10 --rounds 3 --connections 50 --log warn
 *   npm run bench:press -- --smoke   # a corpus of 10 documents instead of the demo (whose seed
 *                                    # alone takes a minute or more), one round of 20 requests a
 *                                    # target at 10 connections (a count, not a time: a busy
 *                                    # machine still answers some)
 * The CMS runs at log level `http` by default, as in production: the door logs every request.
 *
 * Needs: `npm install`. It compiles the CMS itself (scripts/lib/prepare.ts); the CMS (SQLite) and
 * the site server listen on free ports. Prints `FIGURE press.<target>.<what>` lines
 * (scripts/lib/figures.ts).
 */
import '@cchc/runtime/check';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { PRESS_CHANGES_PATH, PRESS_ITEMS_PATH, populateOf, populateQuery } from '@cchc/content-types';
import { startCmsProcess, stopProcess } from '../tests/support/processes';
import { untilTokenAccepted } from '../tests/support/press';
import { freePort } from '../tests/support/site-build';
import { figure } from './lib/figures';
import { firstRequest } from './lib/first-request';
import { prepareBench, smoke, smokeOption } from './lib/prepare';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: smoke ? '1' : '3' },
    connections: { type: 'string', default: smoke ? '10' : '50' },
    // The CMS's log level: `http` (production's default) writes the door's line for every request.
    log: { type: 'string', default: 'http' },
    ...smokeOption,
  },
});
const SEED = smoke ? 'corpus:10' : 'demo';
const SECONDS = Number(values.seconds);
/** A round's load: so many seconds, or in the smoke run so many requests. */
const ROUND = smoke ? { amount: 20 } : { duration: SECONDS };
const WARM_UP = smoke ? { amount: 10 } : { duration: 2 };
const ROUNDS = Number(values.rounds);
const CONNECTIONS = Number(values.connections);

interface Target {
  /** A word for the figures' names. */
  key: string;
  name: string;
  url: string;
  headers?: Record<string, string>;
}

interface Figures {
  rps: number[];
  p50: number[];
  p99: number[];
  non2xx: number;
  errors: number;
}

const mean = (xs: number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;

async function measure(target: Target): Promise<autocannon.Result> {
  return autocannon({ url: target.url, headers: target.headers, connections: CONNECTIONS, ...ROUND });
}

function waitForLine(child: ChildProcess, pattern: RegExp, what: string): Promise<string> {
  return new Promise((ok, fail) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = pattern.exec(output);
      if (match) ok(match[1] ?? match[0]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => fail(new Error(`${what} exited (${code}):\n${output.slice(-3000)}`)));
  });
}

async function main() {
  prepareBench({ postgres: false });
  const scratch = mkdtempSync(join(tmpdir(), 'cchc-bench-press-'));
  const children: ChildProcess[] = [];
  try {
    // The CMS on SQLite with the demo content and one outlet whose token it prints; its rate
    // limit is set far above what the run asks, since the limit is not what is measured.
    console.log(`Starting the CMS (SQLite, ${SEED})...`);
    const tokenFile = join(scratch, 'press-token');
    const cms = await startCmsProcess({
      CMS_DATABASE: 'sqlite',
      CMS_SEED: SEED,
      TEST_STRAPI_LOG: values.log!,
      CMS_PRESS_OUTLET: 'Benchmark',
      CMS_PRESS_TOKEN_FILE: tokenFile,
      CMS_PRESS_RATE_PER_MINUTE: '1000000',
      // Item reads link the public site's pages.
      PUBLIC_SITE_URL: 'https://cchc.soctrang.gov.vn',
    });
    children.push(cms.child);
    const token = readFileSync(tokenFile, 'utf8').trim();
    await untilTokenAccepted(cms.url, token);
    const auth = { Authorization: `Bearer ${token}` };

    const feedUrl = `${cms.url}${PRESS_CHANGES_PATH}?limit=100`;
    const feed = await fetch(feedUrl, { headers: auth });
    if (!feed.ok) throw new Error(`${feedUrl}: ${feed.status} ${await feed.text()}`);
    const feedBody = await feed.text();
    const page = JSON.parse(feedBody) as { data: { type: string; documentId: string; locale: string; change: string }[] };
    const article = page.data.find((entry) => entry.type === 'article' && entry.locale === 'vi' && entry.change !== 'deleted');
    if (!article) throw new Error('No article in the first page of the change feed');
    const itemUrl = `${cms.url}${PRESS_ITEMS_PATH}/article/${article.documentId}?locale=vi`;
    const item = await fetch(itemUrl, { headers: auth });
    if (!item.ok) throw new Error(`${itemUrl}: ${item.status}`);
    const itemBytes = (await item.arrayBuffer()).byteLength;

    // The yardstick: the feed page's own bytes as a static file of the site's server.
    const dist = join(scratch, 'site');
    mkdirSync(join(dist, 'client', 'bench'), { recursive: true });
    writeFileSync(join(dist, 'client', 'bench', 'changes.json'), feedBody);
    const sitePort = await freePort();
    const site = spawn(process.execPath, ['server/serve.mjs'], {
      cwd: join(ROOT, 'site'),
      env: { ...process.env, SITE_DIST_DIR: dist, PORT: String(sitePort), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(site);
    await waitForLine(site, /Serving /, 'The site server');

    const targets: Target[] = [
      { key: 'static', name: 'static file (site server)', url: `http://127.0.0.1:${sitePort}/bench/changes.json` },
      { key: 'changes', name: 'change feed page', url: feedUrl, headers: auth },
      { key: 'item', name: 'item read (ninjs)', url: itemUrl, headers: auth },
      { key: 'strapi-articles', name: 'Strapi GET /api/articles', url: `${cms.url}/api/articles?${populateQuery(populateOf('article'))}` },
    ];
    const refused = await fetch(`${cms.url}/api/articles?populate=*`);
    console.log(`Strapi's /api/articles?populate=* answers ${refused.status} (the public allow-list); measured with its fixed populate instead.`);
    console.log(`Bodies: feed page ${Buffer.byteLength(feedBody)} B (static file the same), item ${itemBytes} B. ${CONNECTIONS} connections, ${smoke ? `${ROUND.amount} requests` : `${SECONDS} s`} × ${ROUNDS} rounds each; the CMS logs at "${values.log}".`);

    // Warm-up: the first answers fill the press API's caches, and JIT the servers.
    for (const target of targets) {
      console.log(`  ${target.name}: first request alone ${(await firstRequest(target.url, target.headers)).toFixed(0)} ms`);
      await autocannon({ url: target.url, headers: target.headers, connections: 10, ...WARM_UP });
    }

    /** Rounds in which no request was answered: their figures measure nothing. */
    const empty: string[] = [];
    const figures = new Map<string, Figures>(targets.map((t) => [t.name, { rps: [], p50: [], p99: [], non2xx: 0, errors: 0 }]));
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const target of targets) {
        const result = await measure(target);
        const f = figures.get(target.name)!;
        f.rps.push(result.requests.average);
        f.p50.push(result.latency.p50);
        f.p99.push(result.latency.p99);
        f.non2xx += result.non2xx;
        f.errors += result.errors + result.timeouts;
        if (result.requests.total === 0) empty.push(`round ${round} ${target.name}`);
        console.log(`  round ${round} ${target.name}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
      }
    }

    const base = figures.get(targets[0]!.name)!;
    console.log('\nMeans over the rounds:');
    console.log('target                        req/s     p50 ms   p99 ms   vs static: throughput   p99');
    for (const target of targets) {
      const f = figures.get(target.name)!;
      const throughput = mean(f.rps) / mean(base.rps);
      const p99 = mean(f.p99) / mean(base.p99);
      const flags = f.non2xx || f.errors ? `   (${f.non2xx} non-2xx, ${f.errors} errors)` : '';
      console.log(
        `${target.name.padEnd(28)} ${mean(f.rps).toFixed(0).padStart(7)} ${mean(f.p50).toFixed(1).padStart(9)} ${mean(f.p99).toFixed(1).padStart(8)}` +
          `   ${(throughput * 100).toFixed(0).padStart(16)} %   ${p99.toFixed(2)}×${flags}`,
      );
    }
    console.log('\nTarget: the change feed page and the item read at ≥ 80 % of the static file\'s throughput and ≤ 1.5× its p99.');
    for (const target of targets) {
      const f = figures.get(target.name)!;
      figure(`press.${target.key}.requests`, mean(f.rps), 'req/s');
      figure(`press.${target.key}.p50`, mean(f.p50), 'ms');
      figure(`press.${target.key}.p99`, mean(f.p99), 'ms');
      figure(`press.${target.key}.throughput-vs-static`, (mean(f.rps) / mean(base.rps)) * 100, '%');
      figure(`press.${target.key}.p99-vs-static`, mean(f.p99) / mean(base.p99), 'x');
      figure(`press.${target.key}.failures`, f.non2xx + f.errors, 'responses');
    }
    if (empty.length) {
      console.error(`\nNo request was answered in: ${empty.join(', ')}. These figures measure nothing (a saturated machine, or a server that hangs).`);
      process.exitCode = 1;
    }
  } finally {
    for (const child of children.reverse()) await stopProcess(child);
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
