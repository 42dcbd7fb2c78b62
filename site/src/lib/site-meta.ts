/**
 * The private part of a built site (`<dir>/meta/`, next to the served `<dir>/client/`): each
 * page's record and the site's routing. Written by a full build and by every publish, read by
 * the publisher (to know what a change touches) and by the server (301 and 410).
 *
 * Plain TypeScript with `.ts` imports: the publisher and the server run it in Node.
 */
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { AssetSource, PageRecord } from './page-record.ts';
import type { Routing } from './routing.ts';

export interface SiteMeta {
  /** Site path → its record. */
  pages: Map<string, PageRecord>;
  routing: Routing;
}

/** One page's record as stored: `meta/pages/<path>index.json` (`/tin-bai/x/` → `pages/tin-bai/x/index.json`). */
interface PageFile {
  path: string;
  reads: [string, string][];
  assets: [string, AssetSource][];
}

export const metaDir = (siteDir: string): string => join(siteDir, 'meta');
export const clientDir = (siteDir: string): string => join(siteDir, 'client');
const pagesDir = (siteDir: string): string => join(metaDir(siteDir), 'pages');
/** The file of a page's record in a site (the publisher tracks which files a publish changed). */
export const pageFile = (siteDir: string, path: string): string => join(pagesDir(siteDir), `${path}${path.endsWith('/') ? 'index' : ''}.json`);

/** Written whole to a temporary name and renamed: a reader never sees half a file, a linked copy is never written into. */
async function writeJson(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(`${path}.tmp`, JSON.stringify(value));
  await rename(`${path}.tmp`, path);
}

const sortedEntries = <V>(map: ReadonlyMap<string, V>): [string, V][] => [...map].sort(([a], [b]) => a.localeCompare(b));

/**
 * Writes the meta of a site: every page's record (or only those of `changed`, removing those of
 * `removed`: a publish writes what it rendered into a linked copy of the live meta), and the
 * routing.
 */
export async function writeMeta(
  siteDir: string,
  meta: SiteMeta,
  only?: { changed: Iterable<string>; removed: Iterable<string> },
): Promise<void> {
  await mkdir(metaDir(siteDir), { recursive: true });
  const paths = only ? only.changed : meta.pages.keys();
  const queue = [...paths];
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const record = meta.pages.get(path)!;
      await writeJson(pageFile(siteDir, path), { path, reads: sortedEntries(record.reads), assets: sortedEntries(record.assets) } satisfies PageFile);
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  for (const path of only?.removed ?? []) await rm(pageFile(siteDir, path), { force: true });
  await writeJson(join(metaDir(siteDir), 'routing.json'), meta.routing);
}

export async function readMeta(siteDir: string): Promise<SiteMeta> {
  const pages = new Map<string, PageRecord>();
  const dir = pagesDir(siteDir);
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.json'));
  const queue = [...files];
  const worker = async () => {
    for (let e = queue.shift(); e; e = queue.shift()) {
      const file = JSON.parse(await readFile(join(e.parentPath, e.name), 'utf8')) as PageFile;
      pages.set(file.path, { reads: new Map(file.reads), assets: new Map(file.assets) });
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return { pages, routing: JSON.parse(await readFile(join(metaDir(siteDir), 'routing.json'), 'utf8')) as Routing };
}
