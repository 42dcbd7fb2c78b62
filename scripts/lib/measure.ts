/** Runs a command and measures its wall time and the peak memory (RSS) of its process tree. */
import { spawn, type SpawnOptions } from 'node:child_process';
import { processTree } from './process-tree';

const treeRssKb = (root: number) => processTree(root).reduce((sum, p) => sum + p.rssKb, 0);

export interface Measured {
  seconds: number;
  peakMb: number;
}

export function runMeasured(command: string, args: string[], options: SpawnOptions = {}): Promise<Measured> {
  const started = process.hrtime.bigint();
  const child = spawn(command, args, { stdio: 'inherit', ...options });
  let peakKb = 0;
  const timer = setInterval(() => {
    if (child.pid) peakKb = Math.max(peakKb, treeRssKb(child.pid));
  }, 100);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}`));
      else resolve({ seconds, peakMb: peakKb / 1024 });
    });
  });
}
