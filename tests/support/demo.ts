/** The demo content and its editorial desk, loaded into a booted CMS (cms/dist, compiled by the global setup). */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CMS_DIR } from './paths';

const require = createRequire(import.meta.url);

export async function seedDemo(strapi: unknown, log: (line: string) => void = () => undefined): Promise<void> {
  const { seedDemoContent } = require(join(CMS_DIR, 'dist', 'src', 'seed', 'index.js')) as {
    seedDemoContent: (strapi: unknown, options: { log: (line: string) => void }) => Promise<unknown>;
  };
  await seedDemoContent(strapi, { log });
  // And its editorial desk: documents in every workflow state, one with a major update.
  const { seedEditorialDemo } = require(join(CMS_DIR, 'dist', 'src', 'seed', 'editorial-demo.js')) as {
    seedEditorialDemo: (strapi: unknown) => Promise<void>;
  };
  await seedEditorialDemo(strapi);
}
