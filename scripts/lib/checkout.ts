/** Another commit of this project, for a before/after benchmark run side by side in one run. */
import { execSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The project at `commit` in a temporary folder (without touching this repository's worktrees),
 * sharing this checkout's node_modules, its content model built and its CMS compiled.
 */
export function checkoutBefore(root: string, commit: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-before-'));
  execSync(`git archive ${commit} | tar -x -C ${dir}`, { cwd: root, stdio: 'inherit' });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  // The commit before may predate TypeScript 6, which deprecates its node10 module resolution.
  execSync('npx tsc -p cms/tsconfig.json --ignoreDeprecations 6.0', { cwd: dir, stdio: 'inherit' });
  return dir;
}
