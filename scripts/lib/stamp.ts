/**
 * Whether a build is still current: a fingerprint of the site's sources and settings.
 * `npm start` rebuilds the site only when they changed; content changes are the publisher's.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function sourceFingerprint(paths: string[]): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    if (statSync(dir).isFile()) {
      hash.update(`${dir}:${statSync(dir).size}:${statSync(dir).mtimeMs}\n`);
      return;
    }
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (['node_modules', 'dist', '.astro'].includes(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(`${path}:${statSync(path).size}:${statSync(path).mtimeMs}\n`);
    }
  };
  paths.forEach(walk);
  return hash.digest('hex');
}

export function sourceStamp(sourceDirs: string[], env: Record<string, string>): string {
  return JSON.stringify({ sources: sourceFingerprint(sourceDirs), env });
}

export function isCurrent(stampFile: string, stamp: string): boolean {
  return existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp;
}

export function writeStamp(stampFile: string, stamp: string): void {
  writeFileSync(stampFile, stamp);
}
