/**
 * Every link in the documentation leads somewhere. Files move; a README that names a moved file
 * sends a newcomer nowhere. Checked in every Markdown file of the repository:
 *  - each relative link `[text](path)` resolves from the file's folder (the `#anchor` is not
 *    checked);
 *  - each path in backticks that starts at a top folder (`cms/…`, `site/…`, `content-types/…`,
 *    `scripts/…`, `tests/…`, `docs/…`) exists, with or without its `.ts` suffix. Paths that a
 *    build or a run makes (`cms/.env`, `site/.site/live`, …) and paths with a placeholder
 *    (`<type>`, `*`, `…`) are skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths';

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.runtime', 'dist', 'dist-renderer', '.site', '.tmp', '.astro', '.cache', 'build']);
/** Made by a build, a start or a test run: named in the docs, absent from a fresh clone. */
const GENERATED = /^(cms\/\.env$|cms\/\.tmp|cms\/dist|cms\/public\/uploads\/.|site\/\.site|site\/dist|site\/dist-renderer)/;
const TOP_FOLDERS = /^(cms|site|content-types|scripts|tests|docs)\//;
const PLACEHOLDER = /[<>*{}…|$]|\.\.\./;
const SUFFIXES = ['', '.ts', '.tsx', '.mjs', '.cjs', '.js', '/index.ts'];

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : markdownFiles(join(dir, entry.name));
    return entry.name.endsWith('.md') ? [join(dir, entry.name)] : [];
  });
}

/** The lines outside fenced code blocks, with their numbers. */
function proseLines(text: string): { line: string; number: number }[] {
  let fenced = false;
  return text.split('\n').flatMap((line, index) => {
    if (/^\s*```/.test(line)) {
      fenced = !fenced;
      return [];
    }
    return fenced ? [] : [{ line, number: index + 1 }];
  });
}

interface BrokenLink {
  file: string;
  line: number;
  target: string;
}

/** The broken links of one Markdown file (`file` relative to the repository). */
function brokenLinks(file: string, text: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const folder = dirname(resolve(ROOT, file));
  for (const { line, number } of proseLines(text)) {
    for (const match of line.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = match[1]!;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) continue;
      const path = decodeURI(target.split('#')[0]!);
      if (!existsSync(resolve(folder, path))) broken.push({ file, line: number, target });
    }
    for (const match of line.matchAll(/`([^`\s]+)`/g)) {
      const path = match[1]!.replace(/\/$/, '');
      if (!TOP_FOLDERS.test(path) || PLACEHOLDER.test(path) || GENERATED.test(path)) continue;
      if (!SUFFIXES.some((suffix) => existsSync(join(ROOT, path + suffix)))) broken.push({ file, line: number, target: match[1]! });
    }
  }
  return broken;
}

describe('links in the documentation', () => {
  const files = markdownFiles(ROOT).map((file) => relative(ROOT, file));

  it('finds the documentation', () => {
    expect(files).toContain('README.md');
    expect(files).toContain('ARCHITECTURE.md');
    expect(files.length).toBeGreaterThan(30);
  });

  it('sees a broken link as broken', () => {
    const text = 'See [the map](ARCHITECTURE.md), [gone](docs/no-such-file.md) and `cms/src/no-such-room/`.';
    expect(brokenLinks('README.md', text).map((b) => b.target)).toEqual(['docs/no-such-file.md', 'cms/src/no-such-room/']);
  });

  it('has no broken relative link and no path to a missing file', () => {
    const broken = files.flatMap((file) => brokenLinks(file, readFileSync(join(ROOT, file), 'utf8')));
    expect(broken.map((b) => `${b.file}:${b.line} ${b.target}`)).toEqual([]);
  });
});
