/**
 * How a server book's values reach the engine. SQLite hands every integer over as a number; so
 * does this store: `bigint` (int8) and the integral `numeric`s that SUM over a bigint yields are
 * read as numbers, checked to be safe integers (past 2^53 a number would be rounded: that is an
 * error, never a quiet loss). `allExact` reads them as BigInt instead (db/exact-sum.ts).
 */
import pg from 'pg';
import { assert } from '../../../../shared/errors.ts';

const INT8 = 20;
const NUMERIC = 1700;
const INTEGRAL = /^-?\d+$/;

function safeInteger(text: string): number {
  const value = Number(text);
  assert(Number.isSafeInteger(value), () => `an integer from the server is not safe: ${text}`);
  return value;
}

/** Non-integral numerics (none of the engine's queries make one) stay decimal strings. */
function numericValue(text: string): number | string {
  return INTEGRAL.test(text) ? safeInteger(text) : text;
}

function exactValue(text: string): bigint | string {
  return INTEGRAL.test(text) ? BigInt(text) : text;
}

type Parser = (text: string) => unknown;
const builtIn = pg.types.getTypeParser as (oid: number, format: string) => Parser;

function typesWith(int8: Parser, numeric: Parser): pg.CustomTypesConfig {
  return {
    getTypeParser: ((oid: number, format = 'text') => {
      if (oid === INT8) return int8;
      if (oid === NUMERIC) return numeric;
      return builtIn(oid, format);
    }) as pg.CustomTypesConfig['getTypeParser'],
  };
}

/** Integers as numbers (every query but `allExact`). */
export const numberTypes = typesWith(safeInteger, numericValue);
/** Integers as BigInt (`allExact`). */
export const exactTypes = typesWith(BigInt, exactValue);
