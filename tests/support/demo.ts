/** The demo content and its editorial desk, loaded into a booted CMS by what `npm run seed` runs (cms/dist, compiled by the global setup). */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CMS_DIR } from './paths';

const require = createRequire(import.meta.url);

export async function seedDemo(strapi: unknown, log: (line: string) => void = () => undefined): Promise<void> {
  const { seedDemo: seedTheDemo } = require(join(CMS_DIR, 'dist', 'src', 'seed', 'index.js')) as {
    seedDemo: (strapi: unknown, options: { log: (line: string) => void }) => Promise<{ deskSkipped: string | null }>;
  };
  const { deskSkipped } = await seedTheDemo(strapi, { log });
  // The suite's demo always has its desk: a CMS booted here listens on loopback.
  if (deskSkipped) throw new Error(`the demo's editorial desk was not loaded: ${deskSkipped}`);
}

/**
 * `npm run seed` (cms/scripts/seed.ts, compiled) as a process of its own, as `npm start` runs it,
 * with `env` (the database, the secrets, HOST…): its exit code and its output. With
 * every secret given, so that it writes no cms/.env into the checkout (cms/scripts/ensure-env.ts).
 */
export async function runSeedScript(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const secrets = {
    SITE_PUBLISHER_SECRET: env.SITE_PUBLISHER_SECRET || `whsec_${randomBytes(32).toString('base64')}`,
    SITE_PREVIEW_SECRET: env.SITE_PREVIEW_SECRET || randomBytes(32).toString('base64url'),
  };
  const child = spawn(process.execPath, [join(CMS_DIR, 'dist', 'scripts', 'seed.js'), ...args], {
    cwd: CMS_DIR,
    env: { ...env, ...secrets },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = ''; // a few hundred lines: one per document
  const keep = (chunk: Buffer) => (output += chunk.toString());
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', resolve);
  });
  return { code, output };
}
