/**
 * Start-up benchmark: a fresh clone of this repository to the site being served (npm ci, then
 * npm start: admin build, demo content, site build), then a second start of the same clone.
 * Prints both times. Uses ports 1347/4331 so a running `npm start` is not disturbed.
 *
 *   npm run bench:startup
 */
import '@cchc/runtime/check';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machineEnv, stopAll } from './lib/processes';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');
// As a fresh machine would: the clone's npm runs on the machine's Node, and its install brings Node 24.
const env = { ...machineEnv(), CMS_PORT: '1347', SITE_PORT: '4331' };

function timeUntilReady(cwd: string): Promise<number> {
  const started = Date.now();
  const child = spawn('npm', ['start'], { cwd, env, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  return new Promise((resolvePromise, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      if (chunk.toString().includes('Ctrl-C stops both')) {
        const seconds = (Date.now() - started) / 1000;
        process.kill(-child.pid!, 'SIGTERM');
        resolvePromise(seconds);
      }
    });
    child.on('exit', (code) => reject(new Error(`npm start exited (${code}) before it was ready`)));
    process.on('exit', () => stopAll([child]));
  });
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-clone-'));
  const clone = join(dir, 'main');
  try {
    const cloneStarted = Date.now();
    execFileSync('git', ['clone', '--quiet', ROOT, clone], { stdio: 'inherit' });
    // The project reads ../shared only for documents; nothing at run time.
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: clone, env, stdio: 'inherit' });
    const installSeconds = (Date.now() - cloneStarted) / 1000;
    const firstStart = await timeUntilReady(clone);
    await new Promise((r) => setTimeout(r, 3000));
    const secondStart = await timeUntilReady(clone);
    console.log('\nStart-up benchmark (this machine)');
    console.log(`clone + npm ci:                    ${installSeconds.toFixed(0)} s`);
    console.log(`first npm start to site served:    ${firstStart.toFixed(0)} s`);
    console.log(`fresh clone to site served:        ${(installSeconds + firstStart).toFixed(0)} s (target < 480 s)`);
    console.log(`second npm start to site served:   ${secondStart.toFixed(1)} s (target < 30 s)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
