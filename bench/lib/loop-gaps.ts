/**
 * Measures, from outside the engine, how long its batched passes hold the event loop: a
 * `setImmediate` loop runs alongside the pass and records the time between its turns. The engine
 * runs each batch synchronously inside one SQLite transaction and yields between batches, so the
 * longest gap is the longest single transaction (plus a turn of the loop, a few microseconds).
 */
import { nowMs, summarize, type Summary } from './stats.ts';

export type Block = { index: number; ms: number };

export type LoopGaps = {
  longestMs: number;
  /** The `count` longest holds, longest first, each with its place among all holds (1 = first). */
  longest: (count: number) => Block[];
  /** Gaps of at least `BLOCK_MS`: the pass's transactions, roughly. */
  blocks: Summary;
  /** How many gaps exceeded `threshold` ms. */
  over: (thresholdMs: number) => number;
};

/** Gaps shorter than this are the loop turning with nothing else to do. */
const BLOCK_MS = 0.5;

export type GapMonitor = { stop: () => LoopGaps };

export function watchLoop(): GapMonitor {
  const gaps: number[] = [];
  let last = nowMs();
  let running = true;
  const turn = () => {
    const now = nowMs();
    gaps.push(now - last);
    last = now;
    if (running) setImmediate(turn);
  };
  setImmediate(turn);
  return {
    stop: () => {
      running = false;
      turn();
      const blocks = gaps.filter((gap) => gap >= BLOCK_MS);
      const ranked = blocks
        .map((ms, index) => ({ index: index + 1, ms }))
        .sort((a, b) => b.ms - a.ms);
      return {
        longestMs: Math.max(0, ...gaps),
        longest: (count) => ranked.slice(0, count),
        blocks: summarize(blocks),
        over: (thresholdMs) => gaps.filter((gap) => gap > thresholdMs).length,
      };
    },
  };
}
