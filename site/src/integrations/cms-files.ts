/**
 * Copies the CMS files that pages link (see src/lib/cms-files.ts) into the build's /files/.
 * Each file is downloaded once into the cache directory and reused by later builds.
 */
import { createWriteStream, existsSync } from 'node:fs';
import { copyFile, mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { FILES_PATH, registeredFiles, startCollecting } from '../lib/cms-files';
import { strapiToken } from '../lib/env';

const CONCURRENCY = 4;

async function download(source: string, target: string): Promise<void> {
  const headers: Record<string, string> = {};
  const token = strapiToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(source, { headers });
  if (!response.ok || !response.body) throw new Error(`Could not download ${source} from the CMS (${response.status})`);
  const partial = `${target}.part`;
  await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), createWriteStream(partial));
  await rename(partial, target);
}

export function cmsFiles(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'cchc:cms-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'cms-files');
      },
      'astro:build:start': () => {
        startCollecting();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const files = [...registeredFiles()];
        if (!files.length) return;
        const outDir = fileURLToPath(new URL(`.${FILES_PATH}`, dir));
        await mkdir(outDir, { recursive: true });
        await mkdir(cacheDir, { recursive: true });
        let downloaded = 0;
        const queue = [...files];
        const worker = async () => {
          for (let next = queue.shift(); next; next = queue.shift()) {
            const [name, source] = next;
            const cached = join(cacheDir, name);
            if (!existsSync(cached)) {
              await download(source, cached);
              downloaded++;
            }
            await copyFile(cached, join(outDir, name));
          }
        };
        await Promise.all(Array.from({ length: CONCURRENCY }, worker));
        logger.info(`${files.length} files in ${FILES_PATH} (${downloaded} downloaded, the rest from the cache)`);
      },
    },
  };
}
