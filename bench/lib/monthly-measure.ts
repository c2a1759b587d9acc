/**
 * The measuring half of `npm run bench:monthly`, in its own process: opens a working copy of the
 * fixture as the application left it open on the evening of June 30, moves the clock to 00:30 on
 * July 1 and runs `jobs.runDue` through `invoke`, timing each of its transactions by the wall
 * clock (BEGIN to the end of COMMIT, lib/tx-times.ts) and watching how long the event loop is held;
 * then runs it again (nothing left to do).
 * Usage: monthly-measure.ts '<MonthlyRequest as JSON>'
 */
import type { JobCounts } from '../../shared/contract/types.ts';
import { callTyped, openBackend } from './engine.ts';
import type { FixtureFacts } from './fixture.ts';
import { watchLoop, type LoopGaps } from './loop-gaps.ts';
import * as report from './report.ts';
import { removeLedgerFiles } from './seed.ts';
import { nowMs } from './stats.ts';
import { emitSummary } from './summary.ts';
import { timeTransactions, type TransactionTimes } from './tx-times.ts';

export type MonthlyRequest = { workPath: string; facts: FixtureFacts; buildMs: number };

export const MONTHLY_TARGET = { passMs: 10_000, transactionMs: 50, transactionPassMs: 60 };
const OPENED_AT = '2026-06-30T23:00:00.000Z';
const PASS_AT = '2026-07-01T00:30:00.000Z';

type Figures = {
  passMs: number;
  counts: JobCounts;
  gaps: LoopGaps;
  times: TransactionTimes;
  againMs: number;
};

function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

async function measure(request: MonthlyRequest): Promise<Figures> {
  let now = new Date(OPENED_AT);
  const backend = openBackend(request.workPath, { now: () => now });
  try {
    now = new Date(PASS_AT);
    const monitor = watchLoop();
    const timer = timeTransactions();
    const started = nowMs();
    const counts = await callTyped(backend, 'jobs.runDue', {});
    const passMs = nowMs() - started;
    const times = timer.stop();
    const gaps = monitor.stop();
    const again = nowMs();
    const second = await callTyped(backend, 'jobs.runDue', {});
    const againMs = nowMs() - again;
    if (Object.values(second).some((count) => count !== 0)) {
      throw new Error(`a second pass still did something: ${JSON.stringify(second)}`);
    }
    return { passMs, counts, gaps, times, againMs };
  } finally {
    backend.close();
    removeLedgerFiles(request.workPath);
  }
}

function rows(request: MonthlyRequest, figures: Figures): report.Row[] {
  const { facts } = request;
  const n = (key: string) => report.integer(Number(facts[key] ?? 0));
  const { counts, gaps, times } = figures;
  const { transactions, checkpoints } = times;
  const { passMs, transactionMs, transactionPassMs } = MONTHLY_TARGET;
  const count = (name: keyof JobCounts) =>
    report.infoRow(`  ${name}`, report.integer(counts[name]));
  return [
    report.infoRow(
      `fixture: ${n('customers')} customers (built ${report.ms(request.buildMs)})`,
      `${n('prepaid')} prepaid, ${n('creditLimit')} credit limit, ${n('postpaid')} postpaid`,
    ),
    report.infoRow(
      '  May and June via handlers',
      `${n('steps')} steps, ${n('refused')} refused, ${n('skipped')} skipped`,
    ),
    report.infoRow(
      '  set up',
      `${n('schedules')} schedules, ${n('replenishment')} replenishment, ${n('expiringCredit')} expiring credit`,
    ),
    {
      ...report.infoRow('jobs.runDue, 00:30 on July 1', report.ms(figures.passMs)),
      target: `< ${report.ms(passMs)}`,
      result: figures.passMs < passMs ? 'pass' : 'FAIL',
    },
    count('expired'),
    count('recurringIssued'),
    count('balanceDueIssued'),
    count('blocked'),
    count('unblocked'),
    count('replenishmentsIssued'),
    {
      ...report.infoRow('longest transaction, wall clock', report.ms(transactions.max)),
      target: `< ${report.ms(transactionMs)}`,
      result: transactions.max < transactionMs ? 'pass' : 'FAIL',
    },
    report.infoRow(
      '  transactions (BEGIN to end of COMMIT)',
      `${report.integer(transactions.count)}, median ${report.ms(transactions.median)}, p99 ${report.ms(transactions.p99)}, ${times.over(transactionMs)} over ${report.ms(transactionMs)}`,
    ),
    report.infoRow(
      '  their CPU time',
      `median ${report.ms(times.cpu.median)}, p99 ${report.ms(times.cpu.p99)}, longest ${report.ms(times.cpu.max)}`,
    ),
    report.infoRow(
      '  longest: wall (COMMIT; CPU)',
      times
        .longest(3)
        .map(
          (timed) =>
            `${report.ms(timed.ms)} (${report.ms(timed.commitMs)}; ${report.ms(timed.cpuMs)})`,
        )
        .join(', '),
    ),
    report.infoRow(
      '  checkpoints between them',
      checkpoints.count === 0
        ? 'none'
        : `${report.integer(checkpoints.count)}, median ${report.ms(checkpoints.median)}, longest ${report.ms(checkpoints.max)}`,
    ),
    {
      ...report.infoRow('longest hold of the event loop', report.ms(gaps.longestMs)),
      target: `about ${report.ms(transactionMs)} (<= ${report.ms(transactionPassMs)})`,
      result: gaps.longestMs <= transactionPassMs ? 'pass' : 'FAIL',
    },
    report.infoRow(
      '  transactions (loop held >= 0.5 ms)',
      `${report.integer(gaps.blocks.count)}, median ${report.ms(gaps.blocks.median)}, p99 ${report.ms(gaps.blocks.p99)}, ${gaps.over(transactionMs)} over ${report.ms(transactionMs)}`,
    ),
    report.infoRow(
      '  longest holds (#n: nth transaction)',
      gaps
        .longest(3)
        .map((block) => `${report.ms(block.ms)} (#${block.index})`)
        .join(', '),
    ),
    report.infoRow('jobs.runDue again at once (nothing to do)', report.ms(figures.againMs)),
  ];
}

async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2] ?? '') as MonthlyRequest;
  const figures = await measure(request);
  const table = rows(request, figures);
  say();
  say(report.formatTable(table));
  const missed = table.filter((row) => row.result === 'FAIL').length;
  say();
  say(missed === 0 ? 'every target met' : `${missed} target(s) missed`);
  const customers = Number(request.facts.customers ?? 0);
  emitSummary({
    script: 'monthly',
    headlines: [
      {
        key: 'monthly',
        metric: `jobs.runDue, ${report.integer(customers)} customers`,
        rate: (customers * 1000) / figures.passMs,
        unit: 'customers/s',
        detail: `pass ${report.ms(figures.passMs)}, longest tx ${report.ms(figures.times.transactions.max)} (loop held ${report.ms(figures.gaps.longestMs)})`,
        rawRate: null,
        target: {
          text: `pass < ${report.ms(MONTHLY_TARGET.passMs)}, tx <= ${report.ms(MONTHLY_TARGET.transactionPassMs)}`,
          met:
            figures.passMs < MONTHLY_TARGET.passMs &&
            figures.gaps.longestMs <= MONTHLY_TARGET.transactionPassMs,
        },
      },
    ],
    skipped: [],
  });
}

await main();
