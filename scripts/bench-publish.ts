/**
 * Publish to live, measured: from an editor's workflow publish returning to the new page
 * being served by the site server, on the demo (SQLite) and on generated corpora of 1,000 and
 * 10,000 documents (PostgreSQL), each with the real publisher and site server. Prints p50 and
 * p95 per corpus, the 10,000 / 1,000 ratio, and the publisher's peak memory (RSS).
 * Targets: p50 under 5 s and p95 under 10 s at 10,000; 10,000 within 1.3× of 1,000.
 *
 *   npm run bench:publish
 *   npm run bench:publish -- --publishes 20 --only 1000,10000   # demo, 1000, 10000
 * PostgreSQL: TEST_DATABASE_URL (npm test's throwaway cluster, or scripts/postgres-throwaway.sh).
 */
import '@cchc/runtime/check';
import { execSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { paragraphs, uidOf } from '@cchc/content-types';
import { AdminClient, cm, inviteAdminUser } from '../tests/support/admin-users';
import { startCmsProcess, stopProcess } from '../tests/support/processes';
import { createTestDatabase } from '../tests/support/postgres';
import { cmsPublishingEnv, publishingEnv, startPublishing } from '../tests/support/publisher';
import { processTree } from './lib/process-tree';

const { values } = parseArgs({ options: { publishes: { type: 'string', default: '20' }, only: { type: 'string' } } });
const ARTICLE = uidOf('article');
const LOCAL_ADMIN = { id: 1, email: 'admin@cchc.local', password: 'Cchc-local-2026' };

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

interface Row {
  corpus: string;
  pages: number;
  p50: number;
  p95: number;
  peakMb: number;
}

async function benchCorpus(label: string, cmsEnv: Record<string, string>): Promise<Row> {
  const env = await publishingEnv();
  console.log(`\n=== ${label}: starting the CMS…`);
  const cms = await startCmsProcess({ ...cmsEnv, ...cmsPublishingEnv(env), LOG_LEVEL: 'warn' });
  let site: Awaited<ReturnType<typeof startPublishing>> | undefined;
  try {
    console.log('renderer build, publisher, first full build…');
    site = await startPublishing(cms.url, env);
    let peakKb = 0;
    const sampler = setInterval(() => {
      peakKb = Math.max(peakKb, processTree(site!.publisher.pid!).reduce((sum, p) => sum + p.rssKb, 0));
    }, 100);
    const admin = await AdminClient.login(cms.url, LOCAL_ADMIN);
    const files = await admin.get('/upload/files?pageSize=1');
    const image = (files.body.results ?? files.body)[0].id as number;
    const agencies = await admin.get(`${cm(uidOf('agency'))}?page=1&pageSize=1&locale=vi`);
    const agency = agencies.body.results[0].documentId as string;
    const author = await inviteAdminUser(admin, 'cchc-author', `tacgia-${Date.now()}@bench.local`);
    const reviewer = await inviteAdminUser(admin, 'cchc-editor', `duyet-${Date.now()}@bench.local`);
    const editor = await inviteAdminUser(admin, 'cchc-editor', `xuatban-${Date.now()}@bench.local`);
    await admin.put(`/cchc-permissions/users/${author.id}/agencies`, { agencies: [agency] });
    const step = (c: AdminClient, id: string, name: string) => c.post(`/cchc-workflow/documents/article/${id}/transitions/${name}?locale=vi`);

    const times: number[] = [];
    const total = Number(values.publishes);
    for (let n = 0; n < total + 2; n++) {
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
      const started = performance.now();
      for (;;) {
        const page = await fetch(`${env.siteUrl}/tin-bai/${slug}/`);
        if (page.status === 200 && (await page.text()).includes(title)) break;
        if (performance.now() - started > 60_000) throw new Error(`/tin-bai/${slug}/ not live after 60 s`);
        await new Promise((r) => setTimeout(r, 20));
      }
      const ms = performance.now() - started;
      if (n >= 2) times.push(ms); // the first two warm the renderer up
      console.log(`  publish ${n + 1}: live after ${ms.toFixed(0)} ms`);
    }
    clearInterval(sampler);
    const pages = (await (await fetch(`${env.siteUrl}/sitemap-0.xml`)).text()).split('<loc>').length - 1;
    return { corpus: label, pages, p50: percentile(times, 50), p95: percentile(times, 95), peakMb: peakKb / 1024 };
  } finally {
    await site?.stop();
    await stopProcess(cms.child);
  }
}

async function main() {
  execSync('npx tsc -p content-types/tsconfig.json && npx tsc -p cms/tsconfig.json', { stdio: 'inherit' });
  const rows: Row[] = [];
  const only = values.only?.split(',');
  if (!only || only.includes('demo')) rows.push(await benchCorpus('demo, SQLite', { CMS_DATABASE: 'sqlite', CMS_SEED: 'demo' }));
  for (const documents of [1000, 10000]) {
    if (only && !only.includes(String(documents))) continue;
    const database = await createTestDatabase();
    try {
      rows.push(await benchCorpus(`${documents} documents, PostgreSQL`, { CMS_DATABASE: 'postgres', CMS_DATABASE_URL: database.url, CMS_SEED: `corpus:${documents}` }));
    } finally {
      await database.drop();
    }
  }
  console.log('\nPublish to live (workflow publish returned → new page served), this machine');
  console.log('corpus | pages in sitemap | p50 ms | p95 ms | publisher peak MB');
  for (const r of rows) console.log(`${r.corpus} | ${r.pages} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.peakMb.toFixed(0)}`);
  const small = rows.find((r) => r.corpus.startsWith('1000'));
  const large = rows.find((r) => r.corpus.startsWith('10000'));
  if (small && large) console.log(`10,000 / 1,000: p50 ${(large.p50 / small.p50).toFixed(2)}×, p95 ${(large.p95 / small.p95).toFixed(2)}× (target within 1.3×)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
