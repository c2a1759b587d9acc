/**
 * Headline figures for `npm run bench`: each benchmark script, when the environment names a
 * summary file (`BENCH_SUMMARY`), appends its headline figures to it as one JSON line; `all.ts`
 * reads them back and prints one combined table. Every headline is a rate (operations per second,
 * for a read or a single run 1000 / its time in ms), next to raw better-sqlite3 doing the same
 * inserts or reads in the same run where such a baseline exists.
 */
import fs from 'node:fs';
import * as report from './report.ts';

export const SUMMARY_ENV = 'BENCH_SUMMARY';

/** The combined table's rows, in the order it shows them. */
export const HEADLINE_KEYS = [
  'topUp',
  'charge',
  'issue',
  'payment',
  'balanceGet',
  'history',
  'invoiceList',
  'invoiceGet',
  'statementGet',
  'monthly',
  'statementPdf',
  'reports',
  'coldOpen',
  'importHistory',
  'importLots',
] as const;

export type HeadlineKey = (typeof HEADLINE_KEYS)[number];

export type Headline = {
  key: HeadlineKey;
  metric: string;
  /** Engine operations per second. */
  rate: number;
  unit: string;
  /** A short note shown after the rate, such as the median latency. */
  detail: string;
  /** Raw better-sqlite3 operations per second, when a raw equivalent exists. */
  rawRate: number | null;
  /** For a write of many rows: raw better-sqlite3 replaying the engine's own statements. */
  replayRate?: number;
  target: { text: string; met: boolean } | null;
};

export type SummaryLine = { script: string; headlines: Headline[]; skipped: string[] };

export function emitSummary(line: SummaryLine): void {
  const file = process.env[SUMMARY_ENV];
  if (!file) return;
  fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
}

export function readSummary(file: string): SummaryLine[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((text) => text.trim() !== '')
    .map((text) => JSON.parse(text) as SummaryLine);
}

/** Operations per second of a call whose median takes `medianMs`. */
export function perMedian(medianMs: number): number {
  return 1000 / medianMs;
}

export function headlineRow(headline: Headline): report.Row {
  const { rate, rawRate, replayRate, target } = headline;
  const replay = replayRate ?? null;
  const raw = rawRate === null ? '-' : `${rateText(rawRate)} ${headline.unit}`;
  const ratio = rawRate === null ? '-' : report.times(rate, rawRate);
  return {
    metric: headline.metric,
    value: `${rateText(rate)} ${headline.unit} (${headline.detail})`,
    target: target?.text ?? '-',
    raw: replay === null ? raw : `${raw}; same stmts ${rateText(replay)}`,
    ratio: replay === null ? ratio : `${ratio}; ${report.times(rate, replay)}`,
    result: target === null ? '' : target.met ? 'pass' : 'FAIL',
  };
}

function rateText(rate: number): string {
  return rate >= 100 ? report.integer(rate) : rate.toFixed(2);
}
