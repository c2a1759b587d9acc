/**
 * Prints `N passed, M failed` as the very last line of a Playwright run, so CI reads one plain
 * count: flaky tests (passed on retry) count as passed, skipped ones are named apart, and a run
 * that failed outside any test (a broken web server, a global error) counts one failure.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class CountReporter implements Reporter {
  private readonly outcomes = new Map<string, ReturnType<TestCase['outcome']>>();
  private errors = 0;

  onTestEnd(test: TestCase, _result: TestResult): void {
    this.outcomes.set(test.id, test.outcome());
  }

  onError(): void {
    this.errors += 1;
  }

  onEnd(result: FullResult): void {
    let passed = 0;
    let failed = this.errors;
    let skipped = 0;
    for (const outcome of this.outcomes.values()) {
      if (outcome === 'expected' || outcome === 'flaky') passed += 1;
      else if (outcome === 'skipped') skipped += 1;
      else failed += 1;
    }
    if (failed === 0 && result.status !== 'passed' && result.status !== 'interrupted') failed = 1;
    const tail = skipped > 0 ? `, ${skipped} skipped` : '';
    process.stdout.write(`\n${passed} passed, ${failed} failed${tail}\n`);
    // For the closing line of `npm test` (scripts/test-summary.ts), beside Vitest's counts.
    const folder = path.join(process.cwd(), 'test-results');
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(
      path.join(folder, 'playwright-counts.json'),
      JSON.stringify({ passed, failed, skipped }),
    );
  }

  printsToStdio(): boolean {
    return true;
  }
}
