/**
 * Proves, with fast-check, that the same rows written as CSV in both decimal styles (a decimal
 * point with comma-separated cells and ISO dates; a decimal comma with semicolon-separated
 * cells, dot grouping and day-first dates) read back to equal values: the exact amounts
 * generated, in the currency's digits, and the text as written, formula characters included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minorDigits } from '../../shared/currencies.ts';
import { interpretAll } from '../../electron/backend/imports/interpret.ts';
import { readCsv } from '../../electron/backend/imports/read-csv.ts';
import { scaledTimeout } from '../support/timeouts.ts';
import { bytesOf, givenCustomer } from './given.ts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 100);
const SEED = Number(process.env.PROPERTY_SEED ?? 20261204);
const CURRENCIES = ['EUR', 'JPY', 'KWD'] as const;
const CUSTOMERS = CURRENCIES.map((currency) =>
  givenCustomer({ id: currency, externalId: `C-${currency}`, name: currency, currency }),
);
const HEADER = ['customer_external_id', 'currency', 'occurred_on', 'amount', 'description'];

type Row = { currency: string; minor: bigint; date: string; description: string };
type Style = { delimiter: string; point: string; group: string; dayFirst: boolean };

const DOT: Style = { delimiter: ',', point: '.', group: ',', dayFirst: false };
const COMMA: Style = { delimiter: ';', point: ',', group: '.', dayFirst: true };

const row = fc.record({
  currency: fc.constantFrom(...CURRENCIES),
  minor: fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }).filter((value) => value !== 0n),
  date: fc
    .date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10)),
  description: fc
    .string({ unit: fc.constantFrom('a', 'ż', ' ', ',', ';', '"', '=', '+', '-', '@', '1', '.') })
    .map((text) => text.trim()),
});

/** `minor` in the currency's digits, with grouping every three digits: "-1,234.56". */
function written(minor: bigint, currency: string, style: Style, isGrouped: boolean): string {
  const digits = minorDigits(currency);
  const units = (minor < 0n ? -minor : minor).toString().padStart(digits + 1, '0');
  const whole = units.slice(0, units.length - digits);
  const grouped = isGrouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, style.group) : whole;
  const fraction = digits === 0 ? '' : `${style.point}${units.slice(-digits)}`;
  return `${minor < 0n ? '-' : ''}${grouped}${fraction}`;
}

function canonical(minor: bigint, currency: string): string {
  return written(minor, currency, DOT, false);
}

function dateIn(date: string, style: Style): string {
  const [year, month, day] = date.split('-');
  return style.dayFirst ? `${day}/${month}/${year}` : date;
}

/** A cell quoted when it holds the delimiter, a quote or a line break (RFC 4180). */
function cell(text: string, style: Style): string {
  return /["\r\n]/.test(text) || text.includes(style.delimiter)
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

function fileOf(rows: Row[], style: Style, isGrouped: boolean): string {
  const lines = rows.map((item) =>
    [
      `C-${item.currency}`,
      item.currency,
      dateIn(item.date, style),
      written(item.minor, item.currency, style, isGrouped),
      item.description,
    ]
      .map((text) => cell(text, style))
      .join(style.delimiter),
  );
  return `${[HEADER.join(style.delimiter), ...lines].join('\r\n')}\r\n`;
}

function read(text: string, style: Style) {
  return interpretAll({
    kind: 'balance_history',
    table: readCsv(bytesOf(text)),
    mapping: {},
    decimalSeparator: style === DOT ? 'dot' : 'comma',
    dateOrder: style.dayFirst ? 'day_first' : 'month_first',
    customers: CUSTOMERS,
    today: '2099-12-31',
  });
}

describe('both decimal styles', () => {
  it(
    'read back to the same exact values',
    () => {
      const property = fc.property(
        fc.array(row, { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        (rows, isGrouped) => {
          const dot = read(fileOf(rows, DOT, isGrouped), DOT);
          const comma = read(fileOf(rows, COMMA, isGrouped), COMMA);
          expect(comma.rows).toEqual(dot.rows);
          expect(dot.rows.map((item) => item.values)).toEqual(
            rows.map((item) => ({
              customerExternalId: `C-${item.currency}`,
              currency: item.currency,
              occurredOn: item.date,
              amount: canonical(item.minor, item.currency),
              description: item.description === '' ? null : item.description,
            })),
          );
        },
      );
      fc.assert(property, { numRuns: RUNS, seed: SEED });
    },
    scaledTimeout({ count: RUNS, eachMs: 200 }),
  );
});
