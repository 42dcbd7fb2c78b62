/**
 * Once per run of the `admin` project: build the admin panel as `npm start` does (NODE_ENV
 * production, so the Content-Type Builder is left out as in production), which also compiles
 * the CMS into cms/dist (so the other projects need not compile it again). About 70 s and 2 GB.
 */
import { execFileSync } from 'node:child_process';
import { CMS_DIR, ROOT } from '../support/paths';
import { prepareTemplates } from '../support/run-setup';

export default function setup(): () => Promise<void> {
  execFileSync('npx', ['tsc', '-p', 'content-types/tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync('npx', ['strapi', 'build'], {
    cwd: CMS_DIR,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true' },
  });
  process.env.CCHC_TEST_COMPILED = '1';
  return prepareTemplates();
}
