/**
 * Runs drizzle's prepared queries (the ones `Tx.prepared` keeps) without redoing per call what
 * never changes between calls. drizzle's own `get`/`all`/`run` sort each parameter again (is it a
 * placeholder? an encoded placeholder? a constant?) and walk each column's kind and path again
 * for every row, several microseconds a statement on a call of about twenty statements. Here
 * both are worked out once per prepared query; the statement, its parameters and the rows'
 * shapes and values are exactly drizzle's. A query this does not cover (a nested selection, a
 * relational query's own mapper, a logger) is left to drizzle.
 */
import type Database from 'better-sqlite3';
import { Column, is, noopDecoder, NoopLogger, Param, Placeholder, SQL } from 'drizzle-orm';
import { PreparedQuery } from 'drizzle-orm/better-sqlite3';
import type { Placeholders } from './storage.ts';

type Decoder = { mapFromDriverValue(value: unknown): unknown };
type Field = { path: string[]; field: unknown };

/** One parameter: a value from the call's placeholders (encoded or not), or a constant. */
type ParamFill = (values: Placeholders) => unknown;

export type FastQuery = {
  get(values?: Placeholders): unknown;
  all(values?: Placeholders): unknown[];
  run(values?: Placeholders): Database.RunResult;
};

/** What drizzle's prepared query holds (internal fields, read once per query). */
type DrizzlePrepared = {
  stmt: Database.Statement;
  query: { params: unknown[] };
  fields?: Field[];
  customResultMapper?: unknown;
  logger: unknown;
};

const compiled = new WeakMap<object, FastQuery | null>();

/**
 * The fast form of `query`, or null when drizzle must run it itself. Only prepared queries are
 * kept: a builder or an `sql` template is made afresh for each call, so keeping it would not help.
 */
export function fastPrepared(query: object): FastQuery | null {
  const known = compiled.get(query);
  if (known !== undefined) return known;
  if (!is(query, PreparedQuery)) return null;
  const fast = compile(query as unknown as DrizzlePrepared);
  compiled.set(query, fast);
  return fast;
}

function compile(query: DrizzlePrepared): FastQuery | null {
  if (query.customResultMapper || !is(query.logger, NoopLogger)) return null;
  const columns = query.fields === undefined ? null : columnsOf(query.fields);
  if (columns === null && query.fields !== undefined) return null;
  const fills = query.query.params.map(paramFill);
  const { stmt } = query;
  const params = (values: Placeholders = {}) => fills.map((fill) => fill(values));
  if (columns === null) {
    return {
      get: (values) => stmt.get(...params(values)),
      all: (values) => stmt.all(...params(values)),
      run: (values) => stmt.run(...params(values)),
    };
  }
  const toRow = rowMapper(columns);
  return {
    get: (values) => {
      const row = stmt.raw().get(...params(values)) as unknown[] | undefined;
      return row ? toRow(row) : undefined;
    },
    all: (values) => (stmt.raw().all(...params(values)) as unknown[][]).map(toRow),
    run: (values) => stmt.run(...params(values)),
  };
}

/** As drizzle's `fillPlaceholders`, decided once per parameter instead of once per call. */
function paramFill(param: unknown): ParamFill {
  if (is(param, Placeholder)) {
    const { name } = param;
    return (values) => valueOf(values, name);
  }
  if (is(param, Param) && is(param.value, Placeholder)) {
    const { encoder } = param;
    const { name } = param.value;
    return (values) => encoder.mapToDriverValue(valueOf(values, name));
  }
  return () => param;
}

function valueOf(values: Placeholders, name: string): unknown {
  if (!(name in values)) throw new Error(`No value for placeholder "${name}" was provided`);
  return values[name];
}

/** Each selected column's key and decoder; null for a nested (joined-table) selection. */
function columnsOf(fields: readonly Field[]): { key: string; decoder: Decoder }[] | null {
  const columns: { key: string; decoder: Decoder }[] = [];
  for (const { path, field } of fields) {
    const [key] = path;
    const decoder = decoderOf(field);
    if (path.length !== 1 || key === undefined || decoder === null) return null;
    columns.push({ key, decoder });
  }
  return columns;
}

function decoderOf(field: unknown): Decoder | null {
  if (is(field, Column)) return field;
  if (is(field, SQL)) return sqlDecoder(field);
  if (is(field, SQL.Aliased)) return sqlDecoder(field.sql);
  return null;
}

/** An SQL expression's decoder (`mapWith`), which drizzle's types keep internal. */
function sqlDecoder(expression: SQL): Decoder {
  return (expression as unknown as { decoder: Decoder }).decoder;
}

/** Whether `decoder` is drizzle's own no-op (a plain text or integer column, an unmapped SQL). */
function decodesToItself(decoder: Decoder): boolean {
  return (
    decoder === noopDecoder ||
    decoder.mapFromDriverValue === (Column.prototype as Decoder).mapFromDriverValue
  );
}

/**
 * As drizzle's `mapResultRow` for a flat selection: a null stays null, others are decoded. A
 * column whose decoder gives back its value is copied as it is, without calling it.
 */
function rowMapper(columns: readonly { key: string; decoder: Decoder }[]) {
  const keys = columns.map((column) => column.key);
  const decoders = columns.map((column) =>
    decodesToItself(column.decoder) ? null : column.decoder,
  );
  return (row: unknown[]): Record<string, unknown> => {
    const result: Record<string, unknown> = {};
    for (let index = 0; index < keys.length; index += 1) {
      const raw = row[index];
      const decoder = decoders[index];
      result[keys[index] as string] =
        raw === null || !decoder ? raw : decoder.mapFromDriverValue(raw);
    }
    return result;
  };
}
