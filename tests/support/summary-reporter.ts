import type { Reporter, TestModule } from 'vitest/node';

// The end of every run, for people and for CI:
//  - the 15 slowest files, each timed whole (import, set-up hooks such as a boot in beforeAll,
//    the tests, tear-down), and each project's total, so that the next slowdown is seen;
//  - every skipped test by name: a check that some machines skip must not pass unnoticed;
//  - the plain closing line CI reads, "N passed, N failed".
export default class SummaryReporter implements Reporter {
  private runStarted = 0;
  private firstFileStarted = 0;
  /** When each file started, from the run's start: a slow file that starts last ends the run last. */
  private readonly startedAt = new Map<string, number>();

  onTestRunStart(): void {
    this.runStarted = Date.now();
    this.firstFileStarted = 0;
    this.startedAt.clear();
  }

  onTestModuleStart(module: TestModule): void {
    this.firstFileStarted ||= Date.now();
    this.startedAt.set(module.moduleId, (Date.now() - this.runStarted) / 1000);
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    const files = modules.map((m) => ({
      name: m.moduleId.replace(`${process.cwd()}/`, ''),
      project: m.project.name,
      seconds: fileSeconds(m),
      startedAt: this.startedAt.get(m.moduleId),
    }));
    const out: string[] = [];

    out.push('', 'Slowest test files (whole file: import, set-up hooks, tests, tear-down; when it started in the run):');
    for (const f of [...files].sort((a, b) => b.seconds - a.seconds).slice(0, 15)) {
      const started = f.startedAt === undefined ? '' : `  (from ${f.startedAt.toFixed(0)} s)`;
      out.push(`  ${f.seconds.toFixed(1).padStart(7)} s  ${f.name}${started}`);
    }
    const byProject = new Map<string, number>();
    for (const f of files) byProject.set(f.project, (byProject.get(f.project) ?? 0) + f.seconds);
    const end = Date.now();
    const wall = (end - this.runStarted) / 1000;
    const setUp = ((this.firstFileStarted || end) - this.runStarted) / 1000;
    // Files run two at a time (vitest.config.ts), so their own times add up to more than the wall.
    out.push(
      `By project (files' own times, added): ${[...byProject].map(([p, s]) => `${p} ${s.toFixed(0)} s`).join(', ')}; ` +
        `global set-up ${setUp.toFixed(0)} s, then the files ${(wall - setUp).toFixed(0)} s; wall ${wall.toFixed(0)} s`,
    );

    let passed = 0;
    let failed = unhandledErrors.length;
    const skipped: string[] = [];
    for (const m of modules) {
      const tests = [...m.children.allTests()];
      // A file that failed outside its tests (an import, a set-up hook that threw and left its
      // tests skipped) is one failure more.
      if (m.state() === 'failed' && !tests.some((t) => t.result().state === 'failed')) failed++;
      for (const t of tests) {
        const state = t.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped.push(`${m.moduleId.replace(`${process.cwd()}/`, '')} > ${t.fullName}`);
      }
    }
    if (skipped.length) {
      out.push('', `SKIPPED (${skipped.length}): these checks did not run here`);
      for (const t of skipped.slice(0, 30)) out.push(`  - ${t}`);
      if (skipped.length > 30) out.push(`  … and ${skipped.length - 30} more (a -t filter skips the rest of a file)`);
    }
    out.push(`${passed} passed, ${failed} failed${skipped.length ? `, ${skipped.length} skipped` : ''}`);
    console.log(out.join('\n'));
  }
}

function fileSeconds(m: TestModule): number {
  const d = m.diagnostic();
  return (d.environmentSetupDuration + d.prepareDuration + d.collectDuration + d.setupDuration + d.duration) / 1000;
}
