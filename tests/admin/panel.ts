/**
 * The admin panel's build, started by ./global-setup.ts and finished beside the other global
 * setups: its outcome is written to a file in the run's templates folder, for which the admin
 * tests wait before they boot a CMS that serves the panel.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { templatesDir } from '../support/templates';

export type PanelBuild = { ok: true } | { ok: false; why: string };

/** Where the outcome is written; none outside `npm test` (no templates folder). */
export function adminPanelMarker(): string | undefined {
  const dir = templatesDir();
  return dir ? join(dir, 'admin-panel-built.json') : undefined;
}

/** Resolves once the panel is built; throws the build's own error if it failed. */
export async function adminPanelBuilt(timeoutMs = 10 * 60_000): Promise<void> {
  const marker = adminPanelMarker();
  if (!marker) return;
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(marker)) {
    if (Date.now() > deadline) throw new Error(`the admin panel was not built in ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const build = JSON.parse(readFileSync(marker, 'utf8')) as PanelBuild;
  if (!build.ok) throw new Error(build.why);
}
