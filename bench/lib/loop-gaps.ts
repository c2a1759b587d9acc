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
  /**
   * The longest stretch of the watching thread's own CPU time between two turns: a hold its own
   * code made. A gap far longer than it is the thread waiting for a core (a busy machine).
   */
  longestBusyMs: number;
  /** The `count` longest holds, longest first, each with its place among all holds (1 = first). */
  longest: (count: number) => Block[];
  /** Gaps of at least `BLOCK_MS`: the pass's transactions, roughly. */
  blocks: Summary;
  /** How many gaps exceeded `threshold` ms (at least `BLOCK_MS`). */
  over: (thresholdMs: number) => number;
};

/** Gaps shorter than this are the loop turning with nothing else to do. */
const BLOCK_MS = 0.5;

export type GapMonitor = { stop: () => LoopGaps };

/**
 * `byTimer`: turn on a 1 ms timer instead of `setImmediate`, so the watch takes no core of its
 * own (a spin would compete with work on another thread for the machine's cores); each gap is
 * then the time past that millisecond.
 */
export function watchLoop(options: { byTimer?: boolean } = {}): GapMonitor {
  const expectedMs = options.byTimer === true ? 1 : 0;
  const schedule = (next: () => void) => {
    if (options.byTimer === true) setTimeout(next, 1);
    else setImmediate(next);
  };
  const blocks: number[] = [];
  let last = nowMs();
  let running = true;
  let longestMs = 0;
  let longestBusyMs = 0;
  let lastCpu = cpuMs();
  // Only holds are kept: a loop left free (the work on another thread) turns millions of times.
  const turn = () => {
    const now = nowMs();
    const gap = Math.max(0, now - last - expectedMs);
    if (gap >= BLOCK_MS) blocks.push(gap);
    longestMs = Math.max(longestMs, gap);
    const cpu = cpuMs();
    longestBusyMs = Math.max(longestBusyMs, cpu - lastCpu);
    lastCpu = cpu;
    last = now;
    if (running) schedule(turn);
  };
  schedule(turn);
  return {
    stop: () => {
      running = false;
      turn();
      const ranked = blocks
        .map((ms, index) => ({ index: index + 1, ms }))
        .sort((a, b) => b.ms - a.ms);
      return {
        longestMs,
        longestBusyMs,
        longest: (count) => ranked.slice(0, count),
        blocks: summarize(blocks),
        over: (thresholdMs) => blocks.filter((gap) => gap > thresholdMs).length,
      };
    },
  };
}

/** This thread's CPU time so far (user and system), in ms. */
function cpuMs(): number {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
}
