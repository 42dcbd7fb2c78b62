/**
 * Which Node.js binaries a tree of processes really runs on, as the kernel reports them
 * (`/proc/<pid>/exe`), so that a test can tell that the CMS, the site build and the site server
 * run on the project's Node and not on an older one found first on PATH.
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, join } from 'node:path';
import { processTree } from '../../scripts/lib/process-tree';
import { ROOT } from './paths';

/** The Node binaries (real paths) of `rootPid` and all its descendants right now. */
export function nodeBinariesUnder(rootPid: number): Set<string> {
  const found = new Set<string>();
  for (const { pid } of processTree(rootPid)) {
    try {
      const exe = readlinkSync(`/proc/${pid}/exe`);
      if (basename(exe).startsWith('node')) found.add(exe);
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

/** Samples a running child's tree every `everyMs` until `stop()`: for short-lived children (a build). */
export function sampleNodeBinaries(child: ChildProcess, everyMs = 250): { stop: () => string[] } {
  const found = new Set<string>();
  const sample = () => child.pid && child.exitCode === null && nodeBinariesUnder(child.pid).forEach((b) => found.add(b));
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return [...found];
    },
  };
}

/**
 * The Node the project runs on: the one `npm install` linked into node_modules/.bin where the
 * machine's was too old, otherwise the machine's own (the one running npm).
 */
export function projectRuntime(): string {
  const linked = join(ROOT, 'node_modules', '.bin', 'node');
  if (existsSync(linked)) return realpathSync(linked);
  return realpathSync(process.env.npm_node_execpath ?? process.execPath);
}

export function versionOf(nodeBinary: string): string {
  return execFileSync(nodeBinary, ['--version'], { encoding: 'utf8' }).trim().replace(/^v/, '');
}
