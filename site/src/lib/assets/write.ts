/**
 * Makes the files pages link exist in a built site: the static build calls it once every page is
 * rendered, the publisher after re-rendering a few, both with the assets those pages recorded
 * (src/lib/page-record.ts). Same inputs, same bytes, whichever process asks and whenever.
 *
 * Cache layout (kept between builds):
 *   <cacheDir>/originals/<upload file name>   the upload as the CMS serves it (originals.ts)
 *   <cacheDir>/variants/<sha-256 of the original's bytes, 32 hex>-<size>.<recipe>.<format>
 *                                             each encoded variant, keyed by what decides its
 *                                             bytes and nothing else: never reused for other
 *                                             bytes that carry the same name, and made once for
 *                                             the same picture uploaded under several names
 *                                             (a database seeded again, a re-upload)
 *
 * A file already at its path in the site is left alone. New files are hard-linked from the cache
 * (copied where the site is on another device) under a temporary name, then renamed into place:
 * nothing is ever written into an existing file, because the site directory may be a hard-linked
 * copy of the live site, where writing into a file would change the live one.
 *
 * Plain TypeScript with erasable syntax only (Node runs it as it is); node builtins and sharp.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { copyFile, link, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import type { AssetSource, ImageAsset } from '../page-record.ts';
import { assetPath, recipeOf, variantName } from './names.ts';
import { originalFile, temporaryName, type CmsSource } from './originals.ts';

export interface WriteAssetsOptions extends CmsSource {
  /** Assets made at once (default 2: sharp already uses every core for one image). */
  concurrency?: number;
  /**
   * Told of each asset that could not be made, instead of a throw at the end: the publisher
   * then leaves out the pages that link it, not the whole publish.
   */
  onFailure?: (path: string, error: Error) => void;
}

export interface WriteAssetsReport {
  /** Assets asked for. */
  total: number;
  /** Already in the site, left alone. */
  present: number;
  /** Put into the site (linked or copied from the cache). */
  written: number;
  /** Uploads fetched from the CMS (the others were in the cache). */
  downloaded: number;
  /** Image variants encoded (the others were in the cache). */
  encoded: number;
}

// Each image is decoded once per variant; sharp's cache of decoded images would only hold memory.
sharp.cache(false);

/** Encodes one variant of `original`: deterministic for the same input file and sharp build. */
export function encodeImage(original: string, asset: ImageAsset): Promise<Buffer> {
  const recipe = recipeOf(asset);
  const image = sharp(original, { failOn: 'none' }).autoOrient();
  if (recipe.fit === 'cover') {
    image.resize({ width: asset.width, height: asset.height, fit: 'cover', position: 'centre' });
  } else {
    image.resize({ width: asset.width, withoutEnlargement: true });
  }
  const encoder = recipe.encoder;
  switch (recipe.format) {
    case 'avif':
      return image.avif(encoder).toBuffer();
    case 'webp':
      return image.webp(encoder).toBuffer();
    case 'jpg':
      return image.jpeg(encoder).toBuffer();
    case 'png':
      return image.png(encoder).toBuffer();
  }
}

/** The hash of each cached original's bytes, by path (an original is never rewritten in place). */
const contentKeys = new Map<string, Promise<string>>();

function contentKeyOf(file: string): Promise<string> {
  let key = contentKeys.get(file);
  if (!key) {
    const hash = createHash('sha256');
    key = pipeline(createReadStream(file), hash).then(() => hash.digest('hex').slice(0, 32));
    contentKeys.set(file, key);
    key.catch(() => contentKeys.delete(file));
  }
  return key;
}

/** Writes `data` at `target` through a temporary name: readers see the whole file or none. */
async function writeWhole(target: string, data: Buffer): Promise<void> {
  const partial = temporaryName(target);
  try {
    await writeFile(partial, data, { flag: 'wx' });
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/** Puts the cached file at `target`: a hard link where possible, else a copy; never in place. */
async function place(cached: string, target: string): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const partial = temporaryName(target);
  try {
    try {
      await link(cached, partial);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK') throw error;
      await copyFile(cached, partial);
    }
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/** `/_img/x-800.3fa2c1d0.avif` → `<dir>/_img/x-800.3fa2c1d0.avif`, refusing anything else. */
function fileIn(dir: string, path: string): string {
  if (!/^\/(?:_img|files)\/[\w-][\w.-]*$/.test(path)) throw new Error(`Not an asset path: ${path}`);
  return join(dir, ...path.slice(1).split('/'));
}

/**
 * Makes every asset of `assets` (site path → how it is made) exist under `clientDir` at its
 * path. Throws if a path is not the one its source names (see names.ts), or a download or an
 * encoding fails (after the other assets are done).
 */
export async function writeAssets(
  assets: ReadonlyMap<string, AssetSource>,
  clientDir: string,
  options: WriteAssetsOptions,
): Promise<WriteAssetsReport> {
  const report: WriteAssetsReport = { total: assets.size, present: 0, written: 0, downloaded: 0, encoded: 0 };
  for (const [path, asset] of assets) {
    const expected = assetPath(asset);
    if (path !== expected) throw new Error(`${path} is recorded for ${JSON.stringify(asset)}, which is published at ${expected}`);
  }
  const variantsDir = join(options.cacheDir, 'variants');
  await mkdir(variantsDir, { recursive: true });

  const one = async (path: string, asset: AssetSource) => {
    const target = fileIn(clientDir, path);
    if (existsSync(target)) {
      report.present++;
      return;
    }
    const original = await originalFile(asset.source, options);
    if (original.downloaded) report.downloaded++;
    let cached = original.file;
    if (asset.kind === 'image') {
      cached = join(variantsDir, `${await contentKeyOf(original.file)}-${variantName(asset)}`);
      if (!existsSync(cached)) {
        await writeWhole(cached, await encodeImage(original.file, asset));
        report.encoded++;
      }
    }
    await place(cached, target);
    report.written++;
  };

  const queue = [...assets];
  const failures: string[] = [];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      try {
        await one(...next);
      } catch (error) {
        const failure = error instanceof Error ? error : new Error(String(error));
        if (options.onFailure) options.onFailure(next[0], failure);
        else failures.push(`${next[0]}: ${failure.message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 2) }, worker));
  if (failures.length) {
    throw new Error(`${failures.length} of ${assets.size} assets could not be made:\n  ${failures.slice(0, 20).join('\n  ')}`);
  }
  return report;
}
