/**
 * Prints `N passed, M failed` as the very last line of a Vitest run, so CI reads one plain count.
 * Unhandled errors and test files that failed without a failing test count as failures.
 */
import type { Reporter, TestModule } from 'vitest/node';
import { writeCounts } from './counts.ts';

export default class CountReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[], unhandledErrors: readonly unknown[]): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const testModule of testModules) {
      let moduleFailures = 0;
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') moduleFailures += 1;
        else skipped += 1;
      }
      if (moduleFailures === 0 && testModule.state() === 'failed') moduleFailures = 1;
      failed += moduleFailures;
    }
    const tail = skipped > 0 ? `, ${skipped} skipped` : '';
    process.stdout.write(`\n${passed} passed, ${failed} failed${tail}\n`);
    writeCounts('vitest', { passed, failed, skipped });
  }
}
