import '@cchc/runtime/check';
import { defineConfig } from 'vitest/config';

// The suite's fixture types (content-types/src/types/fixtures.ts: a staff-only type with personal
// data) exist in every CMS, build and publisher the suite starts: set before any of them loads
// the model, and inherited by the workers and every child process.
process.env.CCHC_TEST_FIXTURES = '1';

// Two test files run at a time, each in its own worker process: a file spends much of its time
// waiting (on a CMS child process, the publisher, a browser, a poll), so two of them keep this
// machine's two cores busy. Each file has its own CMS, database, ports and folders; what they
// share (the template databases, the builds of the site) is made once, under a lock.
export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 120_000,
    // A hung boot fails in three minutes, not fifteen (a boot from a template takes seconds; making
    // the demo template, once per run, about a minute).
    hookTimeout: 180_000,
    projects: [
      {
        // Pure logic and checks of files: no Strapi, no database, no build; seconds.
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        // The install step that brings the project's Node (scripts/runtime/).
        extends: true,
        test: { name: 'runtime', include: ['tests/runtime/**/*.test.ts'] },
      },
      {
        // The site server (site/server/serve.mjs) as a process, on data folders the tests write: no CMS, no build.
        extends: true,
        test: { name: 'server', include: ['tests/server/**/*.test.ts'] },
      },
      {
        // The admin panel, built once as in production, in Chromium (tests/admin/).
        // Before the projects that boot the compiled CMS: vitest runs the global setups in this
        // order, and this one's `strapi build` compiles the CMS, so theirs need not compile it again.
        extends: true,
        // One worker for every file, as in the cms project: Strapi's modules load once.
        test: { name: 'admin', include: ['tests/admin/**/*.test.ts'], globalSetup: ['tests/admin/global-setup.ts'], isolate: false },
      },
      {
        extends: true,
        // One worker process for every file (isolate: false): Strapi's modules load once, not
        // once per file. Each file still boots its own CMS on its own copy of a template.
        test: { name: 'cms', include: ['tests/cms/**/*.test.ts'], globalSetup: ['tests/global-setup.ts'], isolate: false },
      },
      {
        // Publish to live: the CMS, the publisher and the site server, changed step by step.
        extends: true,
        test: { name: 'publish', include: ['tests/publish/**/*.test.ts'], globalSetup: ['tests/global-setup.ts'] },
      },
      {
        // The site is built once against a seeded CMS, then read by the build and browser tests.
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/site/global-setup.ts'],
        },
      },
      // Every `npm run bench:*` in its smoke mode, as a child process (tests/bench/). Several
      // minutes of builds and boots that prove the benchmarks still run, not what the product
      // does: `npm run test:bench` (CI runs it beside `npm test`) and the deep run include it.
      ...(process.env.TEST_BENCH === '1' || process.env.TEST_DEPTH === 'deep'
        ? [{ extends: true, test: { name: 'bench', include: ['tests/bench/**/*.test.ts'], globalSetup: ['tests/global-setup.ts'] } }]
        : []),
    ],
  },
});
