/**
 * Makes the CMS images and files that pages link (src/lib/images.ts, src/lib/cms-files.ts)
 * exist in the site, through the asset pipeline shared with the publisher (src/lib/assets/).
 *
 * - `astro build`: pages are rendered inside page records (src/middleware.ts) that are
 *   collected; once every page is built, all their assets are written into the build's client
 *   directory in one go (downloads and encodings cached under <cacheDir>/cms-assets/).
 * - `astro dev`: the same files, made on first request: a dev-server middleware answers
 *   /_img/… and /files/… for paths the rendered pages linked, from <cacheDir>/cms-assets/dev/.
 */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { collectedAsset, collectedAssets, setCmsSource, startCollecting } from '../lib/assets/collect.ts';
import { FILE_DIR, IMAGE_DIR } from '../lib/assets/names.ts';
import type { CmsSource } from '../lib/assets/originals.ts';
import { writeAssets } from '../lib/assets/write.ts';
import { strapiToken, strapiUrl } from '../lib/env';

const TYPES: Record<string, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
  mp3: 'audio/mpeg',
  mp4: 'video/mp4',
  webm: 'video/webm',
};

export function cmsAssets(): AstroIntegration {
  let source: CmsSource | undefined;
  return {
    name: 'cchc:cms-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        source = { cacheDir: join(fileURLToPath(config.cacheDir), 'cms-assets'), cmsUrl: strapiUrl(), token: strapiToken() };
        setCmsSource(source);
      },
      'astro:build:start': () => {
        startCollecting();
      },
      'astro:server:setup': ({ server, logger }) => {
        // Pages are rendered over and over in dev: keep the latest records only.
        startCollecting(500);
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0] ?? '';
          if (!source || !(path.startsWith(IMAGE_DIR) || path.startsWith(FILE_DIR))) return next();
          // Asset paths are plain file names: nothing to decode.
          const asset = collectedAsset(path);
          if (!asset) return next();
          const devDir = join(source.cacheDir, 'dev');
          writeAssets(new Map([[path, asset]]), devDir, source).then(
            () => {
              res.setHeader('Content-Type', TYPES[path.slice(path.lastIndexOf('.') + 1)] ?? 'application/octet-stream');
              createReadStream(join(devDir, path)).pipe(res);
            },
            (error: unknown) => {
              logger.error(error instanceof Error ? error.message : String(error));
              res.statusCode = 502;
              res.end();
            },
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!source) throw new Error('cms-assets: astro:config:done did not run');
        const assets = collectedAssets();
        const started = Date.now();
        const r = await writeAssets(assets, fileURLToPath(dir), source);
        logger.info(
          `${r.total} CMS images and files in ${IMAGE_DIR} and ${FILE_DIR} in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
            `${r.encoded} variants encoded and ${r.downloaded} uploads downloaded (the others were cached)`,
        );
      },
    },
  };
}
