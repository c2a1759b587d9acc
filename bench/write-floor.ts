/**
 * How close any engine could come to raw better-sqlite3 replaying its statements (the ledger
 * benchmark's "same statements" baseline), given what SPEC asks of every write. A copy of the
 * seeded 1,000,000-entry ledger (`npm run bench:ledger` builds it) takes the engine's top-ups
 * and charges in an untimed rehearsal; two more copies then replay the same statements, call by
 * call, in turn: one bare, one after the least work the spec asks of a write besides its
 * statements (the input checked against its schema, the request hashed, the result kept as JSON
 * and hashed, each audit event and entry chained by a SHA-256 hash), which no engine, however
 * written, can skip. The figure is the best such an engine can reach on this disk. A benchmark,
 * not a test.
 * Usage: npm run bench:write-floor -- [--writes=2000]
 */
import { hash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { channels, isChannelName } from '../shared/contract/channels.ts';
import type { Backend } from '../electron/backend/index.ts';
import { engineWriter, openBackend } from './lib/engine.ts';
import { sizeHeapAsHosts } from './lib/host-heap.ts';
import { rehearse } from './lib/ledger-replay.ts';
import { customerIds, existingLedgerSeed } from './lib/ledger-seed.ts';
import { describeMachine } from './lib/machine.ts';
import { createRandom } from './lib/random.ts';
import { copyOf, replayer, type CallLog } from './lib/replay.ts';
import { FIXED_NOW, SEED } from './lib/settings.ts';
import { nowMs, summarize } from './lib/stats.ts';

type Exchange = { channel: string; input: unknown; result: unknown };

/** Statements whose rows the spec chains by hash: each costs one SHA-256 of its values. */
const CHAINED = /^insert into "(audit_events|ledger_entries)"/;

function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

/** `backend`, also keeping each call's channel, input and result, in order. */
function recording(backend: Backend, exchanges: Exchange[]): Backend {
  return {
    ...backend,
    invokeUnknown: async (channel, input, ctx) => {
      const result = await backend.invokeUnknown(channel, input, ctx);
      exchanges.push({
        channel: String(channel),
        input,
        result: result.ok ? result.data : result.error,
      });
      return result;
    },
  };
}

/** The least a write must do besides its statements (see the file's comment). */
function leastWork(exchange: Exchange, log: CallLog, chain: { head: string }): void {
  if (!isChannelName(exchange.channel)) throw new Error(`no channel ${exchange.channel}`);
  const parsed = channels[exchange.channel].input.parse(exchange.input);
  hash('sha256', JSON.stringify(parsed), 'hex');
  hash('sha256', JSON.stringify(exchange.result), 'hex');
  for (const { source, args } of log) {
    if (!CHAINED.test(source)) continue;
    chain.head = hash('sha256', `${chain.head}\n${JSON.stringify(args)}`, 'hex');
  }
}

async function main(): Promise<void> {
  sizeHeapAsHosts();
  const { values } = parseArgs({ options: { writes: { type: 'string', default: '2000' } } });
  const writes = Math.max(2, Math.floor(Number(values.writes) / 2) * 2);
  const seed = existingLedgerSeed();
  for (const line of describeMachine()) say(line);
  const ids = customerIds(seed);
  const exchanges: Exchange[] = [];
  const open = (path: string) =>
    recording(openBackend(path, { now: () => new Date(FIXED_NOW) }), exchanges);
  const calls = await rehearse(seed, open, async (backend) => {
    const writer = engineWriter(backend, ids, createRandom(SEED));
    await writer.warmUp();
    await writer.round(writes);
  });
  const bare = replayer(copyOf(seed, 'floor-bare'), calls);
  const least = replayer(copyOf(seed, 'floor-least'), calls);
  const chain = { head: '' };
  const skip = calls.length - writes;
  bare.replay(skip);
  least.replay(skip);
  const bareMs: number[] = [];
  const leastMs: number[] = [];
  try {
    for (let index = skip; index < calls.length; index += 1) {
      const log = calls[index] ?? [];
      const exchange = exchanges[index];
      if (!exchange) throw new Error(`no exchange for call ${index}`);
      let started = nowMs();
      bare.replay(1);
      bareMs.push(nowMs() - started);
      started = nowMs();
      leastWork(exchange, log, chain);
      least.replay(1);
      leastMs.push(nowMs() - started);
    }
  } finally {
    bare.close();
    least.close();
  }
  printFloor(bareMs, leastMs);
}

function printFloor(bareMs: readonly number[], leastMs: readonly number[]): void {
  const sum = (samples: readonly number[]) => samples.reduce((total, ms) => total + ms, 0);
  const bare = summarize(bareMs);
  const least = summarize(leastMs);
  const perCall = (ms: number) => `${(ms * 1000).toFixed(0)} us`;
  say(`${bareMs.length} top-ups and charges, raw replay of the engine's statements, per call:`);
  say(
    `  bare                       median ${perCall(bare.median)}, mean ${perCall(sum(bareMs) / bareMs.length)}`,
  );
  say(
    `  with the spec's least work median ${perCall(least.median)}, mean ${perCall(sum(leastMs) / leastMs.length)}`,
  );
  say(`  least work alone           ${perCall(least.median - bare.median)} (medians)`);
  say(
    `best any engine reaches: ${(sum(bareMs) / sum(leastMs)).toFixed(2)}x raw (sums), ${(bare.median / least.median).toFixed(2)}x (medians)`,
  );
  say(
    `0.9x leaves an engine ${perCall(bare.median / 0.9 - bare.median)} of its own work per call (medians)`,
  );
}

await main();
