/**
 * The ledger benchmark's headline figures for `npm run bench`: top-ups and charges (each against
 * raw single-row commits), `balance.get`, the first page of `balance.history`, and the first open
 * of the file in a fresh process, each next to raw better-sqlite3 from the same run.
 */
import type { ChannelFigures } from './engine.ts';
import type { Figures } from './measure-run.ts';
import * as report from './report.ts';
import { TARGET } from './settings.ts';
import type { Summary } from './stats.ts';
import { perMedian, type Headline, type HeadlineKey } from './summary.ts';

export function ledgerHeadlines({ writes, reads, opens }: Figures): Headline[] {
  const rawWrites = writes.raw;
  const write = (
    key: HeadlineKey,
    metric: string,
    figures: ChannelFigures,
    replayRate: number,
  ): Headline => ({
    key,
    metric,
    rate: figures.callsPerSecond,
    unit: 'ops/s',
    detail: `median ${report.ms(figures.latency.median)}`,
    rawRate: rawWrites,
    replayRate,
    target: {
      text: `>= ${TARGET.writeShare} x raw commits`,
      met: figures.callsPerSecond >= rawWrites * TARGET.writeShare,
    },
  });
  const read = (
    key: HeadlineKey,
    metric: string,
    engine: Summary,
    raw: Summary,
    maxMs: number,
  ): Headline => ({
    key,
    metric,
    rate: perMedian(engine.median),
    unit: 'ops/s',
    detail: `median ${report.ms(engine.median)}, p99 ${report.ms(engine.p99)}`,
    rawRate: perMedian(raw.median),
    target: { text: `median < ${report.ms(maxMs)}`, met: engine.median < maxMs },
  });
  const child = opens.engineChild;
  return [
    write(
      'topUp',
      'balance.topUp, 1 per tx (1M entries)',
      writes.engine.topUp,
      writes.replay.topUpPerSecond,
    ),
    write(
      'charge',
      'balance.charge, 1 per tx (1M entries)',
      writes.engine.charge,
      writes.replay.chargePerSecond,
    ),
    read(
      'balanceGet',
      'balance.get (1M entries)',
      reads.engine.balance,
      reads.raw.balance,
      TARGET.balanceMs,
    ),
    read(
      'history',
      'balance.history first page (1M)',
      reads.engine.history,
      reads.raw.history,
      TARGET.historyMs,
    ),
    {
      key: 'coldOpen',
      metric: 'cold open of the 1M-entry file',
      rate: perMedian(child.openMs),
      unit: 'opens/s',
      detail: `${report.ms(child.openMs)} in a fresh process`,
      rawRate: perMedian(opens.rawChild.openMs),
      target: { text: `< ${report.ms(TARGET.openMs)}`, met: child.openMs < TARGET.openMs },
    },
  ];
}
