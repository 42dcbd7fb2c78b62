/**
 * Where the live site is kept: immutable snapshots, one folder each, and a `live` symlink to
 * the one being served. A publish makes the next snapshot equal to the live one, hard-linked
 * (no file is copied; snapshot-ring.ts), writes the changed files into it, and swaps the symlink
 * with rename(2), which is atomic: a reader sees the old site or the new one, never a mix.
 *
 * Files are never written in place in a snapshot: a hard-linked file is shared with the live
 * one, so a write goes to a new file that is renamed over the link (`writeSiteFile`).
 *
 *   <root>/live -> snapshots/<id>          what site/server/ serves
 *   <root>/snapshots/<id>/client/          the public files
 *   <root>/snapshots/<id>/meta/            page records and routing (src/lib/site-meta.ts)
 */
import { existsSync, readlinkSync } from 'node:fs';
import { link, mkdir, readdir, rename, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface Layout {
  root: string;
  live: string;
  snapshots: string;
}

export function layoutOf(root: string): Layout {
  return { root, live: join(root, 'live'), snapshots: join(root, 'snapshots') };
}

/** The snapshot being served, or undefined before the first build. */
export function liveSnapshot(layout: Layout): string | undefined {
  if (!existsSync(layout.live)) return undefined;
  return join(layout.snapshots, basename(readlinkSync(layout.live)));
}

let sequence = 0;
/** A new, empty snapshot folder; names sort in creation order. */
export async function newSnapshotDir(layout: Layout): Promise<string> {
  await mkdir(layout.snapshots, { recursive: true });
  const id = `${new Date().toISOString().replace(/[-:.]/g, '').replace('T', '-')}-${process.pid}-${++sequence}`;
  return join(layout.snapshots, id);
}

/** A hard-linked copy of `from` at `to` (folders made, files linked). */
export async function linkCopy(from: string, to: string): Promise<number> {
  let files = 0;
  async function walk(src: string, dst: string): Promise<void> {
    await mkdir(dst, { recursive: true });
    const entries = await readdir(src, { withFileTypes: true });
    const dirs: string[] = [];
    const work: Promise<void>[] = [];
    for (const e of entries) {
      if (e.isDirectory()) dirs.push(e.name);
      else {
        work.push(link(join(src, e.name), join(dst, e.name)));
        files++;
        // Bounded: a folder may hold thousands of files.
        if (work.length >= 64) await Promise.all(work.splice(0));
      }
    }
    await Promise.all(work);
    for (const d of dirs) await walk(join(src, d), join(dst, d));
  }
  await walk(from, to);
  return files;
}

/** Writes a file of a snapshot as a new file renamed over the old name (never in place). */
export async function writeSiteFile(file: string, body: Buffer | string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, body);
  await rename(temporary, file);
}

export async function removeSiteFile(file: string): Promise<void> {
  await unlink(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

/** Serves `dir` from now on: a new symlink renamed over `live` (atomic). */
export async function swapLive(layout: Layout, dir: string): Promise<void> {
  const temporary = `${layout.live}.${process.pid}.tmp`;
  await rm(temporary, { force: true });
  await symlink(join('snapshots', basename(dir)), temporary);
  await rename(temporary, layout.live);
}

/** The file of a site path in a snapshot's client folder: `/tin-bai/x/` → `tin-bai/x/index.html`. */
export function fileOfPath(clientDir: string, path: string): string {
  if (path === '/404/') return join(clientDir, '404.html');
  return join(clientDir, path.endsWith('/') ? `${path}index.html` : path);
}
