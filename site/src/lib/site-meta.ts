/**
 * The private part of a built site (`<dir>/meta/`, next to the served `<dir>/client/`): each
 * page's record and the site's routing. Written by a full build and by every publish, read by
 * the publisher (to know what a change touches) and by the server (301 and 410).
 *
 * Plain TypeScript with `.ts` imports: the publisher and the server run it in Node.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AssetSource, PageRecord } from './page-record.ts';
import type { Routing } from './routing.ts';

export interface SiteMeta {
  /** Site path → its record. */
  pages: Map<string, PageRecord>;
  routing: Routing;
}

interface PagesFile {
  pages: Record<string, { reads: [string, string][]; assets: [string, AssetSource][] }>;
}

export const metaDir = (siteDir: string): string => join(siteDir, 'meta');
export const clientDir = (siteDir: string): string => join(siteDir, 'client');

/** Written whole to a temporary name and renamed: a reader never sees half a file. */
async function writeJson(path: string, value: unknown): Promise<void> {
  await writeFile(`${path}.tmp`, JSON.stringify(value));
  await rename(`${path}.tmp`, path);
}

export async function writeMeta(siteDir: string, meta: SiteMeta): Promise<void> {
  const dir = metaDir(siteDir);
  await mkdir(dir, { recursive: true });
  const pages: PagesFile['pages'] = {};
  for (const path of [...meta.pages.keys()].sort()) {
    const record = meta.pages.get(path)!;
    pages[path] = { reads: [...record.reads].sort(([a], [b]) => a.localeCompare(b)), assets: [...record.assets].sort(([a], [b]) => a.localeCompare(b)) };
  }
  await writeJson(join(dir, 'pages.json'), { pages } satisfies PagesFile);
  await writeJson(join(dir, 'routing.json'), meta.routing);
}

export async function readMeta(siteDir: string): Promise<SiteMeta> {
  const dir = metaDir(siteDir);
  const file = JSON.parse(await readFile(join(dir, 'pages.json'), 'utf8')) as PagesFile;
  const pages = new Map<string, PageRecord>();
  for (const [path, r] of Object.entries(file.pages)) pages.set(path, { reads: new Map(r.reads), assets: new Map(r.assets) });
  return { pages, routing: JSON.parse(await readFile(join(dir, 'routing.json'), 'utf8')) as Routing };
}
