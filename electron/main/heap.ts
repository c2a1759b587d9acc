/**
 * How both hosts (the desktop main process and the web bridge) size V8's heap. By default V8 lets
 * the old generation grow up to four times between major collections while collecting is cheap,
 * so a month-end run of 1,000 statements leaves the process ~100 MB larger, all of it garbage
 * (`npm run bench:month-end`). Growing by 10% a step keeps it within a few MB at about the same
 * speed. Set once at start, before the engine opens.
 */
import v8 from 'node:v8';

export const HEAP_FLAGS = '--heap-growing-percent=10';

export function keepHeapTight(): void {
  v8.setFlagsFromString(HEAP_FLAGS);
}
