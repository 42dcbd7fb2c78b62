/**
 * Once per run of the `admin` project: build the admin panel as `npm start` does (NODE_ENV
 * production, so the Content-Type Builder is left out as in production). `strapi build` first
 * compiles the CMS into cms/dist (so the other projects need not compile it again), then bundles
 * the panel: a minute or more, and 2 GB. This setup waits for the compile only; the bundling runs
 * beside the global setups after it (the site's build, which needs the compiled CMS, and leaves a
 * core free much of the time). The admin tests wait for the panel (./panel.ts).
 */
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { CMS_DIR, ROOT } from '../support/paths';
import { prepareTemplates } from '../support/run-setup';
import { adminPanelMarker, type PanelBuild } from './panel';

export default async function setup(): Promise<() => Promise<void>> {
  const dropTemplates = prepareTemplates();
  const marker = adminPanelMarker()!;
  // Both builds of the model package: the panel bundles /model's ES build (its browser condition).
  execFileSync('npm', ['run', 'build', '-w', 'content-types'], { cwd: ROOT, stdio: 'inherit' });
  const build = spawn('npx', ['strapi', 'build'], {
    cwd: CMS_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true' },
  });
  let output = '';
  const compiled = new Promise<void>((resolve, reject) => {
    const watch = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
      to.write(chunk);
      output = (output + chunk.toString()).slice(-20_000);
      // ora's line once the compile has succeeded: "✔ Compiling TS (8442ms)" (coloured on a
      // terminal). ora writes to stderr: read on stdout alone, it was never seen, and this setup
      // waited for the whole bundle (about 40 s) before any file or the site's setup started.
      if (/✔ Compiling TS/.test(output)) resolve();
    };
    build.stdout.on('data', watch(process.stdout));
    build.stderr.on('data', watch(process.stderr));
    build.on('error', reject);
    build.on('exit', (code, signal) => {
      const done: PanelBuild = code === 0 ? { ok: true } : { ok: false, why: `strapi build failed (${signal ?? `exit ${code}`}):\n${output.slice(-4000)}` };
      writeFileSync(marker, JSON.stringify(done));
      if (done.ok) resolve();
      else reject(new Error(done.why));
    });
  });
  await compiled;
  process.env.CCHC_TEST_COMPILED = '1';
  return async () => {
    if (build.exitCode === null && build.signalCode === null) build.kill('SIGTERM');
    await dropTemplates();
  };
}
