/**
 * Uploads as the CMS serves them, downloaded once into the cache and kept between builds:
 * `<cacheDir>/originals/<upload file name>` (the name is Strapi's hash of the upload plus its
 * extension). Only the CMS's own uploads are fetched (uploads.ts), never following a redirect,
 * so nothing but the CMS's bytes for that name can be cached under it: a preview that names a
 * foreign URL with a colliding file name fetches nothing. Strapi names uploads uniquely, so a
 * name once downloaded is never fetched again.
 *
 * Plain TypeScript with erasable syntax only (Node runs it as it is); node builtins and sharp.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import sharp from 'sharp';
import { uploadFileName } from './names.ts';
import { NotAnUpload, cmsUploadUrl } from './uploads.ts';

/** Where uploads come from and where they are kept. */
export interface CmsSource {
  /** Cache directory of the pipeline (originals/ and variants/ under it). */
  cacheDir: string;
  /** The CMS as this process reaches it; relative upload URLs are resolved against it. */
  cmsUrl: string;
  /** Read-only API token, sent to the CMS only (never to a remote upload provider). */
  token?: string;
}

/** A name no other writer uses, in the target's directory (so that `rename` is atomic). */
export function temporaryName(target: string): string {
  return `${target}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
}

/** Where the CMS upload at `source` is downloaded from; throws NotAnUpload for anything else. */
export function sourceUrl(source: string, cmsUrl: string): URL {
  const url = cmsUploadUrl(source, cmsUrl);
  if (!url) throw new NotAnUpload(`Not an upload of the CMS: ${JSON.stringify(source.slice(0, 200))}`);
  return url;
}

async function download(source: string, target: string, options: CmsSource): Promise<void> {
  const url = sourceUrl(source, options.cmsUrl);
  const headers: Record<string, string> = options.token ? { Authorization: `Bearer ${options.token}` } : {};
  // A redirect would lead away from the CMS's uploads: refused, not followed.
  const response = await fetch(url, { headers, redirect: 'error' });
  if (response.status === 404) throw new NotAnUpload(`The CMS has no upload at ${url}`);
  if (!response.ok || !response.body) throw new Error(`Could not download ${url} from the CMS (${response.status})`);
  const partial = temporaryName(target);
  try {
    await pipeline(Readable.fromWeb(response.body as WebReadableStream), createWriteStream(partial, { flags: 'wx' }));
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/** Downloads in progress in this process, so that two pages asking at once share one. */
const downloads = new Map<string, Promise<string>>();

/**
 * The local copy of an upload, downloaded first if the cache has none. Resolves with its path
 * and whether this call downloaded it.
 */
export async function originalFile(source: string, options: CmsSource): Promise<{ file: string; downloaded: boolean }> {
  sourceUrl(source, options.cmsUrl);
  const file = join(options.cacheDir, 'originals', uploadFileName(source));
  if (existsSync(file)) return { file, downloaded: false };
  let pending = downloads.get(file);
  if (pending) return { file: await pending, downloaded: false };
  pending = (async () => {
    await mkdir(join(options.cacheDir, 'originals'), { recursive: true });
    await download(source, file, options);
    return file;
  })();
  downloads.set(file, pending);
  try {
    return { file: await pending, downloaded: true };
  } finally {
    downloads.delete(file);
  }
}

const sizes = new Map<string, Promise<{ width: number; height: number }>>();

/**
 * The displayed size of an upload (after its EXIF orientation), for images whose size the CMS
 * does not give: read from the cached original, downloaded first if need be.
 */
export function probeImage(source: string, options: CmsSource): Promise<{ width: number; height: number }> {
  const key = `${options.cacheDir}\0${uploadFileName(source)}`;
  let known = sizes.get(key);
  if (!known) {
    known = (async () => {
      const { file } = await originalFile(source, options);
      const meta = await sharp(file, { failOn: 'none' }).metadata();
      const { width, height } = meta.autoOrient;
      if (!width || !height) throw new Error(`Could not read the size of ${source}`);
      return { width, height };
    })();
    sizes.set(key, known);
    known.catch(() => sizes.delete(key));
  }
  return known;
}
