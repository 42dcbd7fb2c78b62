/**
 * The real CMS in a process of its own, for the site tests and the benchmarks:
 *   CMS_DATABASE=sqlite|postgres CMS_SEED=demo|none|corpus:<N> node --import tsx tests/support/cms-server.ts
 * It prints `CMS_READY <url>` once it serves, and stops cleanly on SIGTERM. With postgres,
 * TEST_DATABASE_URL names the server on which a fresh database is made, or CMS_DATABASE_URL an
 * existing database to share with other CMS processes (start them one after another, and with
 * CMS_SEED=none after the first, so that their first-start steps do not race).
 */
import { seedDemo } from './demo';
import { bootCms, type DatabaseKind } from './strapi';
import { templatesDir } from './templates';

const database = (process.env.CMS_DATABASE ?? 'sqlite') as DatabaseKind;
const databaseUrl = process.env.CMS_DATABASE_URL || undefined;
const seed = process.env.CMS_SEED ?? 'demo';
// Under `npm test` the demo content is a copy of the run's template; elsewhere it is seeded.
const demoFromTemplate = seed === 'demo' && !databaseUrl && templatesDir() !== undefined;
const cms = await bootCms(database, {}, { databaseUrl, from: demoFromTemplate ? 'demo' : 'empty' });

if (demoFromTemplate) {
  // Loaded already.
} else if (seed.startsWith('corpus:')) {
  const { generateCorpus } = await import('./corpus');
  // corpus:<documents>[:<agencies>]
  const [documents, agencies] = seed.slice('corpus:'.length).split(':').map(Number);
  await generateCorpus(cms.strapi, documents!, (line) => console.log(line), agencies || 1);
} else if (seed === 'demo') {
  await seedDemo(cms.strapi, (line) => process.env.CMS_SEED_VERBOSE && console.log(line));
}

// CMS_PRESS_OUTLET=<name> CMS_PRESS_TOKEN_FILE=<path>: an outlet of the press API, its token
// written to the file (for the benchmarks; CMS_PRESS_RATE_PER_MINUTE sets its limit).
if (process.env.CMS_PRESS_OUTLET && process.env.CMS_PRESS_TOKEN_FILE) {
  const { createPressOutlet } = await import('./press');
  const { writeFileSync } = await import('node:fs');
  const perMinute = Number(process.env.CMS_PRESS_RATE_PER_MINUTE ?? 600);
  const outlet = await createPressOutlet(cms.strapi, process.env.CMS_PRESS_OUTLET, perMinute, Math.min(perMinute, 100_000));
  writeFileSync(process.env.CMS_PRESS_TOKEN_FILE, outlet.token);
}

console.log(`CMS_READY ${cms.url}`);

const stop = async () => {
  await cms.stop();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
