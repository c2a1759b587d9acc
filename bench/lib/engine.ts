/**
 * Measurements through the engine's one entry, `createBackend` and `invoke`, exactly as the
 * application calls it: writes (one call, one transaction), warm reads of a balance and of the
 * first page of its history, and opening the file.
 */
import type { ChannelName, ChannelOutput } from '../../shared/contract/channels.ts';
import { createBackend, type Backend } from '../../electron/backend/index.ts';
import { centsToText } from './money-text.ts';
import type { Random } from './random.ts';
import { nowMs, perSecond, sampleAsync, summarize, type Summary } from './stats.ts';

export type Clock = { now: () => Date };

/** Timed calls of one channel: latencies, and calls per second over their summed latency. */
export type ChannelFigures = { latency: Summary; callsPerSecond: number };

/** `calls` counts every `invoke` made, warm-up included. */
export type WriteFigures = {
  commitsPerSecond: number;
  latency: Summary;
  calls: number;
  topUp: ChannelFigures;
  charge: ChannelFigures;
};
export type ReadFigures = { balance: Summary; history: Summary; calls: number };

export const WARM_UP_CALLS = 100;
const WRITE_AMOUNT_CENTS = 2_000;
export const HISTORY_PAGE = 50;

export function openBackend(dbPath: string, clock: Clock): Backend {
  return createBackend({
    dbPath,
    now: clock.now,
    timeZone: 'UTC',
    onInternalError: (error) => {
      throw error;
    },
  });
}

/** Calls `invoke` and fails the benchmark on any refusal: a failed call is not a measured call. */
export async function call(backend: Backend, channel: string, input: unknown): Promise<unknown> {
  const result = await backend.invokeUnknown(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.data;
}

/** `call` with the channel's output type from the contract. */
export async function callTyped<C extends ChannelName>(
  backend: Backend,
  channel: C,
  input: unknown,
): Promise<ChannelOutput<C>> {
  return (await call(backend, channel, input)) as ChannelOutput<C>;
}

export type EngineWriter = {
  warmUp(): Promise<void>;
  /**
   * `count` more timed writes; `beforeEach`, untimed, runs before each of them (the raw replay
   * of the same call, so both meet the disk in the same state).
   */
  round(count: number, beforeEach?: () => void): Promise<void>;
  figures(): WriteFigures;
};

/**
 * Writes, each its own `invoke` and so its own transaction: pairs of a paid top-up and a charge
 * of the same amount on one random customer, so every charge fits the balance. Timed in rounds,
 * so the caller can interleave them with the raw baseline's rounds.
 */
export function engineWriter(
  backend: Backend,
  customerIds: readonly string[],
  random: Random,
): EngineWriter {
  const write = writer(backend, customerIds, random);
  const samples: number[] = [];
  let elapsedMs = 0;
  let calls = 0;
  return {
    warmUp: async () => {
      await sampleAsync(WARM_UP_CALLS, write);
      calls += WARM_UP_CALLS;
    },
    round: async (count, beforeEach) => {
      for (let index = 0; index < count; index += 1) {
        beforeEach?.();
        const [sample = 0] = await sampleAsync(1, write);
        samples.push(sample);
        elapsedMs += sample;
      }
      calls += count;
    },
    figures: () => ({
      commitsPerSecond: perSecond(samples.length, elapsedMs),
      latency: summarize(samples),
      calls,
      // Every round has an even count and starts with a top-up: even samples are top-ups.
      topUp: channelFigures(samples.filter((_, index) => index % 2 === 0)),
      charge: channelFigures(samples.filter((_, index) => index % 2 === 1)),
    }),
  };
}

function channelFigures(samples: readonly number[]): ChannelFigures {
  const totalMs = samples.reduce((total, sample) => total + sample, 0);
  return { latency: summarize(samples), callsPerSecond: perSecond(samples.length, totalMs) };
}

function writer(backend: Backend, customerIds: readonly string[], random: Random) {
  let customerId = '';
  let calls = 0;
  const amount = centsToText(WRITE_AMOUNT_CENTS);
  return async (): Promise<unknown> => {
    calls += 1;
    const requestId = `bench-write-${calls}`;
    if (calls % 2 === 1) {
      customerId = random.pick(customerIds);
      return call(backend, 'balance.topUp', { customerId, amount, kind: 'paid', requestId });
    }
    return call(backend, 'balance.charge', { customerId, amount, description: 'Bench', requestId });
  };
}

export async function measureReads(
  backend: Backend,
  customerId: string,
  samples: number,
): Promise<ReadFigures> {
  const balance = () => call(backend, 'balance.get', { customerId });
  const history = () => call(backend, 'balance.history', { customerId, limit: HISTORY_PAGE });
  await expectPage(history);
  await sampleAsync(WARM_UP_CALLS, balance);
  const balanceSamples = await sampleAsync(samples, balance);
  await sampleAsync(WARM_UP_CALLS, history);
  const historySamples = await sampleAsync(samples, history);
  return {
    balance: summarize(balanceSamples),
    history: summarize(historySamples),
    calls: 1 + 2 * (WARM_UP_CALLS + samples),
  };
}

/** Opens and closes the file `times` times; each sample times `createBackend` alone. */
export function measureOpens(dbPath: string, clock: Clock, times: number): Summary {
  const samples: number[] = [];
  for (let index = 0; index < times; index += 1) {
    const started = nowMs();
    const backend = openBackend(dbPath, clock);
    samples.push(nowMs() - started);
    backend.close();
  }
  return summarize(samples);
}

async function expectPage(history: () => Promise<unknown>): Promise<void> {
  const page = (await history()) as { items: unknown[] };
  if (page.items.length !== HISTORY_PAGE) {
    throw new Error(`balance.history gave ${page.items.length} entries, not ${HISTORY_PAGE}`);
  }
}
