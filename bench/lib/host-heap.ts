/**
 * The benchmarks size V8's heap as the hosts do (electron/main/heap.ts), so their figures are the
 * shipped ones: in-process benchmarks call `sizeHeapAsHosts` first, and child processes get the
 * flag on their command line (child.ts). `BENCH_HEAP=v8-default` leaves V8's own sizing, to
 * compare.
 */
import { HEAP_FLAGS, keepHeapTight } from '../../electron/main/heap.ts';

const isHostHeap = process.env.BENCH_HEAP !== 'v8-default';

export function sizeHeapAsHosts(): void {
  if (isHostHeap) keepHeapTight();
}

export function heapFlagsForChildren(): string[] {
  return isHostHeap ? [HEAP_FLAGS] : [];
}

export function describeHeap(): string {
  return isHostHeap
    ? `heap      sized as the hosts size it (${HEAP_FLAGS})`
    : "heap      V8's own sizing (BENCH_HEAP=v8-default)";
}
