/**
 * One publish: from the live site and a new content snapshot to a new live site.
 *
 * 1. Every question a live page asked (its record, src/lib/page-record.ts) is asked again
 *    against the new content; a page is re-rendered when an answer changed, rendered when its
 *    path is new (src/lib/site-paths.ts), removed when its path is gone.
 * 2. The next snapshot is a hard-linked copy of the live one (made ahead, while nothing is
 *    published: `copyAhead`); the new pages, the files they link (images, downloads) and the
 *    meta of what changed are written into it; files no page links any more are removed.
 * 3. The `live` symlink is swapped. Anything that fails before that throws, leaves the live site
 *    exactly as it was and removes the half-made snapshot.
 */
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { useContent, type ContentSnapshot } from '../src/lib/content-source.ts';
import { answerAgain, touchedBy, type ContentChange } from '../src/lib/content.ts';
import type { PageRecord } from '../src/lib/page-record.ts';
import { routingOf } from '../src/lib/routing.ts';
import { clientDir, writeMeta, type SiteMeta } from '../src/lib/site-meta.ts';
import { sitePaths } from '../src/lib/site-paths.ts';
import { makeAssets, ASSET_FOLDERS } from './assets.ts';
import type { Renderer } from './renderer.ts';
import { fileOfPath, removeSiteFile, swapLive, writeSiteFile, type Layout } from './snapshots.ts';

export interface LiveSite {
  /** The snapshot folder being served. */
  dir: string;
  content: ContentSnapshot;
  meta: SiteMeta;
}

export interface Published extends LiveSite {
  rendered: string[];
  removed: string[];
  ms: number;
}

export interface PublishOptions {
  layout: Layout;
  /** A new snapshot folder already holding a hard-linked copy of the live one (`copyAhead`). */
  copy: Promise<string>;
  renderer: Renderer;
  /** The renderer build's own public files (stylesheet, fonts), present in every snapshot. */
  rendererClientDir: string;
  /** Only for tests (NODE_ENV=test): a path whose render fails on purpose. */
  failPath?: string;
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
  for (const path of paths) if (!pages.has(path)) render.push(path);
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

/** Publishes `next`; `change` says what differs from the live content (undefined: ask everything). */
export async function publish(live: LiveSite, next: ContentSnapshot, change: ContentChange | undefined, options: PublishOptions): Promise<Published> {
  const started = performance.now();
  const dir = await options.copy;
  useContent(next);
  try {
    const paths = new Set((await sitePaths()).map((p) => p.path));
    const { render, removed } = await affectedPages(live.meta.pages, paths, change);

    const client = clientDir(dir);
    const pages = new Map(live.meta.pages);
    // A few renders in flight: the renderer answers while the previous page is being written.
    // On the first failure the others stop taking pages, and all are waited for before the
    // half-made snapshot is removed (a render still writing would race the removal).
    const queue = [...render];
    let stopped = false;
    const worker = async () => {
      for (let path = queue.shift(); path !== undefined && !stopped; path = queue.shift()) {
        try {
          if (path === options.failPath) throw new PublishError(`Rendering ${path} failed (a test asked it to fail)`);
          const page = await options.renderer.render(path);
          const expected = path === '/404/' ? 404 : 200;
          if (page.status !== expected) throw new PublishError(`Rendering ${path} answered ${page.status}`);
          await writeSiteFile(fileOfPath(client, path), page.body);
          pages.set(path, page.record);
        } catch (error) {
          stopped = true;
          throw error;
        }
      }
    };
    const rendered = await Promise.allSettled(Array.from({ length: 3 }, worker));
    const failure = rendered.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failure) throw failure.reason;
    for (const path of removed) {
      await removeSiteFile(fileOfPath(client, path));
      pages.delete(path);
    }

    // Exactly the files some page links, made where missing; the renderer's stylesheet and fonts.
    const needed = new Map([...pages.values()].flatMap((r) => [...r.assets]));
    for (const path of await assetFiles(client)) if (!needed.has(path)) await removeSiteFile(join(client, path));
    await makeAssets(needed, client, options.rendererClientDir);

    const meta: SiteMeta = { pages, routing: await routingOf() };
    await writeMeta(dir, meta, { changed: render, removed });
    await swapLive(options.layout, dir);
    return { dir, content: next, meta, rendered: render, removed, ms: Math.round(performance.now() - started) };
  } catch (error) {
    useContent(live.content);
    // The reason the publish failed is what the editor must see, not a cleaning problem.
    await rm(dir, { recursive: true, force: true }).catch((cleanup: Error) => console.error(`[publisher] could not remove ${dir}: ${cleanup.message}`));
    throw error;
  }
}
