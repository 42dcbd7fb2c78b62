/**
 * Once per run of the `site` project: a CMS with the demo content, the site built against it and
 * served (tests/support/site-build.ts). It runs beside the first files of the other projects,
 * which do not need it: this setup returns at once, and the site tests wait for the outcome
 * (./built-site.ts).
 */
import { writeFileSync } from 'node:fs';
import { buildAndServeSite } from '../support/site-build';
import { prepareTemplates } from '../support/run-setup';
import { builtSiteMarker, type SiteSetup } from './built-site';

export default function setup(): () => Promise<void> {
  const dropTemplates = prepareTemplates();
  const marker = builtSiteMarker();
  // Its first step, compiling the CMS (once per run), is synchronous: done before the other
  // projects' files boot the compiled CMS.
  const done = buildAndServeSite().then(
    ({ site, stop }) => {
      writeFileSync(marker, JSON.stringify({ ok: true, site } satisfies SiteSetup));
      return stop;
    },
    (error: Error) => {
      writeFileSync(marker, JSON.stringify({ ok: false, why: `the site's set-up failed: ${error.stack ?? error.message}` } satisfies SiteSetup));
      return undefined;
    },
  );
  return async () => {
    const stop = await done;
    await stop?.();
    await dropTemplates();
  };
}
