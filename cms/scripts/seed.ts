/**
 * `npm run seed`: loads the demo content into the database the CMS is configured for (SQLite
 * in cms/.tmp/data.db by default; DATABASE_FILENAME, DATABASE_URL… as for the CMS itself).
 * Idempotent: run it again and nothing is written or uploaded. Compiled to dist/scripts/seed.js.
 */
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { describeReport, seedDemoContent } from '../src/seed';
import { ensureEnv } from './ensure-env';

interface StrapiFactory {
  createStrapi(options: { appDir: string; distDir: string; serveAdminPanel: boolean }): { load(): Promise<Core.Strapi> };
}

async function main(): Promise<void> {
  const appDir = path.resolve(__dirname, '..', '..'); // dist/scripts -> cms/
  process.chdir(appDir); // Strapi reads .env and serves uploads from the working directory
  ensureEnv(path.join(appDir, '.env'));
  // This script seeds with its own progress output; the start-up hook must not do it first.
  process.env.SEED_DEMO = 'false';

  const started = Date.now();
  // Strapi's CommonJS build (its ESM build trips over a lodash/fp directory import).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createStrapi } = require('@strapi/strapi') as StrapiFactory;
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), serveAdminPanel: false }).load();
  console.log(`[seed] Strapi loaded in ${((Date.now() - started) / 1000).toFixed(1)} s; database: ${String(strapi.config.get('database.connection.client'))}`);

  try {
    const report = await seedDemoContent(strapi, { log: (line) => console.log(`[seed] ${line}`) });
    console.log('[seed] summary');
    for (const line of describeReport(report)) console.log(`[seed]   ${line}`);
  } finally {
    await strapi.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('[seed] failed:', error);
    process.exit(1);
  },
);
