/**
 * Every process runs on the project's Node.js (24 LTS; see scripts/runtime/): the test workers,
 * and, as the kernel saw them while the suite's global setup ran them, the CMS, the site build
 * and the site server. And an entry point started on an unsupported Node refuses, by name.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtSite } from './built-site';
import { isSupported, supportedRange } from '@cchc/runtime';
import { ROOT } from '../support/paths';
import { projectRuntime, versionOf } from '../support/runtimes';

const runtime = projectRuntime();
// The Node binaries the global setup saw running the CMS, the site build and the site server.
const { runtimes } = await builtSite();

describe('the runtime', () => {
  test('the project runtime is a supported Node', () => {
    expect(isSupported(versionOf(runtime)), `${runtime} is Node ${versionOf(runtime)}; supported: ${supportedRange()}`).toBe(true);
  });

  test('the test worker runs on it', () => {
    expect(realpathSync(process.execPath)).toBe(runtime);
    expect(isSupported(process.versions.node)).toBe(true);
  });

  for (const [name, binaries] of Object.entries(runtimes)) {
    test(`the ${name} runs on it, and on nothing else`, () => {
      expect(binaries.length, `no Node process was seen for ${name}`).toBeGreaterThan(0);
      expect(binaries).toEqual(binaries.map(() => runtime));
    });
  }
});

// An older Node where this machine has one (machines of this kind have Node 20 in /usr/bin).
const oldNode = ['/usr/bin/node', '/usr/local/bin/node'].find((path) => existsSync(path) && !isSupported(versionOf(path)));

describe.skipIf(!oldNode)('an unsupported Node is refused', () => {
  const entries: [string, string[]][] = [
    ['the run script', ['--import', 'tsx', 'scripts/start.ts']],
    ['the CMS', ['-e', `require(${JSON.stringify(join(ROOT, 'cms', 'dist', 'config', 'server.js'))})`]],
    ['the site server', ['site/server/serve.mjs']],
    ['the check every entry point imports first', ['-e', "require('@cchc/runtime/check')"]],
  ];
  for (const [name, args] of entries) {
    test(`${name} stops with a sentence naming the Node it found`, () => {
      const result = spawnSync(oldNode!, args, { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, npm_lifecycle_event: '' } });
      expect(result.status, result.stderr).toBe(1);
      expect(result.stderr).toContain(`needs Node.js ${supportedRange()}, but this is Node.js v${versionOf(oldNode!)}`);
    });
  }
});
