/** Starting the test servers as child processes and waiting for them to be ready. */
import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT } from './paths';

/**
 * Starts the CMS server script; resolves with its URL once it prints CMS_READY. `cwd` is
 * another checkout of the project for a before/after benchmark.
 */
export function startCmsProcess(env: Record<string, string>, cwd = ROOT): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/cms-server.ts'], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const keep = (c: Buffer) => (output += c.toString());
    const onData = (chunk: Buffer) => {
      keep(chunk);
      const ready = /CMS_READY (\S+)/.exec(output);
      if (!ready) return;
      // Once it serves, its output is drained and dropped: kept, a CMS logging every request
      // would grow this string (and the regular expression's work) without end.
      child.stdout.off('data', onData);
      child.stderr.off('data', keep);
      child.stdout.resume();
      child.stderr.resume();
      output = '';
      resolve({ url: ready[1]!, child });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', keep);
    child.on('exit', (code) => reject(new Error(`The test CMS exited (${code}) before it was ready:\n${output.slice(-4000)}`)));
  });
}

export function stopProcess(child: ChildProcess | undefined): Promise<void> {
  // A child ended by a signal has a signalCode and no exitCode.
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
