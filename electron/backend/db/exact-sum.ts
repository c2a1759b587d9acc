/**
 * Exact sums of INTEGER money columns over many rows (every customer of a currency). SQLite's
 * SUM is exact only within 64 bits and fails with "integer overflow" past them, and a number
 * past 2^53 would reach JavaScript rounded. So each sum is taken in two parts, the whole
 * billions and the rest (each far from overflowing for any count of rows), read as BigInt from
 * a statement in safe-integer mode, and joined exactly. Turn the result into a decimal string
 * with `toMoneyExact`, never through a number.
 */
import { assert } from '../../../shared/errors.ts';

export const PART = 1_000_000_000;

/** The two select terms of an exact sum of `expression`, named `<alias>_high` and `<alias>_low`. */
export function exactSumSql(expression: string, alias: string): string {
  return [
    `COALESCE(SUM((${expression}) / ${PART}), 0) AS ${alias}_high`,
    `COALESCE(SUM((${expression}) % ${PART}), 0) AS ${alias}_low`,
  ].join(', ');
}

export type ExactRow = Record<string, unknown>;

/** Joins the two parts of the exact sum named `alias` in `row`. */
export function readExactSum(row: ExactRow | undefined, alias: string): bigint {
  if (row === undefined) return 0n;
  return integer(row[`${alias}_high`]) * BigInt(PART) + integer(row[`${alias}_low`]);
}

/** An INTEGER column read by `allExact`: a BigInt (or, from a small value, a safe number). */
export function integer(value: unknown): bigint {
  if (typeof value === 'bigint') return value;
  assert(
    Number.isSafeInteger(value),
    () => `an exact sum part is not an integer: ${String(value)}`,
  );
  return BigInt(value as number);
}
