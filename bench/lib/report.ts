/**
 * Turns figures into table rows (value, target, raw baseline, ratio to raw, pass or fail) and the
 * rows into an aligned plain-text table. Targets come from the issue; ratios are engine / raw.
 */
import type { Summary } from './stats.ts';

export type Verdict = 'pass' | 'FAIL' | '';

export type Row = {
  metric: string;
  value: string;
  target: string;
  raw: string;
  ratio: string;
  result: Verdict;
};

type Cells = Record<keyof Row, string>;

const HEADER: Cells = {
  metric: 'metric',
  value: 'value',
  target: 'target',
  raw: 'raw better-sqlite3',
  ratio: 'engine / raw',
  result: 'result',
};

export function integer(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

export function ms(value: number): string {
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 1) return `${value.toFixed(2)} ms`;
  return `${value.toFixed(3)} ms`;
}

/** `engine / raw` as a short multiplier, such as `0.15x` or `15x`. */
export function times(engine: number, raw: number): string {
  const ratio = engine / raw;
  return `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(2)}x`;
}

function verdict(ok: boolean): Verdict {
  return ok ? 'pass' : 'FAIL';
}

/** A rate that must reach `minShare` of the raw rate (`shareText` shows the share, as `1/3`). */
export function rateRow(
  metric: string,
  engine: number,
  raw: number,
  minShare: number,
  shareText = String(minShare),
): Row {
  return {
    metric,
    value: `${integer(engine)} commits/s`,
    target: `>= ${integer(raw * minShare)}/s (${shareText} x raw)`,
    raw: `${integer(raw)} commits/s`,
    ratio: times(engine, raw),
    result: verdict(engine >= raw * minShare),
  };
}

/** A latency whose median must stay under `maxMs`. */
export function latencyRow(metric: string, engine: Summary, raw: Summary, maxMs: number): Row {
  return {
    metric,
    value: `${ms(engine.median)} (p99 ${ms(engine.p99)})`,
    target: `median < ${ms(maxMs)}`,
    raw: `${ms(raw.median)} (p99 ${ms(raw.p99)})`,
    ratio: times(engine.median, raw.median),
    result: verdict(engine.median < maxMs),
  };
}

/** A latency whose median and p99 must both stay under `maxMs`. */
export function latencyBothRow(metric: string, engine: Summary, raw: Summary, maxMs: number): Row {
  return {
    ...latencyRow(metric, engine, raw, maxMs),
    target: `median, p99 < ${ms(maxMs)}`,
    result: verdict(engine.median < maxMs && engine.p99 < maxMs),
  };
}

/** A single measurement (one fresh process) that must stay under `maxMs`. */
export function onceRow(metric: string, engineMs: number, rawMs: number, maxMs: number): Row {
  return {
    metric,
    value: ms(engineMs),
    target: `< ${ms(maxMs)}`,
    raw: ms(rawMs),
    ratio: times(engineMs, rawMs),
    result: verdict(engineMs < maxMs),
  };
}

export function memoryRow(metric: string, engineMb: number, rawMb: number, maxMb: number): Row {
  return {
    metric,
    value: `${engineMb.toFixed(1)} MB`,
    target: `< ${maxMb} MB`,
    raw: `${rawMb.toFixed(1)} MB`,
    ratio: times(engineMb, rawMb),
    result: verdict(engineMb < maxMb),
  };
}

/** A figure shown for information, with no target. */
export function infoRow(metric: string, value: string, raw = '-', ratio = '-'): Row {
  return { metric, value, target: '-', raw, ratio, result: '' };
}

/** `header` renames columns, for a table whose baseline is not the engine against raw. */
export function formatTable(rows: readonly Row[], header: Partial<Cells> = {}): string {
  const head: Cells = { ...HEADER, ...header };
  const all: Cells[] = [head, ...rows];
  const keys = Object.keys(HEADER) as (keyof Cells)[];
  const widths = keys.map((key) => Math.max(...all.map((row) => row[key].length)));
  const line = (row: Cells) =>
    keys
      .map((key, index) => row[key].padEnd(widths[index] ?? 0))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(head), rule, ...rows.map(line)].join('\n');
}
