/**
 * Once per run, for the projects that boot the CMS in the test process (cms, publish): the CMS
 * compiled into cms/dist, so that every file boots the same real Strapi, and the folder of the
 * run's template databases (tests/support/run-setup.ts).
 */
import { compileCmsOnce, prepareTemplates } from './support/run-setup';

export default function setup(): () => Promise<void> {
  compileCmsOnce();
  return prepareTemplates();
}
