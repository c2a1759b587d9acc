/**
 * Timing helpers and summaries: a monotonic clock in milliseconds, medians and percentiles of
 * samples, and rates. Nothing here knows about the engine.
 */
import { performance } from 'node:perf_hooks';

export type Summary = { count: number; median: number; p99: number; min: number; max: number };

export function nowMs(): number {
  return performance.now();
}

/** The value below which `fraction` of the sorted samples fall (nearest rank). */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    median: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/** Runs `work` `count` times and returns each run's duration in milliseconds. */
export function sampleSync(count: number, work: (index: number) => void): number[] {
  const samples: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const start = performance.now();
    work(index);
    samples.push(performance.now() - start);
  }
  return samples;
}

/** Like `sampleSync` for work that returns a promise (the engine's `invoke`). */
export async function sampleAsync(
  count: number,
  work: (index: number) => Promise<unknown>,
): Promise<number[]> {
  const samples: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const start = performance.now();
    await work(index);
    samples.push(performance.now() - start);
  }
  return samples;
}

export function perSecond(count: number, elapsedMs: number): number {
  return elapsedMs > 0 ? (count * 1000) / elapsedMs : Number.NaN;
}
