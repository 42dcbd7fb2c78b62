/**
 * The files a snapshot needs besides its pages: those the pages link (CMS images and
 * downloads, made by the site's asset pipeline exactly as the full build makes them) and the
 * renderer build's own public files (stylesheet, fonts, favicon), linked in where missing.
 */
import { existsSync } from 'node:fs';
import { link, mkdir, readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { AssetSource } from '../src/lib/page-record.ts';
import { FILE_DIR, IMAGE_DIR, writeAssets } from '../src/lib/assets/index.ts';
import { cmsOptions } from './config.ts';

/** The folders of a snapshot that hold only files pages link (removed when no page links them). */
export const ASSET_FOLDERS = [IMAGE_DIR, FILE_DIR].map((dir) => dir.replace(/^\/|\/$/g, ''));

/** Links into `toDir` the files of `fromDir` it lacks; resolves with those linked (relative paths). */
async function linkMissing(fromDir: string, toDir: string): Promise<string[]> {
  const linked: string[] = [];
  for (const entry of await readdir(fromDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const source = join(entry.parentPath, entry.name);
    const target = join(toDir, relative(fromDir, source));
    if (existsSync(target)) continue;
    await mkdir(dirname(target), { recursive: true });
    await link(source, target);
    linked.push(relative(fromDir, source));
  }
  return linked;
}

/**
 * Makes the files pages link where missing; resolves with those that could not be made (site
 * path → reason), for the publisher to leave out the pages that link them.
 */
export async function makePageAssets(assets: ReadonlyMap<string, AssetSource>, client: string): Promise<Map<string, string>> {
  const failed = new Map<string, string>();
  await writeAssets(new Map(assets), client, { ...cmsOptions(), onFailure: (path, error) => failed.set(path, error.message) });
  return failed;
}

/** The renderer build's own public files (stylesheet, fonts, favicon), linked in where missing; resolves with those linked. */
export function linkRendererFiles(client: string, rendererClientDir: string): Promise<string[]> {
  return linkMissing(rendererClientDir, client);
}
