/**
 * The next snapshot at the cost of the change, not of the site.
 *
 * A hard-linked copy of a whole snapshot makes one link per file: at 10,000 documents about
 * 26,000 links, 13 to 25 s on a busy machine, and removing an old snapshot costs as much. So a
 * publish reuses the oldest snapshot instead. This process knows which files each of its
 * publishes changed; the oldest snapshot is renamed to a new id, and only the files changed
 * since it was made are linked in again from the live one (or removed). Then it equals the live
 * snapshot, and the publish writes into it as before.
 *
 * Kept on disk: the live snapshot and the two before it (what `live` pointed to a moment ago
 * stays whole while readers finish). A snapshot is reused only when it is two publishes old.
 * A snapshot whose changes this process does not know (made before a restart, or by a full
 * build) is never reused: the next one is a full linked copy, made ahead of the publish.
 * Snapshots it does not keep are removed in the background, never inside a publish.
 */
import { existsSync } from 'node:fs';
import { link, lstat, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { linkCopy, liveSnapshot, newSnapshotDir, removeSiteFile, type Layout } from './snapshots.ts';

/** The live snapshot and the ones before it that are kept. */
const KEPT = 3;

interface Made {
  dir: string;
  /** Files (relative to the snapshot: `client/…`, `meta/…`) that differ from the snapshot before it. */
  changed: readonly string[];
}

export interface SnapshotRing {
  /** A folder for the next snapshot of `live`, equal to it: a reused old snapshot, else a full linked copy. */
  next(live: string): Promise<string>;
  /** Whether `next(live)` reuses a snapshot (quick); if not, a copy is worth making ahead. */
  reusable(live: string): boolean;
  /** A new empty snapshot folder for a full build, kept from removal until it goes live. */
  newDir(): Promise<string>;
  /** `dir`, made by `next` from `base`, is live; `changed` are the files its publish wrote or removed. */
  madeLive(dir: string, base: string, changed: Iterable<string>): void;
  /** `dir` is live and its changes are not known (a full build, the start): reuse starts again from it. */
  reset(dir: string): void;
  /** A folder from `next` or `newDir` that will not go live (a failed publish removed it, or it is stale). */
  drop(dir: string): void;
  /** Removes, in the background, the snapshots not kept; resolves when that pass is done. */
  prune(): Promise<void>;
}

/** Makes the file `path` of `to` what it is in `from`: the same file linked, or absent. */
async function syncFile(from: string, to: string, path: string): Promise<void> {
  const source = join(from, path);
  const target = join(to, path);
  const exists = await lstat(source).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  if (!exists) return removeSiteFile(target);
  await mkdir(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.sync`;
  await rm(temporary, { force: true });
  await link(source, temporary);
  await rename(temporary, target);
}

async function syncFiles(from: string, to: string, paths: ReadonlySet<string>): Promise<void> {
  const queue = [...paths];
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) await syncFile(from, to, path);
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

export function snapshotRing(layout: Layout): SnapshotRing {
  /** This process's snapshots in order, oldest first; the last is live. */
  let made: Made[] = [];
  /** Folders being made: never pruned. */
  const building = new Set<string>();
  let pruning: Promise<void> = Promise.resolve();

  const isLast = (dir: string) => made.at(-1)?.dir === dir;
  const reset = (dir: string) => {
    made = [{ dir, changed: [] }];
  };

  /** A new folder, kept from the pruner, filled by `fill`; removed if that fails. */
  const make = async (fill: (dir: string) => Promise<void>): Promise<string> => {
    const dir = await newSnapshotDir(layout);
    building.add(dir);
    try {
      await fill(dir);
    } catch (error) {
      building.delete(dir);
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
    return dir;
  };

  /** The oldest snapshot, renamed and brought up to `live` by the files changed since. */
  const reuse = (live: string): Promise<string> => {
    const [oldest, ...rest] = made;
    made = rest;
    building.add(oldest!.dir);
    return make(async (dir) => {
      await rename(oldest!.dir, dir).finally(() => building.delete(oldest!.dir));
      await syncFiles(live, dir, new Set(rest.flatMap((m) => m.changed)));
    });
  };

  const ring: SnapshotRing = {
    reusable: (live) => isLast(live) && made.length >= KEPT,
    async next(live) {
      if (!isLast(live)) reset(live);
      if (ring.reusable(live)) return reuse(live);
      return make(async (dir) => void (await linkCopy(live, dir)));
    },
    newDir: () => make(async (dir) => void (await mkdir(dir, { recursive: true }))),
    madeLive(dir, base, changed) {
      building.delete(dir);
      if (!isLast(base)) reset(base);
      made.push({ dir, changed: [...changed] });
    },
    reset(dir) {
      building.delete(dir);
      reset(dir);
    },
    drop(dir) {
      building.delete(dir);
    },
    prune() {
      pruning = pruning.then(async () => {
        if (!existsSync(layout.snapshots)) return;
        const keep = new Set([...made.map((m) => basename(m.dir)), ...[...building].map((d) => basename(d))]);
        const live = liveSnapshot(layout);
        if (live) keep.add(basename(live));
        for (const name of await readdir(layout.snapshots)) {
          if (!keep.has(name)) await rm(join(layout.snapshots, name), { recursive: true, force: true });
        }
      });
      return pruning;
    },
  };
  return ring;
}
