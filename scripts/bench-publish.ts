/**
 * Publish to live, measured: from an editor's workflow publish returning to the new page being
 * served by the site server, on the demo (SQLite) and on generated corpora of 1,000 and 10,000
 * documents (PostgreSQL, written in bulk: tests/support/corpus.ts), each with the real publisher
 * and site server. Per corpus it prints p50 and p95, the publisher's peak memory (RSS), and for
 * the generated ones how long the corpus took to write and how long the publisher took, from its
 * start, to its first live site (its full build) and to a site that has caught up with every
 * change in the log (the corpus is written while the CMS already knows the publisher's address,
 * so its notifier has one change per publish waiting: 11,000 at 10,000 documents, sent up to 100
 * a message). Then the
 * 10,000 / 1,000 ratio. Targets: p50 under 5 s and p95 under 10 s at 10,000; 10,000 within 1.3×
 * of 1,000. For the generated corpora it also times one publish made while the publisher catches
 * up, and, per publish, the publisher's own account (its time from batch to swap, the pages it
 * rendered, the requests it sent to the CMS: medians). Figures are also printed as
 * `FIGURE publish.<corpus>.<what> <number> <unit>` lines.
 *
 *   npm run bench:publish                                  # demo, 1000, 10000
 *   npm run bench:publish -- --publishes 20 --only 1000,10000
 *   npm run bench:publish -- --smoke                       # a corpus of 50, 2 publishes
 * PostgreSQL: TEST_DATABASE_URL, else a throwaway cluster of its own (scripts/lib/prepare.ts).
 * "Corpus written" is read off the corpus's database: from its first recorded change to the CMS
 * server being ready (the server writes the corpus last before it says so).
 *
 * Measured 2026-12-07, `--only 1000,10000`, 20 publishes per corpus after 2 to warm up, on this
 * project's shared 2-core machine with other work running beside it (load average 6 to 10: about
 * twice as slow as the 0.9–1.1 s and 9.3 s p50 measured before on a quieter one):
 *   corpus   pages   p50      p95      publisher RSS  written  first live  caught up (changes)
 *   1,000    1,354   2.2 s    3.1 s    459 MB         6.7 s    23 s        117 s (1,127)
 *   10,000   12,994  17.0 s   22.4 s   958 MB         94 s     98 s        1,815 s (11,012)
 *   10,000 / 1,000: p50 7.8×, p95 7.3×. Targets missed (p50 ≤ 5 s, p95 ≤ 10 s, ≤ 1.3×): the
 *   publisher's work grows with the corpus; a later issue changes it.
 * After the address feeds and bulk catch-ups, and after the reused snapshots and the batched
 * notifier (issue 17, docs/adr/010-publish-cost.md): see the figures in that ADR. Run with
 * TEST_PUBLISHER_LOG=1 to see the publisher's steps of each publish in milliseconds.
 */
import '@cchc/runtime/check';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { prepareBench, smoke } from './lib/prepare';

// `--smoke` is read by prepare.ts; it is named here so that parseArgs takes it.
const { values } = parseArgs({ options: { publishes: { type: 'string' }, only: { type: 'string' }, smoke: { type: 'boolean' } } });
// Before anything imports the compiled CMS (cms/dist): a fresh clone has none yet.
const prepared = prepareBench({ postgres: true });

const { paragraphs, uidOf, LIVE_ACTIONS } = await import('@cchc/content-types');
const { default: pg } = await import('pg');
const { AdminClient, cm, inviteAdminUser } = await import('../tests/support/admin-users');
const { startCmsProcess, stopProcess } = await import('../tests/support/processes');
const { createTestDatabase } = await import('../tests/support/postgres');
const { cmsPublishingEnv, publishingEnv, startPublishing } = await import('../tests/support/publisher');
const { processTree } = await import('./lib/process-tree');

type PublishingEnv = Awaited<ReturnType<typeof publishingEnv>>;
type RunningSite = Awaited<ReturnType<typeof startPublishing>>;
type Client = Awaited<ReturnType<typeof AdminClient.login>>;

const ARTICLE = uidOf('article');
const LOCAL_ADMIN = { id: 1, email: 'admin@cchc.local', password: 'Cchc-local-2026' };
/** Publishes measured per corpus, and the ones before them that warm the renderer up. */
const PUBLISHES = Number(values.publishes ?? (smoke ? 2 : 20));
const WARM_UP = smoke ? 0 : 2;
/** The generated corpora, by their number of documents. */
const CORPORA = smoke ? [50] : [1000, 10000];

/** One machine-readable line per figure (as scripts/lib/figures.ts prints them on the benchmark branch). */
const figure = (name: string, value: number, unit: string) => console.log(`FIGURE ${name} ${Number.isFinite(value) ? Math.round(value * 1000) / 1000 : value} ${unit}`);

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

interface Row {
  /** `demo` or the number of documents: what the figures and the ratio are named by. */
  corpus: string;
  label: string;
  pages: number;
  p50: number;
  p95: number;
  peakMb: number;
  /** Generated corpora: seconds to write it, and the publisher's first live site and catch-up, from its start. */
  writeS?: number;
  firstLiveS?: number;
  catchUpS?: number;
  backlog?: number;
  /** Medians of the publisher's own account: ms from batch to swap, pages rendered, CMS requests. */
  publisher: { ms: number; rendered: number; reads: number };
  /** A publish made while the publisher caught up: milliseconds to its page served. */
  duringCatchUpMs?: number;
}

/** When a process started (epoch ms), from /proc: the kernel counts in ticks of 1/100 s since boot. */
function processStartedAt(pid: number): number {
  const bootS = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))![1]);
  const ticks = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[19]);
  return (bootS + ticks / 100) * 1000;
}

/**
 * What the log of a freshly written corpus says: when its first change was recorded (the CMS
 * server writes the corpus last before it says it is ready, so ready − first is the time the
 * corpus took, its terms and images included), and the changes its notifier has yet to send
 * the publisher (all of them: it has not been reachable yet), with the last one's id.
 */
async function corpusLog(databaseUrl: string): Promise<{ firstAt: number; backlog: number; last: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ first_at: Date; backlog: string; last: string | null }>(
      `SELECT (SELECT min(at) FROM document_events WHERE actor_reason = 'corpus') AS first_at, count(*) AS backlog, max(id) AS last
       FROM document_events
       WHERE (action = ANY($1) OR cause = 'relink-on-publish')
         AND id > COALESCE((SELECT position FROM document_event_cursors WHERE listener = 'site-publisher'), 0)`,
      [[...LIVE_ACTIONS]],
    );
    return { firstAt: rows[0]!.first_at.getTime(), backlog: Number(rows[0]!.backlog), last: Number(rows[0]!.last ?? 0) };
  } finally {
    await client.end();
  }
}

/** Starts the publishing chain and times its publisher: start → first live site (it answers /status once its full build is live). */
async function startTimedPublishing(cmsUrl: string, env: PublishingEnv): Promise<{ site: RunningSite; startedAt: number; firstLiveAt: number }> {
  let firstLiveAt = 0;
  let starting = true;
  const watch = (async () => {
    while (starting && !firstLiveAt) {
      const up = await fetch(`${env.publisherUrl}/status`).then((r) => r.ok, () => false);
      if (up) firstLiveAt = Date.now();
      else await new Promise((r) => setTimeout(r, 100));
    }
  })();
  let site: RunningSite;
  try {
    site = await startPublishing(cmsUrl, env);
  } finally {
    starting = false;
    await watch;
  }
  return { site, startedAt: processStartedAt(site.publisher.pid!), firstLiveAt: firstLiveAt || Date.now() };
}

/**
 * One corpus: the CMS (with the publisher's address from its first start, so the changes of a
 * generated corpus wait in its notifier), the publishing chain, then the timed publishes.
 * `databaseUrl`: a generated corpus's database, whose log says how long it took to write.
 */
async function benchCorpus(corpus: string, label: string, cmsEnv: Record<string, string>, databaseUrl?: string): Promise<Row> {
  const env = await publishingEnv();
  console.log(`\n=== ${label}: starting the CMS${databaseUrl ? ' and writing the corpus in bulk' : ''}…`);
  const cms = await startCmsProcess({ ...cmsEnv, ...cmsPublishingEnv(env), LOG_LEVEL: 'warn' });
  const readyAt = Date.now();
  let site: RunningSite | undefined;
  try {
    const log = databaseUrl ? await corpusLog(databaseUrl) : undefined;
    if (log) console.log(`corpus written in ${((readyAt - log.firstAt) / 1000).toFixed(1)} s`);
    console.log('renderer build, publisher, first full build…');
    const started = await startTimedPublishing(cms.url, env);
    site = started.site;
    const row: Partial<Row> = {};
    const admin = await AdminClient.login(cms.url, LOCAL_ADMIN);
    const files = await admin.get('/upload/files?pageSize=1');
    const image = (files.body.results ?? files.body)[0].id as number;
    const agencies = await admin.get(`${cm(uidOf('agency'))}?page=1&pageSize=1&locale=vi`);
    const agency = agencies.body.results[0].documentId as string;
    const author = await inviteAdminUser(admin, 'cchc-author', `tacgia-${Date.now()}@bench.local`);
    const reviewer = await inviteAdminUser(admin, 'cchc-editor', `duyet-${Date.now()}@bench.local`);
    const editor = await inviteAdminUser(admin, 'cchc-editor', `xuatban-${Date.now()}@bench.local`);
    await admin.put(`/cchc-permissions/users/${author.id}/agencies`, { agencies: [agency] });
    const step = (c: Client, id: string, name: string) => c.post(`/cchc-workflow/documents/article/${id}/transitions/${name}?locale=vi`);
    /** One article through the workflow; milliseconds from its publish returning to its page served. */
    const timedPublish = async (): Promise<number> => {
      const title = `Bài đo xuất bản lên trang ${Date.now()}`;
      const made = await author.client.post(`${cm(ARTICLE)}?locale=vi`, {
        title,
        summary: 'Tóm tắt bài đo.',
        body: paragraphs('Nội dung đo thời gian từ xuất bản đến trang công khai.'),
        cover: { image, alt: 'Ảnh' },
        agency: { connect: [{ documentId: agency }] },
      });
      const id = made.body.data.documentId as string;
      const slug = made.body.data.slug as string;
      await step(author.client, id, 'submit');
      await step(reviewer.client, id, 'approve');
      const published = await step(editor.client, id, 'publish');
      if (published.status >= 300) throw new Error(`publish failed: ${published.status} ${JSON.stringify(published.body).slice(0, 300)}`);
      const t0 = performance.now();
      for (;;) {
        const page = await fetch(`${env.siteUrl}/tin-bai/${slug}/`);
        if (page.status === 200 && (await page.text()).includes(title)) break;
        if (performance.now() - t0 > 30 * 60_000) throw new Error(`/tin-bai/${slug}/ not live after 30 minutes`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return performance.now() - t0;
    };
    if (log) {
      const firstLiveS = (started.firstLiveAt - started.startedAt) / 1000;
      console.log(`publisher live ${firstLiveS.toFixed(1)} s after its start; catching up with ${log.backlog} changes the CMS has yet to send it…`);
      // A publish made while the publisher catches up: how long its editor waits.
      const during = timedPublish().then((ms) => {
        console.log(`  a publish made during the catch-up: live after ${ms.toFixed(0)} ms`);
        return ms;
      });
      await site.waitForLive(log.last, 90 * 60_000);
      const catchUpS = (Date.now() - started.startedAt) / 1000;
      Object.assign(row, { writeS: (readyAt - log.firstAt) / 1000, firstLiveS, catchUpS, backlog: log.backlog, duringCatchUpMs: await during });
      console.log(`caught up ${catchUpS.toFixed(1)} s after the publisher's start`);
    }
    let peakKb = 0;
    const sampler = setInterval(() => {
      peakKb = Math.max(peakKb, processTree(site!.publisher.pid!).reduce((sum, p) => sum + p.rssKb, 0));
    }, 100);

    const times: number[] = [];
    /** The publisher's own account of each publish: its time from batch to swap, pages rendered, CMS requests. */
    const inside: { ms: number; rendered: number; reads: number }[] = [];
    for (let n = 0; n < PUBLISHES + WARM_UP; n++) {
      const readsBefore = (await site.status()).cmsReads;
      const ms = await timedPublish();
      const status = await site.status();
      const last = { ms: status.lastPublish?.ms ?? NaN, rendered: status.lastPublish?.rendered ?? NaN, reads: status.cmsReads - readsBefore };
      if (n >= WARM_UP) {
        times.push(ms);
        inside.push(last);
      }
      console.log(`  publish ${n + 1}: live after ${ms.toFixed(0)} ms (publisher ${last.ms} ms, ${last.rendered} pages, ${last.reads} CMS requests)${n < WARM_UP ? ' (warm-up)' : ''}`);
    }
    clearInterval(sampler);
    const pages = (await (await fetch(`${env.siteUrl}/sitemap-0.xml`)).text()).split('<loc>').length - 1;
    const publisher = { ms: percentile(inside.map((i) => i.ms), 50), rendered: percentile(inside.map((i) => i.rendered), 50), reads: percentile(inside.map((i) => i.reads), 50) };
    return { corpus, label, pages, p50: percentile(times, 50), p95: percentile(times, 95), peakMb: peakKb / 1024, publisher, ...row };
  } finally {
    await site?.stop();
    await stopProcess(cms.child);
  }
}

function report(rows: Row[]): void {
  console.log('\nPublish to live (workflow publish returned → new page served), this machine');
  console.log('corpus | pages in sitemap | p50 ms | p95 ms | publisher peak MB | corpus written s | publisher first live s | caught up s (changes) | a publish during the catch-up ms');
  for (const r of rows) {
    const extra = r.writeS === undefined ? '- | - | - | -' : `${r.writeS.toFixed(1)} | ${r.firstLiveS!.toFixed(1)} | ${r.catchUpS!.toFixed(1)} (${r.backlog}) | ${r.duringCatchUpMs!.toFixed(0)}`;
    console.log(`${r.label} | ${r.pages} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.peakMb.toFixed(0)} | ${extra}`);
  }
  for (const r of rows) {
    figure(`publish.${r.corpus}.p50`, r.p50, 'ms');
    figure(`publish.${r.corpus}.p95`, r.p95, 'ms');
    figure(`publish.${r.corpus}.publisher_peak_rss`, r.peakMb, 'MB');
    figure(`publish.${r.corpus}.sitemap_pages`, r.pages, 'pages');
    figure(`publish.${r.corpus}.publisher_ms_p50`, r.publisher.ms, 'ms');
    figure(`publish.${r.corpus}.rendered_p50`, r.publisher.rendered, 'pages');
    figure(`publish.${r.corpus}.cms_requests_p50`, r.publisher.reads, 'requests');
    if (r.writeS === undefined) continue;
    figure(`publish.${r.corpus}.corpus_written`, r.writeS, 's');
    figure(`publish.${r.corpus}.publisher_first_live`, r.firstLiveS!, 's');
    figure(`publish.${r.corpus}.publisher_catch_up`, r.catchUpS!, 's');
    figure(`publish.${r.corpus}.publisher_backlog`, r.backlog!, 'changes');
    figure(`publish.${r.corpus}.publish_during_catch_up`, r.duringCatchUpMs!, 'ms');
  }
  // Matched by their corpus exactly: '10000' is not '1000'.
  const small = rows.find((r) => r.corpus === '1000');
  const large = rows.find((r) => r.corpus === '10000');
  if (small && large) {
    console.log(`10,000 / 1,000: p50 ${(large.p50 / small.p50).toFixed(2)}×, p95 ${(large.p95 / small.p95).toFixed(2)}× (target within 1.3×)`);
    figure('publish.ratio_10000_1000.p50', large.p50 / small.p50, 'x');
    figure('publish.ratio_10000_1000.p95', large.p95 / small.p95, 'x');
  }
}

async function main() {
  const rows: Row[] = [];
  const only = values.only?.split(',');
  if (!smoke && (!only || only.includes('demo'))) rows.push(await benchCorpus('demo', 'demo, SQLite', { CMS_DATABASE: 'sqlite', CMS_SEED: 'demo' }));
  for (const documents of CORPORA) {
    if (only && !smoke && !only.includes(String(documents))) continue;
    const database = await createTestDatabase();
    try {
      const cmsEnv = { CMS_DATABASE: 'postgres', CMS_DATABASE_URL: database.url, CMS_SEED: `corpus:${documents}` };
      rows.push(await benchCorpus(String(documents), `${documents} documents, PostgreSQL`, cmsEnv, database.url));
    } finally {
      await database.drop();
    }
  }
  report(rows);
}

try {
  await main();
  prepared.stop();
  process.exit(0);
} catch (error: unknown) {
  console.error(error);
  prepared.stop();
  process.exit(1);
}
