import type { TestProject } from 'vitest/node';
import { buildAndServeSite } from '../support/site-build';
import { prepareTemplates } from '../support/run-setup';

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string;
    siteUrl: string;
    outDir: string;
    runtimes: { cms: string[]; siteBuild: string[]; siteServer: string[] };
  }
}

export default async function setup(project: TestProject) {
  const dropTemplates = prepareTemplates();
  const { site, stop } = await buildAndServeSite();
  project.provide('cmsUrl', site.cmsUrl);
  project.provide('siteUrl', site.siteUrl);
  project.provide('outDir', site.outDir);
  project.provide('runtimes', site.runtimes);
  return async () => {
    await stop();
    await dropTemplates();
  };
}
