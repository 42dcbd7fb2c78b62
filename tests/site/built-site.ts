/**
 * The site that ./global-setup.ts builds and serves once per run. The build runs beside the
 * other projects' first files (the CMS's demo template and the site's build take two minutes
 * that would otherwise hold every file back); its outcome is written to a file in the run's
 * templates folder, and a site test waits for it when it is imported.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltSite } from '../support/site-build';
import { templatesDir } from '../support/templates';

export type SiteSetup = { ok: true; site: BuiltSite } | { ok: false; why: string };

/** Where the outcome is written (the run's templates folder, named by the global setups). */
export function builtSiteMarker(): string {
  const dir = templatesDir();
  if (!dir) throw new Error('the site tests need the run set-up (npm test): CCHC_TEST_TEMPLATES is not set');
  return join(dir, 'site-built.json');
}

/** Resolves with the built and served site; throws the set-up's own error if it failed. */
export async function builtSite(timeoutMs = 15 * 60_000): Promise<BuiltSite> {
  const marker = builtSiteMarker();
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(marker)) {
    if (Date.now() > deadline) throw new Error(`the site was not built in ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const setup = JSON.parse(readFileSync(marker, 'utf8')) as SiteSetup;
  if (!setup.ok) throw new Error(setup.why);
  return setup.site;
}
