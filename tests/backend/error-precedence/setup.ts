/**
 * Test support for the error-precedence tables (shared/contract/error-precedence.ts): the shape of
 * a row, the runner that proves one, and the states the rows start from (a customer archived, a
 * balance at its limit, a debt at minus the limit, a credit limit blocked, large time entries).
 */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  handlerChecks,
  type ErrorCheck,
  type MutatingChannel,
} from '../../../shared/contract/error-precedence.ts';
import type { ErrorCode } from '../../../shared/errors.ts';
import {
  charge,
  givenBackend,
  givenCustomer,
  rid,
  setBillingMode,
  topUp,
  type TestBackend,
} from '../../support/backend.ts';

/** The input of one failing call, and who makes it (the file's admin when unnamed). */
export type Call = { input: Record<string, unknown>; actorId?: string };

/**
 * One line of a table proved: `arrange` makes a call that fails for that line's check and, where
 * they can hold together, for every later line too; the expected code and field are the line's.
 */
export type Row = {
  code: ErrorCode;
  field?: string;
  arrange: (t: TestBackend) => Call | Promise<Call>;
};

/** Rows of the handler's lines, in the table's order, per channel. */
export type HandlerRows = { readonly [C in MutatingChannel]?: readonly Row[] };

export const MISSING = 'no-such-id';
/** AMOUNT_MINOR_MAX in USD: the largest amount of one operation. */
export const AMOUNT_MAX = '1000000000000.00';
/** BALANCE_MINOR_MAX in USD. */
const BALANCE_MAX = '10000000000000.00';
/** A day before the fake clock's first day (2026-03-01). */
export const PAST = '2026-02-01';
export const FUTURE = '2026-03-02';

/**
 * Calls `channel` as the row says, checks the code and field the engine gives, and that the
 * refused call wrote nothing (the audit log, which every mutation writes, ends where it did).
 */
export async function proveRow(channel: MutatingChannel, row: Row): Promise<void> {
  const t = givenBackend();
  const call = await row.arrange(t);
  const before = await lastAuditEvent(t);
  const error = await t.fail(channel, call.input, call.actorId);
  expect({ code: error.code, field: error.field }).toEqual({ code: row.code, field: row.field });
  expect(await lastAuditEvent(t)).toEqual(before);
}

async function lastAuditEvent(t: TestBackend) {
  const page = await t.call('audit.list', { limit: 1 });
  return page.items[0]?.id ?? null;
}

/** One test per row, named by its table line; table.test.ts checks the rows match the lines. */
export function describeRows(rows: HandlerRows): void {
  for (const channel of Object.keys(rows) as MutatingChannel[]) {
    const checks: readonly ErrorCheck[] = handlerChecks[channel];
    describe(channel, () => {
      (rows[channel] ?? []).forEach((row, index) => {
        const [code, when] = checks[index] ?? ['INTERNAL', 'a row without a line'];
        it(`${index + 1}. ${code}: ${when}`, () => proveRow(channel, row));
      });
    });
  }
}

export async function givenUser(t: TestBackend, role: 'viewer' | 'accountant' | 'admin') {
  const user = await t.call('users.create', { name: `A ${role}`, role, requestId: rid('user') });
  return user.id;
}

export async function givenRemovedUser(t: TestBackend, role: 'viewer' | 'admin' = 'admin') {
  const userId = await givenUser(t, role);
  await t.call('users.remove', { userId, reason: 'Left the firm', requestId: rid('remove') });
  return userId;
}

export async function givenArchived(t: TestBackend): Promise<string> {
  const customerId = await givenCustomer(t);
  await t.call('customers.archive', { customerId, reason: 'Gone', requestId: rid('archive') });
  return customerId;
}

/** Tops a customer with a zero balance up to exactly the largest balance. */
export async function fillToLimit(t: TestBackend, customerId: string): Promise<void> {
  for (let step = 0; step < 10; step += 1) await topUp(t, customerId, AMOUNT_MAX);
}

/** Debits a customer by hand down to exactly minus the largest balance. */
export async function debtToLimit(t: TestBackend, customerId: string): Promise<void> {
  const { balance } = await t.call('balance.get', { customerId });
  let left = new Decimal(balance).plus(BALANCE_MAX);
  while (left.greaterThan(0)) {
    const step = Decimal.min(left, AMOUNT_MAX);
    await t.call('balance.adjust', {
      customerId,
      direction: 'debit',
      amount: step.toFixed(2),
      reason: 'Deep debt',
      requestId: rid('debt'),
    });
    left = left.minus(step);
  }
}

/**
 * A credit-limit customer blocked by an overdue balance-due invoice, the story of
 * tests/backend/billing/stories.test.ts: a charge in March, the invoice on 1 April, due on the
 * 15th, blocked on the 16th.
 */
export async function givenBlocked(t: TestBackend): Promise<string> {
  t.clock.set('2026-03-02T10:00:00Z');
  const customerId = await givenCustomer(t, { paymentTermsDays: 14 });
  await setBillingMode(t, customerId, 'credit_limit', '500.00');
  await charge(t, customerId, '300.00', 'VPS March');
  t.clock.set('2026-04-01T06:00:00Z');
  await t.call('jobs.runDue', {});
  t.clock.set('2026-04-16T08:00:00Z');
  await t.call('jobs.runDue', {});
  const customer = await t.call('customers.get', { customerId });
  expect(customer.creditLimitBlocked).toBe(true);
  return customerId;
}

/** A customer in `mode` whose balance is at minus the limit. */
export async function givenDeepDebt(
  t: TestBackend,
  mode: 'prepaid' | 'credit_limit' | 'postpaid' | 'blocked',
): Promise<string> {
  const customerId = mode === 'blocked' ? await givenBlocked(t) : await givenCustomer(t);
  if (mode === 'credit_limit') await setBillingMode(t, customerId, mode, '100.00');
  if (mode === 'postpaid') await setBillingMode(t, customerId, mode);
  await debtToLimit(t, customerId);
  return customerId;
}

/** An unbilled time entry; returns its id. */
export async function givenTime(
  t: TestBackend,
  customerId: string,
  hourlyRate = '10.00',
): Promise<string> {
  const entry = await t.call('time.create', {
    customerId,
    date: '2026-03-01',
    hours: '1',
    description: 'Work',
    hourlyRate,
    requestId: rid('time'),
  });
  return entry.id;
}

/** Eleven entries of the largest amount: together past the largest balance and invoice. */
export async function givenHugeTime(t: TestBackend, customerId: string): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < 11; index += 1) ids.push(await givenTime(t, customerId, AMOUNT_MAX));
  return ids;
}

/** Lines that fail each line check of `priceLines` at once: unit price first. */
export const LINES = {
  /** Line 0's unit price has too many decimals; line 1's amount is past the limit. */
  badUnitPrice: [
    { description: 'A', quantity: '2', unitPrice: '1000000000000.001' },
    { description: 'B', quantity: '2', unitPrice: AMOUNT_MAX },
  ],
  /** Eleven lines of the largest amount (a total past the limit), then one past it alone. */
  badQuantity: [
    ...Array.from({ length: 11 }, () => ({
      description: 'A',
      quantity: '1',
      unitPrice: AMOUNT_MAX,
    })),
    { description: 'B', quantity: '2', unitPrice: AMOUNT_MAX },
  ],
  totalPastLimit: Array.from({ length: 11 }, () => ({
    description: 'A',
    quantity: '1',
    unitPrice: AMOUNT_MAX,
  })),
} as const;
