/**
 * docs/operations.md has one table of every environment variable. This keeps it honest without
 * starting anything: every variable of cms/.env.example has a row, and every row names a
 * variable that some code reads (ours, or the Strapi package the row names).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths';

/** Where our code reads the environment; each folder is searched recursively. */
const SOURCE_ROOTS = ['cms/config', 'cms/src', 'cms/scripts', 'site/src', 'site/publisher', 'site/server', 'site/astro.config.ts', 'scripts/start.ts', 'scripts/lib'];
const SOURCE_FILE = /\.(ts|tsx|mts|mjs|cjs|js|astro)$/;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'dist-renderer', '.astro', '.site', '.tmp']);
/** Read by code but set by our own code for a library, not by whoever deploys. */
const INTERNAL = new Set(['ASTRO_NODE_AUTOSTART', 'PATH']);

interface Row {
  name: string;
  reads: string;
}

function filesUnder(path: string): string[] {
  if (statSync(path).isFile()) return SOURCE_FILE.test(path) ? [path] : [];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? (SKIPPED_DIRS.has(entry.name) ? [] : filesUnder(join(path, entry.name))) : SOURCE_FILE.test(entry.name) ? [join(path, entry.name)] : [],
  );
}

function tableRows(markdown: string): Row[] {
  const rows: Row[] = [];
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const name = /^`([A-Z][A-Z0-9_]*)`$/.exec(cells[1] ?? '')?.[1];
    if (name && cells.length >= 6) rows.push({ name, reads: cells[3]! });
  }
  return rows;
}

function envExampleNames(text: string): string[] {
  return [...text.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]!);
}

/** A read, not a mention in a comment: a quoted name (`env('X')`, `readUrl('X')`) or `env.X`. */
function readPattern(name: string): RegExp {
  return new RegExp(`(['"\`]${name}['"\`])|(\\benv\\??\\.${name}\\b)`);
}

/** Names read in code: `env('X')`, `env.int('X')`, `process.env.X`, `process.env['X']`, `env.X`. */
const READS = /\benv(?:\.(?:int|bool|array|float|json))?\(\s*['"]([A-Z][A-Z0-9_]*)['"]|\benv\??\.([A-Z][A-Z0-9_]*)\b|\benv\[\s*['"]([A-Z][A-Z0-9_]*)['"]\s*\]|\breadUrl\(\s*['"]([A-Z][A-Z0-9_]*)['"]|\brequired\(\s*['"]([A-Z][A-Z0-9_]*)['"]/g;

const operations = readFileSync(join(ROOT, 'docs', 'operations.md'), 'utf8');
const rows = tableRows(operations);
const sources = SOURCE_ROOTS.flatMap((root) => filesUnder(join(ROOT, root))).map((file) => ({
  file: relative(ROOT, file),
  text: readFileSync(file, 'utf8'),
}));

/** The files of a Strapi package, for the variables that only Strapi reads. */
function strapiPackageFiles(pkg: string): string[] {
  return filesUnder(join(ROOT, 'node_modules', ...pkg.split('/'), 'dist')).filter((file) => file.endsWith('.js'));
}

describe('docs/operations.md, the table of environment variables', () => {
  it('has rows', () => {
    expect(rows.length).toBeGreaterThan(50);
    expect(new Set(rows.map((row) => row.name)).size, 'one row per variable').toBe(rows.length);
  });

  it('names every variable of cms/.env.example', () => {
    const documented = new Set(rows.map((row) => row.name));
    const names = envExampleNames(readFileSync(join(ROOT, 'cms', '.env.example'), 'utf8'));
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((name) => !documented.has(name))).toEqual([]);
  });

  it('names only variables that some code reads', () => {
    const unread = rows.filter((row) => {
      const pattern = readPattern(row.name);
      if (sources.some((source) => pattern.test(source.text))) return false;
      const pkg = /Strapi \(`(@strapi\/[a-z0-9-]+)`\)/.exec(row.reads)?.[1];
      return !(pkg && strapiPackageFiles(pkg).some((file) => readFileSync(file, 'utf8').includes(row.name)));
    });
    expect(unread.map((row) => row.name)).toEqual([]);
  });

  it('names every variable our code reads', () => {
    const documented = new Set(rows.map((row) => row.name));
    const read = new Map<string, string>();
    for (const source of sources) {
      for (const match of source.text.matchAll(READS)) {
        const name = match.slice(1).find(Boolean)!;
        if (!read.has(name)) read.set(name, source.file);
      }
    }
    expect(read.size).toBeGreaterThan(50);
    const missing = [...read].filter(([name]) => !documented.has(name) && !INTERNAL.has(name)).map(([name, file]) => `${name} (${file})`);
    expect(missing).toEqual([]);
  });
});
