/**
 * The ledger benchmark's second raw baseline: raw better-sqlite3 replaying exactly the
 * statements the engine's top-ups and charges ran (replay.ts), one transaction per call, on
 * another copy of the seeded file. It shows what the same rows cost on this disk with none of
 * the engine's own JavaScript, so the engine's share of the time can be told from SQLite's.
 */
import type { Backend } from '../../electron/backend/index.ts';
import { capturing, copyOf, replayer, type CallLog } from './replay.ts';
import { removeLedgerFiles } from './seed.ts';
import { nowMs, perSecond, summarize } from './stats.ts';

const sum = (samples: readonly number[]) => samples.reduce((total, ms) => total + ms, 0);

export type ReplayFigures = {
  topUpPerSecond: number;
  chargePerSecond: number;
  /** Statements per call, read and write, as the engine ran them. */
  statements: { topUp: number; charge: number };
  /** The median call, which a few calls that met a busy disk do not move. */
  medianMs: { topUp: number; charge: number };
};

/** Runs `script` on a backend over a copy of `seedPath`, recording every call's statements. */
export async function rehearse(
  seedPath: string,
  open: (path: string) => Backend,
  script: (backend: Backend) => Promise<void>,
): Promise<CallLog[]> {
  const file = copyOf(seedPath, 'rehearsal');
  const capture = capturing(open(file));
  try {
    await script(capture.backend);
    return capture.calls;
  } finally {
    capture.stop();
    capture.backend.close();
    removeLedgerFiles(file);
  }
}

/**
 * Replays `calls` on a fresh copy of `seedPath`: `skip` of them untimed (the engine's warm-up),
 * then the rest one at a time (`next`), each timed alone, each just before the engine's own run
 * of the same call. Calls alternate top-up and charge, as the engine's.
 */
export function ledgerReplay(seedPath: string, calls: readonly CallLog[], skip: number) {
  const replay = replayer(copyOf(seedPath, 'replay'), calls);
  replay.replay(skip);
  const spent = { topUp: [] as number[], charge: [] as number[] };
  let index = skip;
  const perCall = (parity: number) => {
    const chosen = calls.filter((_, at) => at % 2 === parity);
    return chosen.reduce((total, log) => total + log.length, 0) / chosen.length;
  };
  return {
    next: () => {
      const started = nowMs();
      replay.replay(1);
      (index % 2 === 0 ? spent.topUp : spent.charge).push(nowMs() - started);
      index += 1;
    },
    figures: (): ReplayFigures => ({
      topUpPerSecond: perSecond(spent.topUp.length, sum(spent.topUp)),
      chargePerSecond: perSecond(spent.charge.length, sum(spent.charge)),
      statements: { topUp: perCall(0), charge: perCall(1) },
      medianMs: { topUp: summarize(spent.topUp).median, charge: summarize(spent.charge).median },
    }),
    close: replay.close,
  };
}
