/**
 * The last line of `npm test`: the engine's and the browser's test counts added up, as
 * `N passed, M failed`. A runner that left no counts is a failure, not a silent zero.
 */
import { readCounts } from '../tests/support/counts.ts';

const runners = ['vitest', 'playwright'];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const runner of runners) {
  const counts = readCounts(runner);
  if (counts === null) {
    process.stdout.write(`${runner} left no counts\n`);
    failed += 1;
    continue;
  }
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped;
}
process.stdout.write(
  `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}\n`,
);
process.exitCode = failed > 0 ? 1 : 0;
