/**
 * Prints the plain closing line "N passed, N failed, N skipped" that CI reads,
 * after vitest's own report. A file that failed outside its tests (it did not
 * load, or a beforeAll hook threw and its tests were skipped) counts as failed.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class CountReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = errors.length;
    let skipped = 0;
    for (const m of modules) {
      let testFailed = false;
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') {
          failed++;
          testFailed = true;
        } else skipped++;
      }
      if (m.state() === 'failed' && !testFailed) failed++;
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
