/**
 * `npm run -w cms rebuild-projections`: makes the tables kept from the event log again from it
 * (the projections listed in src/features.ts: `workflow_states`, `press_changes`). Use it after
 * a rule change in src/workflow/states.ts, or when such a table was damaged. Against the
 * database the CMS is configured for (DATABASE_URL, DATABASE_FILENAME… as for the CMS itself);
 * it may run while the CMS serves: writes wait until each table is rebuilt (and fail after
 * DATABASE_STATEMENT_TIMEOUT on a very large log). Compiled to dist/scripts/rebuild-projections.js.
 */
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { rebuildProjections } from '../src/events';
import { FEATURES, projectionsOf } from '../src/features';

interface StrapiFactory {
  createStrapi(options: { appDir: string; distDir: string; serveAdminPanel: boolean }): { load(): Promise<Core.Strapi> };
}

async function main(): Promise<void> {
  const appDir = path.resolve(__dirname, '..', '..'); // dist/scripts -> cms/
  process.chdir(appDir); // Strapi reads .env from the working directory
  // Strapi's CommonJS build (its ESM build trips over a lodash/fp directory import).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createStrapi } = require('@strapi/strapi') as StrapiFactory;
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), serveAdminPanel: false }).load();
  try {
    for (const { table, outcome } of await rebuildProjections(strapi, projectionsOf(FEATURES))) {
      console.log(`[rebuild-projections] ${table}: ${outcome}`);
    }
  } finally {
    await strapi.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('[rebuild-projections] failed:', error);
    process.exit(1);
  },
);
