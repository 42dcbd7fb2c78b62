/**
 * Site build benchmark: builds the site twice (cold, then with nothing changed) against
 *  - the demo content, served by the real CMS on SQLite, and
 *  - a generated corpus (default 10,000 documents) served by the real CMS on PostgreSQL,
 * and prints wall time, pages, pages per second and peak memory of each build. After each of
 * our builds it builds a bare Astro project of as many trivial pages (the same Astro, static,
 * `build.format: 'directory'`, no adapter, no integration), measured the same way, and prints
 * ours against it as a ratio: wall time per page and peak memory.
 *
 *   npm run bench:build                       # both
 *   npm run bench:build -- --only demo        # or --only corpus
 *   npm run bench:build -- --documents 2000   # a smaller corpus
 *   npm run bench:build -- --baseline ../base # also build another checkout's site (its own
 *                                             # install and Node), interleaved, against the same CMS
 *   npm run bench:build -- --smoke            # one cold build of a corpus of 10, and the bare
 *                                             # build beside it; --only and --documents still apply
 *
 * Needs: `npm install`. It compiles the CMS itself (scripts/lib/prepare.ts). PostgreSQL (the
 * corpus): TEST_DATABASE_URL, else a throwaway cluster is started and stopped. Prints
 * `FIGURE build.<scenario>.<checkout>.<build>.<what>` lines (scripts/lib/figures.ts).
 */
import '@cchc/runtime/check';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startCmsProcess, stopProcess } from '../tests/support/processes';
import { figure } from './lib/figures';
import { runMeasured, type Measured } from './lib/measure';
import { prepareBench, smoke, smokeOption } from './lib/prepare';
import { machineEnv } from './lib/processes';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');
const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    documents: { type: 'string', default: smoke ? '10' : '10000' },
    baseline: { type: 'string' },
    ...smokeOption,
  },
});
// The smoke run builds the corpus only (the demo's seed alone takes a minute or more), once: the
// second build is the same path again.
const only = values.only ?? (smoke ? 'corpus' : undefined);
const BUILDS = [
  { key: 'cold', label: 'cold (images made)' },
  { key: 'again', label: 'again, nothing changed' },
].slice(0, smoke ? 1 : 2);

/** A checkout whose site is built: this one, or the baseline to compare with. */
interface Checkout {
  /** A word for the figures' names: `this` or `baseline`. */
  key: string;
  label: string;
  root: string;
  env: NodeJS.ProcessEnv;
}

function checkouts(): Checkout[] {
  const current: Checkout = { key: 'this', label: 'this checkout', root: ROOT, env: process.env };
  if (!values.baseline) return [current];
  const root = resolve(values.baseline);
  const commit = execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  return [{ key: 'baseline', label: `baseline ${commit}`, root, env: machineEnv() }, current];
}

function countPages(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) count++;
  }
  return count;
}

interface Row extends Measured {
  /** The figures' name: `build.<scenario>.<checkout>.<build>`. */
  name: string;
  scenario: string;
  checkout: string;
  build: string;
  pages: number;
}

const BARE = 'bare Astro';

/**
 * A bare Astro project in a scratch folder inside site/ (so that `astro` resolves to
 * site/node_modules' own): one `[n].astro` page whose getStaticPaths returns `pages` paths,
 * a title and a paragraph each. Built through npm as our site is, so that both process trees
 * hold the same npm and shell; Astro's defaults otherwise (no heap limit of ours).
 */
function writeBareProject(dir: string, pages: number): void {
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'bench-bare-astro', private: true, type: 'module', scripts: { build: 'ASTRO_TELEMETRY_DISABLED=1 astro build' } }, null, 2),
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\n" +
      "export default defineConfig({ output: 'static', build: { format: 'directory' }, devToolbar: { enabled: false } });\n",
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[n].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i + 1) } }));
}
const { n } = Astro.params;
---
<html lang="en">
  <head><meta charset="utf-8" /><title>Page {n}</title></head>
  <body><p>This is trivial page {n} of ${pages}.</p></body>
</html>
`,
  );
}

/**
 * Builds the bare project of `pages` pages in `dir`. Its output is kept from one build to the
 * next, as ours is: the second build empties the output folder first, as our second one does.
 */
async function bareBuild(dir: string, pages: number): Promise<Measured & { pages: number }> {
  writeBareProject(dir, pages);
  const outDir = join(dir, 'dist');
  const measured = await runMeasured('npm', ['run', 'build', '--', '--silent'], { cwd: dir, env: process.env });
  return { ...measured, pages: countPages(outDir) };
}

/** A scenario: `key` names its figures (`demo`, `corpus`), `label` its rows. */
async function benchScenario({ key, label: scenario }: { key: string; label: string }, cmsEnv: Record<string, string>): Promise<Row[]> {
  console.log(`\n=== ${scenario}: starting the CMS and loading content…`);
  const loadStarted = Date.now();
  const cms = await startCmsProcess(cmsEnv);
  console.log(`CMS ready at ${cms.url} after ${((Date.now() - loadStarted) / 1000).toFixed(1)} s`);
  // Per checkout, inside its site/ (the server bundle resolves its packages from site/node_modules).
  const targets = checkouts().map((checkout) => ({
    checkout,
    outDir: mkdtempSync(join(checkout.root, 'site', '.build-bench-')),
    cacheDir: mkdtempSync(join(tmpdir(), 'cchc-bench-cache-')),
  }));
  const bareDir = mkdtempSync(join(ROOT, 'site', '.bench-bare-'));
  const rows: Row[] = [];
  try {
    for (const { key: buildKey, label: build } of BUILDS) {
      // Interleaved, so that the machine's noise falls on both checkouts alike.
      let pages = 0;
      for (const { checkout, outDir, cacheDir } of targets) {
        console.log(`\n--- ${scenario}: ${checkout.label}, build ${build}`);
        // Through the site's own build script, so the benchmark measures what `npm start` runs.
        const measured = await runMeasured('npm', ['run', 'build', '--', '--outDir', outDir, '--silent'], {
          cwd: join(checkout.root, 'site'),
          env: { ...checkout.env, STRAPI_URL: cms.url, SITE_CACHE_DIR: cacheDir },
        });
        pages = countPages(outDir);
        rows.push({ name: `build.${key}.${checkout.key}.${buildKey}`, scenario, checkout: checkout.label, build, pages, ...measured });
      }
      // Right after ours, as many pages as this checkout's build made (the last target).
      console.log(`\n--- ${scenario}: ${BARE}, ${pages} trivial pages, next to build ${build}`);
      rows.push({ name: `build.${key}.bare.${buildKey}`, scenario, checkout: BARE, build, ...(await bareBuild(bareDir, pages)) });
    }
  } finally {
    await stopProcess(cms.child);
    for (const { outDir, cacheDir } of targets) {
      rmSync(outDir, { recursive: true, force: true });
      rmSync(cacheDir, { recursive: true, force: true });
    }
    rmSync(bareDir, { recursive: true, force: true });
  }
  return rows;
}

async function main() {
  // Before anything boots: the CMS compiled, and a PostgreSQL for the corpus.
  const prepared = prepareBench({ postgres: only !== 'demo' });
  const rows: Row[] = [];
  try {
    if (only !== 'corpus') rows.push(...(await benchScenario({ key: 'demo', label: 'demo, SQLite' }, { CMS_DATABASE: 'sqlite', CMS_SEED: 'demo' })));
    if (only !== 'demo') {
      // On the server of TEST_DATABASE_URL (set by prepareBench), which the CMS inherits.
      const corpus = { key: 'corpus', label: `corpus of ${values.documents} documents, PostgreSQL` };
      rows.push(...(await benchScenario(corpus, { CMS_DATABASE: 'postgres', CMS_SEED: `corpus:${values.documents}` })));
    }
  } finally {
    prepared.stop();
  }

  console.log('\nSite build benchmark (this machine)');
  console.log('scenario | checkout | build | pages | wall s | pages/s | peak MB');
  for (const r of rows) {
    const build = r.checkout === BARE ? `next to: ${r.build}` : r.build;
    console.log(`${r.scenario} | ${r.checkout} | ${build} | ${r.pages} | ${r.seconds.toFixed(1)} | ${(r.pages / r.seconds).toFixed(0)} | ${r.peakMb.toFixed(0)}`);
  }
  for (const r of rows) {
    figure(`${r.name}.wall`, r.seconds, 's');
    figure(`${r.name}.pages`, r.pages, 'pages');
    figure(`${r.name}.peak-memory`, r.peakMb, 'MB');
  }

  // Each of our builds against the bare build made right after it (same scenario and build).
  console.log(`\nOurs against ${BARE} (ratio ours/bare: wall time per page, peak memory)`);
  console.log('scenario | checkout | build | s per 1,000 pages (ours / bare) | time per page ×| peak MB (ours / bare) | peak ×');
  const perThousand = (r: Row) => (r.seconds / r.pages) * 1000;
  for (const r of rows) {
    if (r.checkout === BARE) continue;
    const bare = rows.find((b) => b.checkout === BARE && b.scenario === r.scenario && b.build === r.build);
    if (!bare) continue;
    console.log(
      `${r.scenario} | ${r.checkout} | ${r.build} | ${perThousand(r).toFixed(2)} / ${perThousand(bare).toFixed(2)} | ` +
        `${(perThousand(r) / perThousand(bare)).toFixed(2)} | ${r.peakMb.toFixed(0)} / ${bare.peakMb.toFixed(0)} | ${(r.peakMb / bare.peakMb).toFixed(2)}`,
    );
    figure(`${r.name}.time-per-page-vs-bare`, perThousand(r) / perThousand(bare), 'x');
    figure(`${r.name}.peak-memory-vs-bare`, r.peakMb / bare.peakMb, 'x');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
