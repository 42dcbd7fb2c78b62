/**
 * The publisher's snapshots (site/publisher/snapshot-ring.ts): each next snapshot equals the
 * live one before a publish writes into it, whether it was copied whole or reused, and costs
 * the files changed since, not the site; the live snapshot and the one before stay untouched,
 * and at most three are kept. Real folders and hard links, in milliseconds.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { snapshotRing } from '../../site/publisher/snapshot-ring.ts';
import { layoutOf, newSnapshotDir, removeSiteFile, swapLive, writeSiteFile } from '../../site/publisher/snapshots.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function filesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out[relative(dir, join(e.parentPath, e.name))] = readFileSync(join(e.parentPath, e.name), 'utf8');
  }
  return out;
}

describe('the snapshot ring', () => {
  it('makes each next snapshot equal to the live one, reusing old ones, and keeps three', async () => {
    root = mkdtempSync(join(tmpdir(), 'snapshot-ring-'));
    const layout = layoutOf(root);
    const ring = snapshotRing(layout);
    const first = await newSnapshotDir(layout);
    const site: Record<string, string> = { 'client/index.html': 'home', 'client/unchanged.html': 'same', 'meta/routing.json': '{}' };
    for (let page = 0; page < 20; page++) site[`client/tin-bai/p${page}/index.html`] = `page ${page}`;
    mkdirSync(first);
    for (const [file, body] of Object.entries(site)) await writeSiteFile(join(first, file), body);
    await swapLive(layout, first);
    ring.reset(first);

    let live = first;
    const seen: { dir: string; files: Record<string, string> }[] = [];
    for (let step = 1; step <= 8; step++) {
      const reused = ring.reusable(live);
      const dir = await ring.next(live);
      expect(filesOf(dir), `step ${step}: the next snapshot equals the live one`).toEqual(site);
      // Unchanged files are links to the live ones, not copies.
      expect(statSync(join(dir, 'client/unchanged.html')).ino).toBe(statSync(join(live, 'client/unchanged.html')).ino);
      if (step >= 3) expect(reused, `step ${step}: an old snapshot is reused`).toBe(true);

      // A publish: one page changed, one new, one removed, the routing rewritten.
      const changed = [`client/tin-bai/p${step}/index.html`, `client/tin-bai/new${step}/index.html`, `client/tin-bai/p${step + 10}/index.html`, 'meta/routing.json'];
      site[changed[0]!] = `page ${step} changed`;
      site[changed[1]!] = `new page ${step}`;
      delete site[changed[2]!];
      site['meta/routing.json'] = `{"step":${step}}`;
      await writeSiteFile(join(dir, changed[0]!), site[changed[0]!]!);
      await writeSiteFile(join(dir, changed[1]!), site[changed[1]!]!);
      await removeSiteFile(join(dir, changed[2]!));
      await writeSiteFile(join(dir, changed[3]!), site[changed[3]!]!);
      await swapLive(layout, dir);
      ring.madeLive(dir, live, changed);
      await ring.prune();

      seen.push({ dir, files: { ...site } });
      live = dir;
      // The live snapshot and the one before it are as they went live.
      for (const { dir: kept, files } of seen.slice(-2)) expect(filesOf(kept)).toEqual(files);
      expect(readdirSync(layout.snapshots).length).toBeLessThanOrEqual(3);
    }
  });

  it('copies whole from a snapshot whose changes it does not know, and removes the others', async () => {
    root = mkdtempSync(join(tmpdir(), 'snapshot-ring-'));
    const layout = layoutOf(root);
    const older = await newSnapshotDir(layout);
    await writeSiteFile(join(older, 'client/index.html'), 'older');
    const live = await newSnapshotDir(layout);
    await writeSiteFile(join(live, 'client/index.html'), 'live');
    await swapLive(layout, live);
    const ring = snapshotRing(layout);
    ring.reset(live);
    expect(ring.reusable(live)).toBe(false);
    const next = await ring.next(live);
    expect(filesOf(next)).toEqual({ 'client/index.html': 'live' });
    await ring.prune();
    // The unknown old one is gone; the live one and the one being made stay.
    expect(readdirSync(layout.snapshots).sort()).toEqual([live, next].map((d) => relative(layout.snapshots, d)).sort());
  });
});
