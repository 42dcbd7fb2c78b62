/**
 * Once per run: build the content model package and compile the CMS, so that every test file
 * boots the same real Strapi from cms/dist.
 */
import { execFileSync } from 'node:child_process';
import { ROOT } from './support/paths';

export default function setup(): void {
  const run = (args: string[]) => execFileSync('npx', args, { cwd: ROOT, stdio: 'inherit' });
  run(['tsc', '-p', 'content-types/tsconfig.json']);
  run(['tsc', '-p', 'cms/tsconfig.json']);
}
