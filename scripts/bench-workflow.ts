/**
 * What the editorial workflow costs, measured in one run on this machine (shared and noisy, so
 * the publish figures are side by side, alternating rounds):
 *
 * 1. An admin publish with and without the bookkeeping. "Without" is the commit before the event
 *    point (default 8ebe065: Strapi's own publish button, nothing recorded); "with" is this
 *    checkout's workflow publish (`POST /cchc-workflow/…/transitions/publish`: the rule and
 *    four-eyes check, the Document Service publish, its event, the workflow state, the version
 *    of the content, all in one transaction; the audit log follows after commit). Both on SQLite
 *    with the same generated corpus, each publish of a fresh draft timed at the HTTP client.
 *    Target: p50 and p95 within 1.5×.
 * 2. An agency author's list view (the content manager's list request, 10 a page, sorted by
 *    title) on a corpus of 10,000 documents over 10 agencies, on PostgreSQL: p50 and p95, next to
 *    an editor's unfiltered list of the same corpus. Target: p50 under 300 ms.
 *
 *   npm run bench:workflow
 *   npm run bench:workflow -- --publishes 40 --documents 10000 --skip-list
 *   npm run bench:workflow -- --smoke   # both parts, tiny: corpora of 10 and 20 documents,
 *                                       # 2 publishes a side in one round, 3 list requests
 *
 * Needs: `npm install` and the git history (the commit before). It compiles the CMS itself
 * (scripts/lib/prepare.ts); the list part needs PostgreSQL: TEST_DATABASE_URL, else a
 * throwaway cluster is started and stopped. Prints `FIGURE workflow.<what>` lines
 * (scripts/lib/figures.ts).
 */
import '@cchc/runtime/check';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { paragraphs, uidOf } from '@cchc/content-types';
import { AdminClient, cm, inviteAdminUser } from '../tests/support/admin-users';
import { startCmsProcess, stopProcess } from '../tests/support/processes';
import { checkoutBefore } from './lib/checkout';
import { figure } from './lib/figures';
import { prepareBench, smoke, smokeOption } from './lib/prepare';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');
const { values } = parseArgs({
  options: {
    before: { type: 'string', default: '8ebe065' },
    publishes: { type: 'string', default: smoke ? '2' : '60' },
    rounds: { type: 'string', default: smoke ? '1' : '3' },
    documents: { type: 'string', default: smoke ? '20' : '10000' },
    'list-requests': { type: 'string', default: smoke ? '3' : '60' },
    'skip-publish': { type: 'boolean', default: false },
    'skip-list': { type: 'boolean', default: false },
    ...smokeOption,
  },
});
/** The publish part's corpus (the list part's is --documents) and its warm-up. */
const PUBLISH_CORPUS = smoke ? 10 : 200;
const WARM_UP_PUBLISHES = smoke ? 1 : 3;

const ARTICLE = uidOf('article');
const LOCAL_ADMIN = { id: 1, email: 'admin@cchc.local', password: 'Cchc-local-2026' };

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const summary = (xs: number[]) => `p50 ${percentile(xs, 50).toFixed(0)} ms, p95 ${percentile(xs, 95).toFixed(0)} ms (n=${xs.length})`;

function printPercentiles(name: string, xs: number[]): void {
  figure(`${name}.p50`, percentile(xs, 50), 'ms');
  figure(`${name}.p95`, percentile(xs, 95), 'ms');
}

async function timed(work: () => Promise<{ status: number; body: unknown }>): Promise<number> {
  const started = performance.now();
  const r = await work();
  const ms = performance.now() - started;
  if (r.status >= 300) throw new Error(`request failed: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
  return ms;
}

async function anAgency(admin: AdminClient): Promise<string> {
  const agency = await admin.post(`${cm(uidOf('agency'))}?locale=vi`, { name: 'Sở Tư pháp', code: `so-tu-phap-${Date.now()}`, agencyKind: 'department' });
  await admin.post(`${cm(uidOf('agency'))}/${agency.body.data.documentId}/actions/publish?locale=vi`);
  return agency.body.data.documentId as string;
}

/** A cover image from the corpus (a required field), read from the admin's media library. */
async function anImage(admin: AdminClient): Promise<number> {
  const files = await admin.get('/upload/files?pageSize=1');
  return (files.body.results ?? files.body)[0].id as number;
}

const article = (n: number, image: number, agency: string) => ({
  title: `Bài đo xuất bản ${n}`,
  summary: 'Tóm tắt',
  body: paragraphs('Nội dung đo thời gian xuất bản.'),
  cover: { image, alt: 'Ảnh' },
  agency: { connect: [{ documentId: agency }] },
});

/** Before: the administrator's own publish of a fresh draft (Strapi's button). */
async function publisherBefore(url: string) {
  const admin = await AdminClient.login(url, LOCAL_ADMIN);
  const [agency, image] = [await anAgency(admin), await anImage(admin)];
  let n = 0;
  return async () => {
    const made = await admin.post(`${cm(ARTICLE)}?locale=vi`, article(++n, image, agency));
    const id = made.body.data.documentId as string;
    return timed(() => admin.post(`${cm(ARTICLE)}/${id}/actions/publish?locale=vi`));
  };
}

/** After: an author's draft, submitted and approved (not timed), published by the editor through the workflow. */
async function publisherAfter(url: string) {
  const admin = await AdminClient.login(url, LOCAL_ADMIN);
  const [agency, image] = [await anAgency(admin), await anImage(admin)];
  const author = await inviteAdminUser(admin, 'cchc-author', `tacgia-${Date.now()}@bench.local`);
  const reviewer = await inviteAdminUser(admin, 'cchc-editor', `duyet-${Date.now()}@bench.local`);
  const publisher = await inviteAdminUser(admin, 'cchc-editor', `xuatban-${Date.now()}@bench.local`);
  await admin.put(`/cchc-permissions/users/${author.id}/agencies`, { agencies: [agency] });
  const step = (c: AdminClient, id: string, name: string) => c.post(`/cchc-workflow/documents/article/${id}/transitions/${name}?locale=vi`);
  let n = 0;
  return async () => {
    const made = await author.client.post(`${cm(ARTICLE)}?locale=vi`, article(++n, image, agency));
    const id = made.body.data.documentId as string;
    await step(author.client, id, 'submit');
    await step(reviewer.client, id, 'approve');
    return timed(() => step(publisher.client, id, 'publish'));
  };
}

async function benchPublish(): Promise<void> {
  const before = checkoutBefore(ROOT, values.before!);
  const env = { CMS_DATABASE: 'sqlite', CMS_SEED: `corpus:${PUBLISH_CORPUS}`, LOG_LEVEL: 'warn' };
  const sides = { before: { dir: before, make: publisherBefore }, after: { dir: ROOT, make: publisherAfter } } as const;
  const children: Awaited<ReturnType<typeof startCmsProcess>>[] = [];
  const times: Record<string, number[]> = { before: [], after: [] };
  try {
    const publish: Record<string, () => Promise<number>> = {};
    for (const [name, side] of Object.entries(sides)) {
      console.log(`Starting the ${name} CMS (SQLite, ${PUBLISH_CORPUS} documents)...`);
      const cms = await startCmsProcess(env, side.dir);
      children.push(cms);
      publish[name] = await side.make(cms.url);
      for (let i = 0; i < WARM_UP_PUBLISHES; i++) await publish[name]!();
    }
    const rounds = Number(values.rounds);
    const perRound = Math.ceil(Number(values.publishes) / rounds);
    for (let round = 1; round <= rounds; round++) {
      for (const name of round % 2 ? ['before', 'after'] : ['after', 'before']) {
        for (let i = 0; i < perRound; i++) times[name]!.push(await publish[name]!());
        console.log(`round ${round} ${name.padEnd(6)} ${summary(times[name]!.slice(-perRound))}`);
      }
    }
  } finally {
    await Promise.all(children.map((c) => stopProcess(c.child)));
    rmSync(before, { recursive: true, force: true });
  }
  const [b, a] = [times.before!, times.after!];
  console.log(`\nAdmin publish of one article, SQLite, one at a time`);
  console.log(`without the bookkeeping (${values.before}, Strapi's publish): ${summary(b)}`);
  console.log(`with the workflow (rule, event, state, version, one transaction): ${summary(a)}`);
  console.log(
    `ratio: p50 ${(percentile(a, 50) / percentile(b, 50)).toFixed(2)}×, p95 ${(percentile(a, 95) / percentile(b, 95)).toFixed(2)}× (target within 1.5×)`,
  );
  printPercentiles('workflow.publish.before', b);
  printPercentiles('workflow.publish.after', a);
  figure('workflow.publish.p50-ratio', percentile(a, 50) / percentile(b, 50), 'x');
  figure('workflow.publish.p95-ratio', percentile(a, 95) / percentile(b, 95), 'x');
}

async function benchList(): Promise<void> {
  const documents = Number(values.documents);
  console.log(`\nStarting a CMS on PostgreSQL with ${documents} documents over 10 agencies${documents >= 1000 ? ' (a few minutes)' : ''}...`);
  // Its own database on TEST_DATABASE_URL's server, dropped when it stops (under npm test, a copy
  // of the run's template: seconds instead of a schema sync).
  const cms = await startCmsProcess({ CMS_DATABASE: 'postgres', CMS_SEED: `corpus:${documents}:10`, LOG_LEVEL: 'warn' });
  try {
    const admin = await AdminClient.login(cms.url, LOCAL_ADMIN);
    const agencies = await admin.get(`${cm(uidOf('agency'))}?page=1&pageSize=20&locale=vi&filters[code][$eq]=co-quan-2`);
    const agency = agencies.body.results[0].documentId as string;
    const author = await inviteAdminUser(admin, 'cchc-author', `tacgia-list@bench.local`);
    const editor = await inviteAdminUser(admin, 'cchc-editor', `bientap-list@bench.local`);
    await admin.put(`/cchc-permissions/users/${author.id}/agencies`, { agencies: [agency] });
    // The list view's own request: a page of 10, sorted by title, in Vietnamese.
    const list = (page: number) => `${cm(ARTICLE)}?page=${page}&pageSize=10&sort=title:ASC&locale=vi`;
    const sample = async (client: AdminClient) => {
      const times: number[] = [];
      for (let i = 0; i < Number(values['list-requests']); i++) times.push(await timed(() => client.get(list((i % 5) + 1))));
      return times;
    };
    await sample(author.client); // warm-up
    const total = (await author.client.get(list(1))).body.pagination.total as number;
    const everything = (await editor.client.get(list(1))).body.pagination.total as number;
    const [a, e] = [await sample(author.client), await sample(editor.client)];
    console.log(`\nThe content manager's article list, 10 a page, sorted by title, PostgreSQL, ${documents} documents`);
    console.log(`agency author (sees ${total} of ${everything} articles): ${summary(a)} (target p50 < 300 ms)`);
    console.log(`coordinating editor (all ${everything}): ${summary(e)}`);
    printPercentiles('workflow.list.author', a);
    printPercentiles('workflow.list.editor', e);
  } finally {
    await stopProcess(cms.child);
  }
}

async function main() {
  const prepared = prepareBench({ postgres: !values['skip-list'] });
  try {
    if (!values['skip-publish']) await benchPublish();
    if (!values['skip-list']) await benchList();
  } finally {
    prepared.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
