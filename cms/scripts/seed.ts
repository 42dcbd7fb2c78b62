/**
 * `npm run seed`: the demo content, and its editorial desk where the CMS is local, loaded into
 * the database the CMS is configured for (SQLite in cms/.tmp/data.db by default; DATABASE_FILENAME,
 * DATABASE_URL… as for the CMS itself). The CMS never loads demo data by itself: `npm start`
 * runs this script, with --if-empty, before it starts the CMS. Idempotent: run it again and
 * nothing is written or uploaded. Compiled to dist/scripts/seed.js.
 *
 *   --if-empty   write nothing when the database holds content already (what `npm start` runs)
 */
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { describeReport, hasContent, seedDemo } from '../src/seed';
import { ensureEnv } from './ensure-env';

interface StrapiFactory {
  createStrapi(options: { appDir: string; distDir: string; serveAdminPanel: boolean }): { load(): Promise<Core.Strapi> };
}

const USAGE = 'usage: npm run seed [-- --if-empty]';

async function main(args: string[]): Promise<void> {
  const unknown = args.filter((a) => a !== '--if-empty');
  if (unknown.length) throw new Error(`unknown option ${unknown.join(' ')}; ${USAGE}`);
  const ifEmpty = args.includes('--if-empty');

  const appDir = path.resolve(__dirname, '..', '..'); // dist/scripts -> cms/
  process.chdir(appDir); // Strapi reads .env and serves uploads from the working directory
  ensureEnv(path.join(appDir, '.env'));

  const started = Date.now();
  // Strapi's CommonJS build (its ESM build trips over a lodash/fp directory import).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createStrapi } = require('@strapi/strapi') as StrapiFactory;
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), serveAdminPanel: false }).load();
  console.log(`[seed] Strapi loaded in ${((Date.now() - started) / 1000).toFixed(1)} s; database: ${String(strapi.config.get('database.connection.client'))}`);

  try {
    if (ifEmpty && (await hasContent(strapi))) {
      console.log('[seed] the database holds content already: nothing loaded (npm run seed completes the demo)');
      return;
    }
    console.log('[seed] loading the demo content (about a minute)…');
    const { content, deskSkipped } = await seedDemo(strapi, { log: (line) => console.log(`[seed] ${line}`) });
    console.log('[seed] summary');
    for (const line of describeReport(content)) console.log(`[seed]   ${line}`);
    console.log(deskSkipped ? `[seed] editorial desk not loaded: ${deskSkipped}` : '[seed] editorial desk: demo users and documents in every workflow state');
  } finally {
    await strapi.destroy();
  }
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('[seed] failed:', error);
    process.exit(1);
  },
);
