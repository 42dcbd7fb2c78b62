/**
 * Writes what the publisher needs to keep a full build's output current (site/publisher/),
 * into `<outDir>/meta/` (not served):
 * - `pages.json`: every page's record: what it read, which files it links (src/lib/page-record.ts);
 * - `routing.json`: the addresses that answer 301 and 410 (src/lib/routing.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { collectedPages } from '../lib/assets/collect.ts';
import { writeMeta } from '../lib/site-meta';
import { routingOf } from '../lib/routing';

export function sitePages(): AstroIntegration {
  let outDir = '';
  return {
    name: 'cchc:site-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:done': async ({ logger }) => {
        const pages = new Map(collectedPages());
        await writeMeta(outDir, { pages, routing: await routingOf() });
        logger.info(`${pages.size} page records in meta/`);
      },
    },
  };
}
