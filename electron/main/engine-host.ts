/**
 * Holds the running engine and its scheduled pass, so the shell can put the ledger away (to
 * restore a backup) and bring it back without anyone keeping a stale handle. Invariants: every
 * call goes to the engine open at that moment; while the ledger is put away a call gets CONFLICT
 * and never touches a closed file; `suspend()` first refuses new calls, then waits for the calls
 * and the pass under way, then closes. Plain Node: no `electron` import, so the web bridge uses
 * it too.
 */
import type { Result } from '../../shared/errors.ts';
import type { Backend } from '../backend/index.ts';
import { startScheduler, type IntervalTimer, type Scheduler } from './scheduler.ts';
import { SHELL_ACTOR_ID } from './gate.ts';

export type EngineHostOptions = {
  open: () => Backend;
  timer?: IntervalTimer;
  intervalMs?: number;
  onPassError?: (error: unknown) => void;
};

export type EngineHost = {
  /** The gate's door (gate.ts): unchecked input, validated by the engine open at that moment. */
  invokeUnknown: Backend['invokeUnknown'];
  /** Refuses new calls, waits for those under way and the pass, then closes the ledger. */
  suspend(): Promise<void>;
  /** Opens the ledger again (throws what `open` throws) and restarts the pass. */
  resume(): void;
  /**
   * Puts the open book away as `suspend` does, then serves `open`'s book from now on (another
   * book: a server book or the local file, issue #19), and restarts the pass on it.
   */
  switchTo(open: () => Backend): Promise<void>;
  close(): Promise<void>;
};

export const LEDGER_AWAY: Result<never> = {
  ok: false,
  error: { code: 'CONFLICT', message: 'The ledger is being replaced; try again in a moment' },
};

type Running = { backend: Backend; scheduler: Scheduler };

export function createEngineHost(options: EngineHostOptions): EngineHost {
  const inFlight = new Set<Promise<unknown>>();
  let running: Running | null = null;

  let open = options.open;
  const start = (): void => {
    const backend = open();
    const scheduler = startScheduler({
      runPass: () => backend.invoke('jobs.runDue', {}, { actorId: SHELL_ACTOR_ID }),
      timer: options.timer,
      intervalMs: options.intervalMs,
      onError: options.onPassError,
    });
    running = { backend, scheduler };
  };

  const suspend = async (): Promise<void> => {
    const current = running;
    if (current === null) return;
    running = null;
    await current.scheduler.stop();
    await Promise.allSettled([...inFlight]);
    current.backend.close();
  };

  start();
  return {
    invokeUnknown: (channel, input, ctx) => {
      if (running === null) return Promise.resolve(LEDGER_AWAY);
      const call = running.backend.invokeUnknown(channel, input, ctx);
      inFlight.add(call);
      const settle = (): void => {
        inFlight.delete(call);
      };
      call.then(settle, settle);
      return call;
    },
    suspend,
    resume: () => {
      if (running === null) start();
    },
    switchTo: async (next) => {
      await suspend();
      open = next;
      start();
    },
    close: suspend,
  };
}
