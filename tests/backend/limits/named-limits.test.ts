/**
 * Proves every named limit of the input schemas at its edge: the value at the limit gets past
 * validation, and one step past it is VALIDATION naming the field. The money limits have their
 * own files (balance-limits, document-limits); this table holds the lengths, counts and ranges.
 */
import { describe, expect, it } from 'vitest';
import {
  DESCRIPTION_MAX,
  PAGE_LIMIT_MAX,
  TEXT_LONG_MAX,
  TEXT_SHORT_MAX,
} from '../../../shared/contract/schemas/common.ts';
import { PAYMENT_TERMS_DAYS_MAX } from '../../../shared/contract/schemas/customers.ts';
import { INVOICE_LINES_MAX } from '../../../shared/contract/schemas/invoices.ts';
import { KNOWN_HEADS_MAX } from '../../../shared/contract/schemas/admin.ts';
import { DEDUCT_ENTRIES_MAX, TIME_ENTRY_HOURS_MAX } from '../../../shared/contract/schemas/work.ts';
import { addDays } from '../../../shared/dates.ts';
import type { ErrorCode } from '../../../shared/errors.ts';
import { AMOUNT_DIGITS_MAX } from '../../../shared/money.ts';
import { givenBackend, givenCustomer, rid, type TestBackend } from '../../support/backend.ts';

type Value = string | number | unknown[];

type LimitRow = {
  limit: string;
  channel: string;
  field: string;
  at: Value;
  past: Value;
  input: (t: TestBackend, value: Value) => Promise<unknown>;
  /** When the value at the limit passes validation but the call then fails for a named reason. */
  atLimitCode?: ErrorCode;
};

const text = (length: number) => 'x'.repeat(length);
const ids = (count: number) => Array.from({ length: count }, (_, index) => `missing-${index}`);
const line = { description: 'Work', quantity: '1', unitPrice: '1.00' };
const lines = (count: number) => Array.from({ length: count }, () => line);

/** An email of exactly `length` characters: a 64-letter local part and labels of at most 63. */
function email(length: number): string {
  const domain = `${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(length - 64 - 1 - 132)}.com`;
  return `${'a'.repeat(64)}@${domain}`;
}

/** 3,660 days (STATEMENT_DAYS_MAX, kept inside the engine) after 2016-01-01. */
const STATEMENT_DAYS_MAX = 3660;

function newCustomer(fields: (value: Value) => object) {
  return (_t: TestBackend, value: Value) =>
    Promise.resolve({ name: 'Acme', currency: 'USD', ...fields(value), requestId: rid() });
}

function forCustomer(fields: (value: Value) => object, overrides: object = {}) {
  return async (t: TestBackend, value: Value) => ({
    customerId: await givenCustomer(t, overrides),
    ...fields(value),
    requestId: rid(),
  });
}

function plain(fields: (value: Value) => object) {
  return (_t: TestBackend, value: Value) => Promise.resolve(fields(value));
}

const rows: LimitRow[] = [
  {
    limit: 'TEXT_SHORT_MAX (a name)',
    channel: 'customers.create',
    field: 'name',
    at: text(TEXT_SHORT_MAX),
    past: text(TEXT_SHORT_MAX + 1),
    input: newCustomer((name) => ({ name })),
  },
  {
    limit: 'TEXT_SHORT_MAX (a requestId)',
    channel: 'customers.create',
    field: 'requestId',
    at: text(TEXT_SHORT_MAX),
    past: text(TEXT_SHORT_MAX + 1),
    input: plain((requestId) => ({ name: 'Acme', currency: 'USD', requestId })),
  },
  {
    limit: 'TEXT_SHORT_MAX (a search)',
    channel: 'customers.list',
    field: 'search',
    at: text(TEXT_SHORT_MAX),
    past: text(TEXT_SHORT_MAX + 1),
    input: plain((search) => ({ search })),
  },
  {
    limit: 'TEXT_SHORT_MAX (a reference)',
    channel: 'balance.topUp',
    field: 'reference',
    at: text(TEXT_SHORT_MAX),
    past: text(TEXT_SHORT_MAX + 1),
    input: forCustomer((reference) => ({ amount: '1.00', kind: 'paid', reference })),
  },
  {
    limit: 'TEXT_LONG_MAX (an address)',
    channel: 'customers.create',
    field: 'address',
    at: text(TEXT_LONG_MAX),
    past: text(TEXT_LONG_MAX + 1),
    input: newCustomer((address) => ({ address })),
  },
  {
    limit: 'TEXT_LONG_MAX (a reason)',
    channel: 'balance.adjust',
    field: 'reason',
    at: text(TEXT_LONG_MAX),
    past: text(TEXT_LONG_MAX + 1),
    input: forCustomer((reason) => ({ direction: 'credit', amount: '1.00', reason })),
  },
  {
    limit: 'TEXT_LONG_MAX (a memo)',
    channel: 'invoices.create',
    field: 'memo',
    at: text(TEXT_LONG_MAX),
    past: text(TEXT_LONG_MAX + 1),
    input: forCustomer((memo) => ({ lines: [line], memo })),
  },
  {
    limit: 'DESCRIPTION_MAX (a time entry)',
    channel: 'time.create',
    field: 'description',
    at: text(DESCRIPTION_MAX),
    past: text(DESCRIPTION_MAX + 1),
    input: forCustomer((description) => ({
      date: '2026-03-01',
      hours: '1',
      hourlyRate: '10.00',
      description,
    })),
  },
  {
    limit: 'DESCRIPTION_MAX (an invoice line)',
    channel: 'invoices.create',
    field: 'lines.0.description',
    at: text(DESCRIPTION_MAX),
    past: text(DESCRIPTION_MAX + 1),
    input: forCustomer((description) => ({ lines: [{ ...line, description }] })),
  },
  {
    limit: 'an email of 254 characters',
    channel: 'customers.create',
    field: 'email',
    at: email(254),
    past: email(255),
    input: newCustomer((value) => ({ email: value })),
  },
  {
    limit: 'PAYMENT_TERMS_DAYS_MAX (a customer)',
    channel: 'customers.create',
    field: 'paymentTermsDays',
    at: PAYMENT_TERMS_DAYS_MAX,
    past: PAYMENT_TERMS_DAYS_MAX + 1,
    input: newCustomer((paymentTermsDays) => ({ paymentTermsDays })),
  },
  {
    limit: 'PAYMENT_TERMS_DAYS_MAX (the default)',
    channel: 'settings.update',
    field: 'defaultPaymentTermsDays',
    at: PAYMENT_TERMS_DAYS_MAX,
    past: PAYMENT_TERMS_DAYS_MAX + 1,
    input: plain((days) => ({ defaultPaymentTermsDays: days, requestId: rid() })),
  },
  {
    limit: 'an invoice prefix of 20 characters',
    channel: 'settings.update',
    field: 'invoicePrefix',
    at: 'P'.repeat(20),
    past: 'P'.repeat(21),
    input: plain((invoicePrefix) => ({ invoicePrefix, requestId: rid() })),
  },
  {
    limit: 'PAGE_LIMIT_MAX',
    channel: 'customers.list',
    field: 'limit',
    at: PAGE_LIMIT_MAX,
    past: PAGE_LIMIT_MAX + 1,
    input: plain((limit) => ({ limit })),
  },
  {
    limit: 'a page of at least one',
    channel: 'invoices.list',
    field: 'limit',
    at: 1,
    past: 0,
    input: plain((limit) => ({ limit })),
  },
  {
    limit: 'INVOICE_LINES_MAX (an invoice)',
    channel: 'invoices.create',
    field: 'lines',
    at: lines(INVOICE_LINES_MAX),
    past: lines(INVOICE_LINES_MAX + 1),
    input: forCustomer((value) => ({ lines: value })),
  },
  {
    limit: 'INVOICE_LINES_MAX (a schedule)',
    channel: 'schedules.create',
    field: 'lines',
    at: lines(INVOICE_LINES_MAX),
    past: lines(INVOICE_LINES_MAX + 1),
    input: forCustomer((value) => ({
      lines: value,
      interval: 'month',
      startDate: '2026-03-01',
      autoIssue: false,
    })),
  },
  {
    limit: 'INVOICE_LINES_MAX (time on one invoice)',
    channel: 'time.invoice',
    field: 'timeEntryIds',
    at: ids(INVOICE_LINES_MAX),
    past: ids(INVOICE_LINES_MAX + 1),
    input: forCustomer((timeEntryIds) => ({ timeEntryIds })),
    atLimitCode: 'NOT_FOUND',
  },
  {
    limit: 'DEDUCT_ENTRIES_MAX',
    channel: 'time.deduct',
    field: 'timeEntryIds',
    at: ids(DEDUCT_ENTRIES_MAX),
    past: ids(DEDUCT_ENTRIES_MAX + 1),
    input: forCustomer((timeEntryIds) => ({ timeEntryIds })),
    atLimitCode: 'NOT_FOUND',
  },
  {
    limit: 'TIME_ENTRY_HOURS_MAX (hours stay below it)',
    channel: 'time.create',
    field: 'hours',
    at: `${TIME_ENTRY_HOURS_MAX - 1}.99`,
    past: `${TIME_ENTRY_HOURS_MAX}`,
    input: forCustomer((hours) => ({
      date: '2026-03-01',
      hours,
      hourlyRate: '10.00',
      description: 'Work',
    })),
  },
  {
    limit: 'a tax rate of at most 100 %',
    channel: 'invoices.create',
    field: 'lines.0.taxRate',
    at: '100',
    past: '100.0001',
    input: forCustomer((taxRate) => ({ lines: [{ ...line, taxRate }] })),
  },
  {
    limit: 'AMOUNT_DIGITS_MAX (an amount of 17 characters, in KWD)',
    channel: 'customers.setReplenishment',
    field: 'threshold',
    at: `1${'0'.repeat(AMOUNT_DIGITS_MAX - 3)}.000`,
    past: `1${'0'.repeat(AMOUNT_DIGITS_MAX - 2)}.000`,
    input: forCustomer((threshold) => ({ enabled: false, threshold }), { currency: 'KWD' }),
  },
  {
    limit: 'a PIN of at most 12 digits',
    channel: 'users.create',
    field: 'pin',
    at: '123456789012',
    past: '1234567890123',
    input: plain((pin) => ({ name: 'Nadia', role: 'viewer', pin, requestId: rid() })),
  },
  {
    limit: 'a PIN of at least 4 digits',
    channel: 'users.create',
    field: 'pin',
    at: '1234',
    past: '123',
    input: plain((pin) => ({ name: 'Nadia', role: 'viewer', pin, requestId: rid() })),
  },
  {
    limit: 'a PIN typed at sign-in of at most 12 characters',
    channel: 'users.signIn',
    field: 'pin',
    at: '123456789012',
    past: '1234567890123',
    input: plain((pin) => ({ userId: 'admin', pin })),
  },
  {
    limit: 'an id of at most 100 characters',
    channel: 'customers.get',
    field: 'customerId',
    at: text(100),
    past: text(101),
    input: plain((customerId) => ({ customerId })),
    atLimitCode: 'NOT_FOUND',
  },
  {
    limit: 'KNOWN_HEADS_MAX',
    channel: 'audit.verify',
    field: 'knownHeads',
    at: Array.from({ length: KNOWN_HEADS_MAX }, () => ({ seq: 1, hash: 'a'.repeat(64) })),
    past: Array.from({ length: KNOWN_HEADS_MAX + 1 }, () => ({ seq: 1, hash: 'a'.repeat(64) })),
    input: plain((knownHeads) => ({ knownHeads })),
  },
  {
    limit: 'STATEMENT_DAYS_MAX',
    channel: 'statements.get',
    field: 'to',
    at: addDays('2016-01-01', STATEMENT_DAYS_MAX),
    past: addDays('2016-01-01', STATEMENT_DAYS_MAX + 1),
    input: async (t: TestBackend, to: Value) => ({
      customerId: await givenCustomer(t),
      from: '2016-01-01',
      to,
    }),
  },
];

describe('named limits at their edge', () => {
  it.each(rows)('$limit: $channel takes the limit, refuses one past on $field', async (row) => {
    const t = givenBackend();
    const atLimit = await t.backend.invokeUnknown(row.channel, await row.input(t, row.at));
    expect(atLimit).toMatchObject(
      row.atLimitCode ? { ok: false, error: { code: row.atLimitCode } } : { ok: true },
    );
    const past = await t.fail(row.channel, await row.input(t, row.past));
    expect({ code: past.code, field: past.field }).toEqual({
      code: 'VALIDATION',
      field: row.field,
    });
  });
});
