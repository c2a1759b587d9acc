/**
 * The settlement benchmark's table and headline figures, from what settlement-measure.ts
 * measured. Targets: issuing with settlement at least a third of the raw single-row commit rate;
 * `invoices.list` (first page) and `invoices.get` under 5 ms, median and p99.
 */
import * as report from './report.ts';
import type { SettlementRequest } from './settlement-measure.ts';
import type { IssueFigures, PaymentFigures } from './settlement-writes.ts';
import type { Summary } from './stats.ts';
import { perMedian, type Headline, type HeadlineKey } from './summary.ts';

export const SETTLEMENT_TARGET = { issueShare: 1 / 3, readMs: 5 };
export const PAGE = 50;

export type WriteFigures = {
  issues: IssueFigures;
  payments: PaymentFigures;
  warmUp: number;
  /** Statements per call, from the rehearsal. */
  statements: { issue: number; payment: number };
};
export type ReadFigures = { get: Summary; list: Summary; rawGet: Summary; rawList: Summary };
export type Figures = WriteFigures & { reads: ReadFigures | null };

function writeRows(request: SettlementRequest, figures: Figures): report.Row[] {
  const { issues, payments } = figures;
  const customers = issues.full + issues.part;
  return [
    report.infoRow(
      'setup via handlers: customers, drafts, top-ups',
      `${report.integer(customers + figures.warmUp)} of each in ${report.ms(request.setupMs)}`,
    ),
    report.rateRow(
      `invoices.issue + settlement, 1 per tx (n=${report.integer(customers)})`,
      issues.perSecond,
      issues.rawPerSecond,
      SETTLEMENT_TARGET.issueShare,
      '1/3',
    ),
    replayRow(issues, figures.statements.issue),
    latencyInfo('  latency of one issue', issues),
    report.infoRow(
      '  settled from the balance',
      `${report.integer(customers)}: ${report.integer(issues.full)} in full, ${report.integer(issues.part)} in part`,
    ),
    report.infoRow(
      `payments.record on an open invoice (n=${report.integer(payments.paid)})`,
      `${report.integer(payments.perSecond)} commits/s`,
      `${report.integer(payments.rawPerSecond)} commits/s`,
      report.times(payments.perSecond, payments.rawPerSecond),
    ),
    replayRow(payments, figures.statements.payment),
    latencyInfo('  latency of one payment', payments),
    report.infoRow(
      '  invoices paid',
      `${report.integer(payments.paid)} (${report.integer(payments.overpaid)} overpaid by 10.00)`,
    ),
  ];
}

function replayRow(figures: IssueFigures | PaymentFigures, statements: number): report.Row {
  return report.infoRow(
    '  vs raw replaying the same statements',
    `${report.integer(figures.perSecond)} commits/s`,
    `${report.integer(figures.replayPerSecond)} commits/s (${statements.toFixed(1)} stmts/call)`,
    report.times(figures.perSecond, figures.replayPerSecond),
  );
}

function latencyInfo(metric: string, figures: IssueFigures | PaymentFigures): report.Row {
  const { latency } = figures;
  return report.infoRow(metric, `${report.ms(latency.median)} (p99 ${report.ms(latency.p99)})`);
}

function readRows(request: SettlementRequest, figures: ReadFigures): report.Row[] {
  const count = report.integer(request.invoices?.count ?? 0);
  const { readMs } = SETTLEMENT_TARGET;
  return [
    report.latencyBothRow(
      `invoices.list, 1 customer, page of ${PAGE} (${count} inv.)`,
      figures.list,
      figures.rawList,
      readMs,
    ),
    report.latencyBothRow(
      `invoices.get, random (n=${request.samples})`,
      figures.get,
      figures.rawGet,
      readMs,
    ),
  ];
}

export function settlementHeadlines(figures: Figures): Headline[] {
  const { issues, payments, reads: read } = figures;
  const detail = (latency: Summary) => `median ${report.ms(latency.median)}`;
  const rows: Headline[] = [
    {
      key: 'issue',
      metric: 'invoices.issue with settlement, 1 per tx',
      rate: issues.perSecond,
      unit: 'ops/s',
      detail: detail(issues.latency),
      rawRate: issues.rawPerSecond,
      replayRate: issues.replayPerSecond,
      target: {
        text: '>= 1/3 x raw commits',
        met: issues.perSecond >= issues.rawPerSecond * SETTLEMENT_TARGET.issueShare,
      },
    },
    {
      key: 'payment',
      metric: 'payments.record on an open invoice',
      rate: payments.perSecond,
      unit: 'ops/s',
      detail: detail(payments.latency),
      rawRate: payments.rawPerSecond,
      replayRate: payments.replayPerSecond,
      target: null,
    },
  ];
  if (!read) return rows;
  const readHeadline = (
    key: HeadlineKey,
    metric: string,
    engine: Summary,
    raw: Summary,
  ): Headline => ({
    key,
    metric,
    rate: perMedian(engine.median),
    unit: 'ops/s',
    detail: `median ${report.ms(engine.median)}, p99 ${report.ms(engine.p99)}`,
    rawRate: perMedian(raw.median),
    target: {
      text: `median, p99 < ${report.ms(SETTLEMENT_TARGET.readMs)}`,
      met: Math.max(engine.median, engine.p99) < SETTLEMENT_TARGET.readMs,
    },
  });
  return [
    ...rows,
    readHeadline('invoiceList', 'invoices.list first page (100k inv.)', read.list, read.rawList),
    readHeadline('invoiceGet', 'invoices.get (100k invoices)', read.get, read.rawGet),
  ];
}

export function settlementRows(request: SettlementRequest, figures: Figures): report.Row[] {
  const reads = figures.reads
    ? readRows(request, figures.reads)
    : [report.infoRow('invoice reads', 'skipped: no 100,000-invoice file')];
  return [...writeRows(request, figures), ...reads];
}
