/**
 * Proves the engine shrugs off hostile input: every channel receives thousands of generated
 * inputs, valid and invalid (wrong types, huge strings, negative zero, "1e309", NaN, deep objects,
 * prototype keys, control characters and direction overrides in text, amounts around and past
 * the money limits, SQL fragments). No call throws or fails as INTERNAL, every rejection carries
 * a known code (VALIDATION with its field), a rejected call commits nothing (SQLite's
 * data_version, read from a second connection, does not move), and the statement CSV of what was
 * accepted prints no control character or direction override.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createBackend } from '../../electron/backend/index.ts';
import { channels, type ChannelName } from '../../shared/contract/channels.ts';
import { ERROR_CODES } from '../../shared/errors.ts';
import { fakeClock } from '../support/backend.ts';
import { tempDbPath } from '../support/temp-file.ts';
import { scaledTimeout } from '../support/timeouts.ts';
import { unprintableIn } from '../support/unprintable.ts';

const RUNS_PER_CHANNEL = Number.parseInt(process.env.FUZZ_RUNS ?? '120', 10);
const SEED = Number.parseInt(process.env.FUZZ_SEED ?? '20261123', 10);
/**
 * One generated call takes well under a millisecond on an idle machine (PDF and CSV exports a
 * few); the budget leaves room for a machine loaded many times over.
 */
const CALL_BUDGET_MS = 20;
const TIMEOUT_MS = scaledTimeout({
  count: Object.keys(channels).length * RUNS_PER_CHANNEL,
  eachMs: CALL_BUDGET_MS,
});

function keysOf(schema: z.ZodType): string[] {
  const inner = schema instanceof z.ZodOptional ? schema.unwrap() : schema;
  return inner instanceof z.ZodObject ? Object.keys(inner.shape) : [];
}

const hostileString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '-0',
    '1e309',
    'NaN',
    'Infinity',
    '0x10',
    '1,5',
    '00.10',
    '12.345',
    '__proto__',
    'constructor',
    "'; DROP TABLE ledger_entries; --",
    '" OR 1=1 --',
    '\u0000',
    '\u202e\u0007\r\n',
    '../../etc/passwd',
    '2026-02-30',
    '2026-13-01',
    '9999-12-31',
    'USD',
    'paid',
    'promotional',
    'credit_limit',
    '=SUM(A1)',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ minLength: 5000, maxLength: 5000 }),
);

/** Around the limits of shared/money-limits.ts, and the finding's 50 trillion. */
const HUGE_AMOUNTS = [
  '1000000000000.00',
  '1000000000000.01',
  '10000000000000.00',
  '10000000000000.01',
  '50000000000000.00',
  '90071992547409.92',
];

const TEXT_KEYS = new Set(['name', 'description', 'reference', 'reason', 'memo', 'address']);
/** Text a name or a memo might carry in: controls, direction overrides, line breaks. */
const UNSAFE_TEXT = [
  'Acme Ltd',
  'Acme\u0000Ltd',
  'bell\u0007',
  'invoice\u202Efdp.exe',
  '\u2066isolate\u2069',
  'mark\u200F',
  'two\nlines',
  'tab\there',
  'broken\uD800',
  '\u001b[31mred',
];

function deep(depth: number): unknown {
  return depth === 0 ? 'bottom' : { nested: deep(depth - 1) };
}

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom(
    -0,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    1e308,
    -1,
    0,
    1,
    2 ** 53,
    0.1,
    true,
    false,
    null,
  ),
  fc.constant(undefined),
  fc.constant(deep(200)),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}') as unknown),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.constant({ toString: 'x', valueOf: 1 }),
);

/** Values that may pass the schema, so the handlers' own checks are reached too. */
function plausible(key: string, ids: Record<string, string>): fc.Arbitrary<unknown> {
  if (key === 'requestId') return fc.uuid();
  if (key.endsWith('Id'))
    return fc.constantFrom(ids[key] ?? 'missing', 'cus_missing', 'inv_missing');
  if (key === 'amount' || key === 'creditLimit' || key === 'threshold' || key === 'hourlyRate') {
    return fc.oneof(
      fc.constantFrom('1.00', '0.01', '999999.99', '10', '1.001', '-5.00', '0'),
      fc.constantFrom(...HUGE_AMOUNTS),
    );
  }
  if (TEXT_KEYS.has(key)) return fc.oneof(fc.constantFrom(...UNSAFE_TEXT), hostileValue);
  if (
    key.endsWith('On') ||
    key === 'date' ||
    key === 'from' ||
    key === 'to' ||
    key.endsWith('Date')
  ) {
    return fc.constantFrom('2026-03-01', '2026-03-31', '2025-01-01', '2030-12-31');
  }
  return hostileValue;
}

/**
 * Export channels write where `path` says: keep every absolute path inside the test's folder, so
 * the fuzzer can never write a file elsewhere on the machine.
 */
function confined(input: unknown, folder: string): unknown {
  if (typeof input !== 'object' || input === null || !('path' in input)) return input;
  const target = input.path;
  if (
    typeof target !== 'string' ||
    !/^([/\\]|[A-Za-z]:)/.test(target) ||
    target.startsWith(folder)
  ) {
    return input;
  }
  return { ...input, path: `${folder}/fuzz-export.out` };
}

function inputFor(channel: ChannelName, ids: Record<string, string>): fc.Arbitrary<unknown> {
  const keys = keysOf(channels[channel].input);
  const record = Object.fromEntries(
    keys.map((key) => [
      key,
      fc.oneof(
        { weight: 2, arbitrary: plausible(key, ids) },
        { weight: 1, arbitrary: hostileValue },
      ),
    ]),
  );
  return fc.oneof(
    { weight: 5, arbitrary: fc.record(record, { requiredKeys: [] }) },
    { weight: 1, arbitrary: hostileValue },
    { weight: 1, arbitrary: fc.dictionary(hostileString, hostileValue, { maxKeys: 4 }) },
  );
}

describe('every channel under hostile input', () => {
  it(
    'answers with a typed result and commits nothing when it refuses',
    async () => {
      const dbPath = tempDbPath();
      const clock = fakeClock('2026-03-15T10:00:00Z');
      const internal: unknown[] = [];
      const backend = createBackend({
        dbPath,
        now: clock.now,
        timeZone: 'UTC',
        onInternalError: (error) => internal.push(error),
      });
      const folder = path.dirname(dbPath);
      const reader = new Database(dbPath, { readonly: true });
      const version = () => reader.pragma('data_version', { simple: true }) as number;
      try {
        const start = version();
        const customer = await backend.invoke('customers.create', {
          name: 'Fuzz',
          currency: 'USD',
          requestId: 'fuzz-c',
        });
        // The check below can fail: a call that commits does move data_version.
        expect(version()).not.toBe(start);
        const customerId = (customer as { ok: true; data: { id: string } }).data.id;
        await backend.invoke('balance.topUp', {
          customerId,
          amount: '500.00',
          kind: 'paid',
          requestId: 'fuzz-t',
        });
        const draft = await backend.invoke('invoices.create', {
          customerId,
          lines: [{ description: 'x', quantity: '1', unitPrice: '50.00' }],
          requestId: 'fuzz-i',
        });
        const invoiceId = (draft as { ok: true; data: { id: string } }).data.id;
        const ids: Record<string, string> = { customerId, invoiceId, userId: 'admin' };
        let refusals = 0;
        for (const channel of Object.keys(channels) as ChannelName[]) {
          await fc.assert(
            fc.asyncProperty(inputFor(channel, ids), async (input) => {
              const before = version();
              const result = await backend.invokeUnknown(channel, confined(input, folder));
              if (result.ok) return;
              refusals += 1;
              expect(ERROR_CODES).toContain(result.error.code);
              expect(result.error.code, `${channel} ${JSON.stringify(result.error)}`).not.toBe(
                'INTERNAL',
              );
              if (result.error.code === 'VALIDATION')
                expect(typeof result.error.field).toBe('string');
              expect(version(), `${channel} committed while refusing`).toBe(before);
            }),
            { numRuns: RUNS_PER_CHANNEL, seed: SEED },
          );
        }
        expect(internal).toEqual([]);
        // Whatever was accepted, the statement prints nothing unprintable.
        const csv = path.join(folder, 'fuzz-statement.csv');
        const range = { customerId, from: '2026-01-01', to: '2026-12-31', path: csv };
        expect(await backend.invoke('statements.exportCsv', range)).toMatchObject({ ok: true });
        expect(unprintableIn(fs.readFileSync(csv, 'utf8').replaceAll('\r\n', '\n'))).toEqual([]);
        expect(refusals).toBeGreaterThan(Object.keys(channels).length * RUNS_PER_CHANNEL * 0.5);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        const verify = await backend.invoke('audit.verify', {});
        expect(verify).toMatchObject({ ok: true, data: { ok: true } });
      } finally {
        reader.close();
        backend.close();
      }
    },
    TIMEOUT_MS,
  );
});
