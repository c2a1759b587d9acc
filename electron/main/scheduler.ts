/**
 * The timer behind the scheduled pass (SPEC 6): one pass at start, then one every
 * JOBS_INTERVAL_MS while the shell runs. Invariants: never two passes at once (a tick that finds
 * one still running is skipped, not queued); a failed pass, refused or thrown, is reported and
 * the timer goes on; after `stop()` no pass starts, and `stop()` resolves once the last one has
 * ended, so the caller can close the ledger safely. The interval functions are injected so tests
 * drive it with fake timers.
 */
import type { Result } from '../../shared/errors.ts';

export const JOBS_INTERVAL_MS = 5 * 60 * 1000;

/** `setInterval` and `clearInterval`, or fakes of them. */
export type IntervalTimer = {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
};

/** The global timers, looked up at each call so that fake timers installed later apply. */
export const systemTimer: IntervalTimer = {
  setInterval: (callback, ms) => setInterval(callback, ms),
  clearInterval: (handle) => {
    clearInterval(handle as ReturnType<typeof setInterval>);
  },
};

export type SchedulerOptions = {
  runPass: () => Promise<Result<unknown>>;
  timer?: IntervalTimer;
  intervalMs?: number;
  onError?: (error: unknown) => void;
};

export type Scheduler = {
  /** Resolves when the pass under way, if any, has ended. */
  idle(): Promise<void>;
  stop(): Promise<void>;
};

export function startScheduler(options: SchedulerOptions): Scheduler {
  const timer = options.timer ?? systemTimer;
  const onError = options.onError ?? reportPassError;
  let running: Promise<void> | null = null;
  let stopped = false;

  const runOnce = async (): Promise<void> => {
    try {
      const result = await options.runPass();
      if (!result.ok) onError(result.error);
    } catch (error) {
      onError(error);
    }
  };

  const tick = (): void => {
    if (stopped || running !== null) return;
    running = runOnce().finally(() => {
      running = null;
    });
  };

  tick();
  const handle = timer.setInterval(tick, options.intervalMs ?? JOBS_INTERVAL_MS);
  const idle = (): Promise<void> => running ?? Promise.resolve();

  return {
    idle,
    stop: () => {
      if (!stopped) {
        stopped = true;
        timer.clearInterval(handle);
      }
      return idle();
    },
  };
}

function reportPassError(error: unknown): void {
  console.error('[balancebook] the scheduled pass failed', error);
}
