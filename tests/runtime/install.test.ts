/**
 * The install step that brings the project's Node (scripts/runtime/install.cjs), run in a scratch
 * copy of the project's root: it fetches Node 24 only where the machine's Node is too old, reuses
 * it afterwards, and refuses a download whose hash is not the pinned one.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { PINNED, isSupported } from '@cchc/runtime';
import { ROOT } from '../support/paths';
import { versionOf } from '../support/runtimes';

let project: string;
const link = () => join(project, 'node_modules', '.bin', 'node');

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'cchc-runtime-'));
  cpSync(join(ROOT, 'scripts', 'runtime'), join(project, 'scripts', 'runtime'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(project, 'package.json'));
  mkdirSync(join(project, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules', 'semver'), join(project, 'node_modules', 'semver'));
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

/** The preinstall as npm runs it: `machineNode` is the Node running npm. */
function install(machineNode: string) {
  const result = spawnSync(machineNode, [join(project, 'scripts', 'runtime', 'install.cjs')], {
    cwd: project,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, npm_node_execpath: machineNode, npm_config_offline: 'true' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

test('a machine whose Node is supported fetches nothing and keeps no link to a fetched one', () => {
  symlinkSync('../../.runtime/node-v0-stale/bin/node', link());
  const { status, output } = install(process.execPath);
  expect(status, output).toBe(0);
  expect(output).toContain(`using this machine's Node.js ${process.versions.node}`);
  expect(existsSync(join(project, '.runtime'))).toBe(false);
  expect(() => lstatSync(link())).toThrow();
});

const oldNode = ['/usr/bin/node', '/usr/local/bin/node'].find((path) => existsSync(path) && !isSupported(versionOf(path)));

describe.skipIf(!oldNode)(`a machine with an older Node (${oldNode})`, () => {
  test('gets the pinned Node 24 linked for npm scripts, fetched once', () => {
    const first = install(oldNode!);
    expect(first.status, first.output).toBe(0);
    expect(first.output).toContain(`fetching node-${process.platform}-${process.arch}@${PINNED.version}`);
    expect(readlinkSync(link())).toBe(`../../.runtime/node-v${PINNED.version}-${process.platform}-${process.arch}/bin/node`);
    expect(versionOf(link())).toBe(PINNED.version);

    const again = install(oldNode!);
    expect(again.status, again.output).toBe(0);
    expect(again.output).not.toContain('fetching');
    expect(versionOf(link())).toBe(PINNED.version);
  });

  test('refuses a download that does not match the pinned hash, and links nothing', () => {
    const index = join(project, 'scripts', 'runtime', 'index.cjs');
    const pinned = PINNED.integrity[`${process.platform}-${process.arch}`]!;
    const wrong = `sha512-${Buffer.alloc(64).toString('base64')}`;
    writeFileSync(index, readFileSync(index, 'utf8').replace(pinned, wrong));
    const { status, output } = install(oldNode!);
    expect(status).toBe(1);
    expect(output).toContain(`is not the pinned ${wrong}; not using it`);
    expect(() => lstatSync(link())).toThrow();
  });
});
