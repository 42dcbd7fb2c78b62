/**
 * Whether the built site is still current: a fingerprint of the site's sources and of the CMS's
 * published content (count and latest update per type and locale). `npm start` rebuilds the
 * site only when it changed, so a second start takes seconds.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_TYPES, LOCALES } from '@cchc/content-types';

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

async function contentFingerprint(cmsUrl: string): Promise<string> {
  const hash = createHash('sha256');
  for (const type of ALL_TYPES) {
    for (const locale of LOCALES) {
      const url = `${cmsUrl}/api/${type.plural}?locale=${locale}&fields[0]=updatedAt&sort[0]=updatedAt:desc&pagination[pageSize]=1`;
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      const body = (await res.json()) as { data: { updatedAt: string }[]; meta: { pagination: { total: number } } };
      hash.update(`${type.name}/${locale}:${body.meta.pagination.total}:${body.data[0]?.updatedAt ?? ''}\n`);
    }
  }
  return hash.digest('hex');
}

export async function buildStamp(cmsUrl: string, sourceDirs: string[], env: Record<string, string>): Promise<string> {
  return JSON.stringify({ sources: sourceFingerprint(sourceDirs), content: await contentFingerprint(cmsUrl), env });
}

export function isCurrent(stampFile: string, stamp: string): boolean {
  return existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp;
}

export function writeStamp(stampFile: string, stamp: string): void {
  writeFileSync(stampFile, stamp);
}
