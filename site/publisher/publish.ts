/**
 * One publish: from the live site and a new content snapshot to a new live site.
 *
 * 1. Every question a live page asked (its record, src/lib/page-record.ts) is asked again
 *    against the new content; a page is re-rendered when an answer changed, rendered when its
 *    path is new (src/lib/site-paths.ts), removed when its path is gone.
 * 2. The next snapshot starts equal to the live one, hard-linked (snapshot-ring.ts); the new
 *    pages, the files they link (images, downloads) and the meta of what changed are written
 *    into it; files no page links any more are removed. Every file written or removed is
 *    returned (`changedFiles`), so that the next snapshots know what to bring up to date.
 * 3. The `live` symlink is swapped. Anything that fails before that throws, leaves the live site
 *    exactly as it was and removes the half-made snapshot.
 *
 * One page that cannot be made (its render throws or answers an error, or a file it links
 * cannot be made) does not stop the others: it stays as it was on the live site (or absent if
 * it is new), keeps its old record, and is returned among `failed` with the reason, for the
 * publisher to report against the document it shows. It is tried again when a change touches it.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { useContent, type ContentSnapshot } from '../src/lib/content-source.ts';
import { answerAgain, touchedBy, type ContentChange } from '../src/lib/content.ts';
import type { PageRecord } from '../src/lib/page-record.ts';
import { routingOf } from '../src/lib/routing.ts';
import { clientDir, metaDir, pageFile, writeMeta, type SiteMeta } from '../src/lib/site-meta.ts';
import { sitePaths } from '../src/lib/site-paths.ts';
import { ASSET_FOLDERS, linkRendererFiles, makePageAssets } from './assets.ts';
import type { Renderer } from './renderer.ts';
import { fileOfPath, removeSiteFile, swapLive, writeSiteFile, type Layout } from './snapshots.ts';

export interface LiveSite {
  /** The snapshot folder being served. */
  dir: string;
  content: ContentSnapshot;
  meta: SiteMeta;
}

/** A page that could not be made, and why (short, for the editor). */
export interface PageFailure {
  path: string;
  reason: string;
}

export interface Published extends LiveSite {
  rendered: string[];
  removed: string[];
  /** Pages left as they were (or absent if new) because they could not be made. */
  failed: PageFailure[];
  /** Files of the snapshot (`client/…`, `meta/…`) this publish wrote or removed, or may have. */
  changedFiles: string[];
  /** Nothing changed: the live site stays, and the next snapshot's folder was not used. */
  unused?: Promise<string>;
  ms: number;
  /** Milliseconds per step, in order (the publisher's own account: what grows with the site shows here). */
  steps: Record<string, number>;
}

export interface PublishOptions {
  layout: Layout;
  /** A new snapshot folder already equal to the live one, hard-linked (snapshot-ring.ts). */
  copy: Promise<string>;
  renderer: Renderer;
  /** The renderer build's own public files (stylesheet, fonts), present in every snapshot. */
  rendererClientDir: string;
  /** Only for tests (NODE_ENV=test): a path whose render fails on purpose. */
  failPath?: string;
  /**
   * New paths that failed before (path → the `type/documentId` they show, if any): rendered
   * again only when the change touches that document (or with no known change), not on every
   * publish.
   */
  failedBefore?: ReadonlyMap<string, string | undefined>;
}

export class PublishError extends Error {
  override name = 'PublishError';
}

/**
 * Pages of the live site that must be rendered again for `next`: those with a question whose
 * answer changed. Only questions the change can touch are asked again (each once); without a
 * known change (at start), every one.
 */
async function affectedPages(
  pages: ReadonlyMap<string, PageRecord>,
  paths: ReadonlySet<string>,
  change: ContentChange | undefined,
  failedBefore: ReadonlyMap<string, string | undefined> = new Map(),
): Promise<{ render: string[]; removed: string[] }> {
  const answers = new Map<string, Promise<string | undefined>>();
  const again = (key: string) => {
    let answer = answers.get(key);
    if (!answer) answers.set(key, (answer = answerAgain(key)));
    return answer;
  };
  const render: string[] = [];
  const removed: string[] = [];
  for (const [path, record] of pages) {
    if (!paths.has(path)) {
      removed.push(path);
      continue;
    }
    for (const [key, print] of record.reads) {
      if (change && !touchedBy(key, change)) continue;
      if ((await again(key)) !== print) {
        render.push(path);
        break;
      }
    }
  }
  const triedAgain = (path: string) => {
    if (!change || !failedBefore.has(path)) return true;
    const shows = failedBefore.get(path);
    return shows === undefined || change.documents.has(shows);
  };
  for (const path of paths) if (!pages.has(path) && triedAgain(path)) render.push(path);
  return { render, removed };
}

/** Files under the asset folders of a snapshot, as site paths. */
async function assetFiles(client: string): Promise<string[]> {
  const out: string[] = [];
  for (const folder of ASSET_FOLDERS) {
    const dir = join(client, folder);
    if (!existsSync(dir)) continue;
    for (const name of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (name.isFile()) out.push(`/${relative(client, join(name.parentPath, name.name))}`);
    }
  }
  return out;
}

/** An error as a short line for the editor (a stack or a whole HTML page is no use there). */
function shortReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 300);
}

/** Puts back the live site's page at `path` (and its record), or removes it if the live site has none. */
async function restorePage(live: LiveSite, client: string, path: string, pages: Map<string, PageRecord>): Promise<void> {
  const before = live.meta.pages.get(path);
  const file = fileOfPath(client, path);
  if (before) {
    await writeSiteFile(file, await readFile(fileOfPath(clientDir(live.dir), path)));
    pages.set(path, before);
  } else {
    await removeSiteFile(file);
    pages.delete(path);
  }
}

/** Publishes `next`; `change` says what differs from the live content (undefined: ask everything). */
export async function publish(live: LiveSite, next: ContentSnapshot, change: ContentChange | undefined, options: PublishOptions): Promise<Published> {
  const started = performance.now();
  const steps: Record<string, number> = {};
  let mark = started;
  const step = (name: string) => {
    const now = performance.now();
    steps[name] = Math.round(now - mark);
    mark = now;
  };
  useContent(next);
  let dir: string | undefined;
  try {
    const paths = new Set((await sitePaths()).map((p) => p.path));
    step('paths');
    const { render, removed } = await affectedPages(live.meta.pages, paths, change, options.failedBefore);
    step('affected');
    const routing = await routingOf();
    step('routing');
    if (!render.length && !removed.length && JSON.stringify(routing) === JSON.stringify(live.meta.routing)) {
      // Nothing differs from the live site (a start, a midnight, a change no page shows): no
      // swap, and the next snapshot's folder, not waited for, is left to the next publish.
      return { ...live, content: next, rendered: [], removed: [], failed: [], changedFiles: [], unused: options.copy, ms: Math.round(performance.now() - started), steps };
    }
    dir = await options.copy;
    step('copy');

    const client = clientDir(dir);
    const pages = new Map(live.meta.pages);
    const failed = new Map<string, string>();
    // A few renders in flight: the renderer answers while the previous page is being written.
    // A page that fails is not written: the copy still holds the live page (or none).
    const queue = [...render];
    const worker = async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        try {
          if (path === options.failPath) throw new PublishError('bài kiểm thử yêu cầu trang này lỗi');
          const page = await options.renderer.render(path);
          const expected = path === '/404/' ? 404 : 200;
          if (page.status !== expected) throw new PublishError(`trình dựng trang trả lời ${page.status}`);
          await writeSiteFile(fileOfPath(client, path), page.body);
          pages.set(path, page.record);
        } catch (error) {
          failed.set(path, shortReason(error));
        }
      }
    };
    await Promise.all(Array.from({ length: 3 }, worker));
    for (const path of removed) {
      await removeSiteFile(fileOfPath(client, path));
      pages.delete(path);
    }
    step('render');

    // The files pages link, made where missing; a page linking one that cannot be made goes
    // back to what the live site has (before unlinked files are removed, so its files are there).
    const rendered = render.filter((path) => !failed.has(path));
    const assetsOfRendered = new Map(rendered.flatMap((path) => [...pages.get(path)!.assets]));
    // Those not in the snapshot yet are the ones written (for the next snapshots to link in).
    const newAssets = [...assetsOfRendered.keys()].filter((path) => !existsSync(join(client, path)));
    const missing = await makePageAssets(assetsOfRendered, client);
    for (const path of rendered) {
      const asset = [...pages.get(path)!.assets.keys()].find((a) => missing.has(a));
      if (asset === undefined) continue;
      failed.set(path, `không tạo được tệp ${asset}: ${missing.get(asset)!.slice(0, 200)}`);
      await restorePage(live, client, path, pages);
    }
    step('assets');
    const needed = new Map([...pages.values()].flatMap((r) => [...r.assets]));
    const unlinked = (await assetFiles(client)).filter((path) => !needed.has(path));
    for (const path of unlinked) await removeSiteFile(join(client, path));
    const rendererFiles = await linkRendererFiles(client, options.rendererClientDir);
    step('unlinked');

    const changed = render.filter((path) => !failed.has(path));
    const meta: SiteMeta = { pages, routing };
    await writeMeta(dir, meta, { changed, removed });
    step('meta');
    await swapLive(options.layout, dir);
    step('swap');
    // Every page touched (failed ones were put back, which is a write too), its record, the
    // files pages link, and the routing.
    const written = dir; // a const for the closures below (dir is reassigned on failure)
    const inSnapshot = (file: string) => relative(written, file);
    const changedFiles = [
      ...[...render, ...removed].flatMap((path) => [fileOfPath(client, path), pageFile(written, path)]),
      ...[...newAssets, ...unlinked].map((path) => join(client, path)),
      ...rendererFiles.map((file) => join(client, file)),
      join(metaDir(dir), 'routing.json'),
    ].map(inSnapshot);
    return {
      dir,
      content: next,
      meta,
      rendered: changed,
      removed,
      changedFiles,
      failed: [...failed].map(([path, reason]) => ({ path, reason })),
      ms: Math.round(performance.now() - started),
      steps,
    };
  } catch (error) {
    useContent(live.content);
    dir ??= await options.copy.catch(() => undefined);
    if (!dir) throw error;
    // The reason the publish failed is what the editor must see, not a cleaning problem.
    await rm(dir, { recursive: true, force: true }).catch((cleanup: Error) => console.error(`[publisher] could not remove ${dir}: ${cleanup.message}`));
    throw error;
  }
}
