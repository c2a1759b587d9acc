/**
 * Proves the scheduled pass runs once at start and then every JOBS_INTERVAL_MS, never twice at
 * once, keeps going after a refused or thrown pass (reporting it), and stops for good on `stop()`,
 * which waits for the pass under way; all on fake timers, without sleeping.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JOBS_INTERVAL_MS, startScheduler } from '../../electron/main/scheduler.ts';
import type { Result } from '../../shared/errors.ts';

type Pass = { resolve: (result: Result<unknown>) => void; reject: (error: unknown) => void };

const DONE: Result<unknown> = { ok: true, data: {} };

/** A pass function whose calls stay pending until the test settles them. */
function givenPasses() {
  const pending: Pass[] = [];
  const runPass = vi.fn(
    () =>
      new Promise<Result<unknown>>((resolve, reject) => {
        pending.push({ resolve, reject });
      }),
  );
  const settleNext = async (outcome: Result<unknown> | Error = DONE): Promise<void> => {
    const pass = pending.shift();
    if (pass === undefined) throw new Error('no pass is running');
    if (outcome instanceof Error) pass.reject(outcome);
    else pass.resolve(outcome);
    await vi.advanceTimersByTimeAsync(0);
  };
  return { runPass, settleNext, pending };
}

describe('the scheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is five minutes, as a named constant', () => {
    expect(JOBS_INTERVAL_MS).toBe(300_000);
  });

  it('runs at start, then once per interval', async () => {
    const { runPass, settleNext } = givenPasses();
    const scheduler = startScheduler({ runPass, onError: vi.fn() });
    expect(runPass).toHaveBeenCalledTimes(1);
    await settleNext();
    await vi.advanceTimersByTimeAsync(JOBS_INTERVAL_MS - 1);
    expect(runPass).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(runPass).toHaveBeenCalledTimes(2);
    await settleNext();
    await vi.advanceTimersByTimeAsync(JOBS_INTERVAL_MS);
    expect(runPass).toHaveBeenCalledTimes(3);
    await settleNext();
    await scheduler.stop();
  });

  it('skips a tick while a pass is still running, and runs at the next one', async () => {
    const { runPass, settleNext } = givenPasses();
    const scheduler = startScheduler({ runPass, onError: vi.fn() });
    await vi.advanceTimersByTimeAsync(JOBS_INTERVAL_MS * 3);
    expect(runPass).toHaveBeenCalledTimes(1);
    await settleNext();
    await vi.advanceTimersByTimeAsync(JOBS_INTERVAL_MS);
    expect(runPass).toHaveBeenCalledTimes(2);
    await settleNext();
    await scheduler.stop();
  });

  it('reports a refused pass and a thrown one, and keeps going', async () => {
    const { runPass, settleNext } = givenPasses();
    const onError = vi.fn();
    const scheduler = startScheduler({ runPass, onError });
    const refusal = { code: 'FORBIDDEN', message: 'no' } as const;
    await settleNext({ ok: false, error: refusal });
    expect(onError).toHaveBeenLastCalledWith(refusal);
    await vi.advanceTimersByTimeAsync(JOBS_INTERVAL_MS);
    const thrown = new Error('disk gone');
    await settleNext(thrown);
    expect(onError).toHaveBeenLastCalledWith(thrown);
    await vi.advanceTimersByTimeAsync(JOBS_INTERVAL_MS);
    expect(runPass).toHaveBeenCalledTimes(3);
    await settleNext();
    expect(onError).toHaveBeenCalledTimes(2);
    await scheduler.stop();
  });

  it('stops for good, and stop() waits for the pass under way', async () => {
    const { runPass, settleNext } = givenPasses();
    const scheduler = startScheduler({ runPass, onError: vi.fn() });
    let stopped = false;
    const stopping = scheduler.stop().then(() => {
      stopped = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    await settleNext();
    await stopping;
    expect(stopped).toBe(true);
    await vi.advanceTimersByTimeAsync(JOBS_INTERVAL_MS * 10);
    expect(runPass).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('uses the timer it is given', async () => {
    const { runPass, settleNext } = givenPasses();
    const ticks: (() => void)[] = [];
    const timer = {
      setInterval: vi.fn((callback: () => void) => ticks.push(callback)),
      clearInterval: vi.fn(),
    };
    const scheduler = startScheduler({ runPass, timer, intervalMs: 42, onError: vi.fn() });
    expect(timer.setInterval).toHaveBeenCalledWith(expect.any(Function), 42);
    await settleNext();
    ticks[0]?.();
    expect(runPass).toHaveBeenCalledTimes(2);
    await settleNext();
    await scheduler.stop();
    expect(timer.clearInterval).toHaveBeenCalledWith(1);
  });
});
