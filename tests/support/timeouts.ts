/**
 * Timeouts of the randomised tests (crash, fuzz, properties) grow with their counts, so the
 * README's deeper run (`CRASH_KILLS=300 FUZZ_RUNS=2000 PROPERTY_RUNS=3000`) is never cut short
 * by a timeout sized for CI's short run. Each count is given a generous budget per item (several
 * times what one takes on a busy two-core machine), and never less than the floor.
 */

/** The default timeout of a test (vitest.config.mts): the floor of every scaled timeout. */
export const TEST_TIMEOUT_FLOOR_MS = 60_000;

export type ScaledTimeout = {
  /** How many items the test runs: kills, generated inputs, property runs. */
  count: number;
  /** A generous budget for one item. */
  eachMs: number;
  /** At least this long, whatever the count. */
  floorMs?: number;
};

export function scaledTimeout({ count, eachMs, floorMs = TEST_TIMEOUT_FLOOR_MS }: ScaledTimeout) {
  return Math.max(floorMs, Math.ceil(count * eachMs));
}
