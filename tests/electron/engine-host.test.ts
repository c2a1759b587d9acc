/**
 * Proves the engine host runs `jobs.runDue` as the first user at start and on every interval,
 * sends each call to the engine open at that moment, answers CONFLICT without touching anything
 * while the ledger is put away, waits for calls under way before closing, and starts afresh on
 * `resume()`; on fake timers with stand-in engines.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../electron/backend/index.ts';
import { LEDGER_AWAY, createEngineHost } from '../../electron/main/engine-host.ts';
import { JOBS_INTERVAL_MS } from '../../electron/main/scheduler.ts';
import type { Result } from '../../shared/errors.ts';

type FakeBackend = Backend & {
  name: string;
  closed: boolean;
  calls: string[];
  actors: (string | undefined)[];
};

function givenBackends() {
  const opened: FakeBackend[] = [];
  const open = (): FakeBackend => {
    const backend: FakeBackend = {
      name: `engine-${opened.length + 1}`,
      closed: false,
      calls: [],
      actors: [],
      invoke: (channel, input, ctx) => backend.invokeUnknown(channel, input, ctx) as never,
      invokeUnknown: vi.fn((channel: unknown, _input: unknown, ctx?: { actorId?: string }) => {
        backend.calls.push(String(channel));
        backend.actors.push(ctx?.actorId);
        return Promise.resolve({ ok: true, data: backend.name } satisfies Result<unknown>);
      }),
      close: () => {
        backend.closed = true;
      },
    };
    opened.push(backend);
    return backend;
  };
  return { opened, open };
}

describe('the engine host', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs the scheduled pass as the first user at start and every interval', async () => {
    const { opened, open } = givenBackends();
    const host = createEngineHost({ open });
    const engine = opened[0];
    expect(engine?.actors).toEqual(['admin']);
    await vi.advanceTimersByTimeAsync(JOBS_INTERVAL_MS);
    expect(engine?.calls).toEqual(['jobs.runDue', 'jobs.runDue']);
    await host.close();
    expect(engine?.closed).toBe(true);
  });

  it('refuses calls while suspended, then serves them from a fresh engine', async () => {
    const { opened, open } = givenBackends();
    const host = createEngineHost({ open });
    expect(await host.invokeUnknown('settings.get', {}, { actorId: 'u1' })).toEqual({
      ok: true,
      data: 'engine-1',
    });
    await host.suspend();
    expect(opened[0]?.closed).toBe(true);
    expect(await host.invokeUnknown('settings.get', {})).toEqual(LEDGER_AWAY);
    await vi.advanceTimersByTimeAsync(JOBS_INTERVAL_MS * 3);
    expect(opened[0]?.calls).toEqual(['jobs.runDue', 'settings.get']);
    host.resume();
    expect(opened).toHaveLength(2);
    expect(await host.invokeUnknown('settings.get', {})).toEqual({ ok: true, data: 'engine-2' });
    expect(opened[1]?.calls).toEqual(['jobs.runDue', 'settings.get']);
    await host.close();
  });

  it('waits for a call under way before closing the engine', async () => {
    let finish: (result: Result<unknown>) => void = () => undefined;
    const close = vi.fn();
    const answer = (channel: unknown) =>
      channel === 'jobs.runDue'
        ? Promise.resolve({ ok: true, data: {} } satisfies Result<unknown>)
        : new Promise<Result<unknown>>((resolve) => {
            finish = resolve;
          });
    const slow: Backend = {
      close,
      invoke: (channel) => answer(channel) as never,
      invokeUnknown: answer,
    };
    const host = createEngineHost({ open: () => slow });
    const call = host.invokeUnknown('statements.exportPdf', {});
    const suspending = host.suspend();
    await vi.advanceTimersByTimeAsync(0);
    expect(close).not.toHaveBeenCalled();
    finish({ ok: true, data: 'written' });
    await suspending;
    expect(await call).toEqual({ ok: true, data: 'written' });
    expect(close).toHaveBeenCalledTimes(1);
  });
});
