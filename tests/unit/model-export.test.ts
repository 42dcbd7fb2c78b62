/**
 * `@cchc/content-types/model` is browser-safe: the admin panel's bundle imports it. Everything its
 * browser build is compiled from (the entry its `browser` condition names, and every module that
 * entry reaches) imports only other modules of the package and the packages allowed here: no
 * Node built-in, no Node-only package (ical-generator, standardwebhooks, …). Read from the source
 * with TypeScript's own import scanner, so it needs no build.
 */
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths';

const PACKAGE = resolve(ROOT, 'content-types');
/** Packages that run in a browser as they are. A new one is a decision: add it here on purpose. */
const BROWSER_SAFE_PACKAGES = new Set(['zod']);

/** The source file of the `browser` build that the `./model` export names (`dist/browser/x.js` ← `src/x.ts`). */
function browserEntry(): string {
  const manifest = JSON.parse(readFileSync(resolve(PACKAGE, 'package.json'), 'utf8')) as { exports: Record<string, Record<string, string>> };
  const target = manifest.exports['./model']?.browser;
  if (!target) throw new Error('content-types/package.json: the "./model" export has no "browser" condition');
  return resolve(PACKAGE, target.replace(/^\.\/dist\/browser\//, 'src/').replace(/\.js$/, '.ts'));
}

/** Every module reached from `entry`, with the bare specifiers (packages) each imports. */
function importGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const pending = [entry];
  while (pending.length) {
    const file = pending.pop()!;
    if (graph.has(file)) continue;
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const bare: string[] = [];
    for (const { fileName: specifier } of importedFiles) {
      if (!specifier.startsWith('.')) bare.push(specifier);
      else pending.push(resolveRelative(file, specifier));
    }
    graph.set(file, bare);
  }
  return graph;
}

function resolveRelative(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, resolve(base, 'index.ts')]) {
    try {
      readFileSync(candidate);
      return candidate;
    } catch {
      // Not this one: try the next.
    }
  }
  throw new Error(`${relative(ROOT, from)} imports "${specifier}", which is no .ts module of the package`);
}

const isBuiltin = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!);
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

describe('the browser-safe model export', () => {
  const graph = importGraph(browserEntry());

  it('reaches the model itself (so that the walk follows the real entry)', () => {
    expect([...graph.keys()].map((f) => relative(PACKAGE, f))).toEqual(expect.arrayContaining(['src/exports/model.ts', 'src/model.ts', 'src/province-time.ts']));
  });

  it('reaches no Node built-in and no package that is not known to run in a browser', () => {
    const offending = [...graph].flatMap(([file, specifiers]) =>
      specifiers
        .filter((s) => isBuiltin(s) || !BROWSER_SAFE_PACKAGES.has(packageOf(s)))
        .map((s) => `${relative(PACKAGE, file)} imports "${s}"${isBuiltin(s) ? ' (a Node built-in)' : ''}`),
    );
    expect(offending).toEqual([]);
  });
});
