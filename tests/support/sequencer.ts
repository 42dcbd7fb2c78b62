import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The projects whose files are long (one to three minutes each), longest first; the rest after. */
const LONG_FIRST = ['publish', 'admin', 'site'];

/**
 * The order files start in. Vitest's own runs the projects one after another by name (and within
 * a project, the longest known file first). So the `publish` project's files, which each run a
 * CMS, a publisher and a site server for one to three minutes, started near the end, and the
 * browser tests of `site` after them: the run ended with one core idle beside them. Here the long
 * projects go first, and the many short files of `cms` fill in at the end.
 */
export default class LongProjectsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const at = LONG_FIRST.indexOf(file.project.name);
      return at === -1 ? LONG_FIRST.length : at;
    };
    // Array.prototype.sort is stable: within a rank, vitest's order stays.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
