/**
 * The full build's two waits, started at once and overlapped with Astro's own start (config,
 * server bundle) and then with rendering, instead of one after the other on the way to the
 * first page:
 * - the content: read from the CMS once per build (src/lib/content-source.ts), which takes
 *   seconds of the CMS's time at 10,000 documents; the first getStaticPaths awaits the same
 *   load, and a CMS that cannot be read fails the build there, as before;
 * - the previous output: Astro empties the output folder synchronously before it bundles,
 *   which at 12,000 pages is tens of thousands of unlinks (2 to 20 s on a busy disk) while
 *   nothing else can run. Its entries are moved aside into a sibling folder (a rename each,
 *   on the same file system) and removed in the background; the build ends once they are gone.
 *   A build that fails leaves that folder, and the next build removes it.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { content } from '../lib/content-source.ts';

/** Where the previous output of `outDir` is moved to be removed: `.removing-<name>-<random>` beside it. */
const TRASH_PREFIX = '.removing-';

/**
 * Moves the entries of `outDir` (but `.git`, which Astro keeps too) into a new folder beside it;
 * returns the folders to remove. What cannot be moved (another file system) is left to Astro.
 */
function moveAside(outDir: string): string[] {
  const parent = dirname(outDir);
  if (!existsSync(outDir)) return [];
  const prefix = `${TRASH_PREFIX}${basename(outDir)}-`;
  // Left by builds that failed before they removed theirs.
  const trash = readdirSync(parent).filter((name) => name.startsWith(prefix)).map((name) => join(parent, name));
  const entries = readdirSync(outDir).filter((name) => name !== '.git');
  if (entries.length) {
    const dir = join(parent, `${prefix}${randomBytes(4).toString('hex')}`);
    mkdirSync(dir);
    trash.push(dir);
    try {
      for (const name of entries) renameSync(join(outDir, name), join(dir, name));
    } catch {
      // Astro's own emptying removes the rest.
    }
  }
  return trash;
}

export function buildStart(): AstroIntegration {
  let outDir = '';
  let removing: Promise<unknown> = Promise.resolve();
  return {
    name: 'cchc:build-start',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        // Awaited by the pages; a failure is theirs to report (not an unhandled rejection here).
        content().catch(() => undefined);
        removing = Promise.all(moveAside(outDir).map((dir) => rm(dir, { recursive: true, force: true, maxRetries: 3 })));
      },
      'astro:build:done': async ({ logger }) => {
        await removing.catch((error: unknown) => logger.warn(`The previous output was not all removed: ${String(error)}`));
      },
    },
  };
}
