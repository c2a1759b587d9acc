/**
 * Proves every statement reconciles with the ledger: for a customer with a year of mixed activity,
 * across many random date ranges, the opening balance plus the entries is the closing balance, and
 * each closing balance is the opening balance of the range that follows.
 */
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../shared/dates.ts';
import {
  charge,
  givenBackend,
  givenCustomer,
  rid,
  setBillingMode,
  topUp,
  type TestBackend,
} from '../../support/backend.ts';

const YEAR_START = '2026-01-01';
const SEED = Number.parseInt(process.env.PROPERTY_SEED ?? '424242', 10);

/** A year of activity, every second day or so, through the channels a bookkeeper uses. */
async function givenYear(t: TestBackend): Promise<string> {
  const customerId = await givenCustomer(t, { name: 'Year-long client' });
  await setBillingMode(t, customerId, 'postpaid');
  for (let day = 0; day < 365; day += 2) {
    t.clock.set(`${addDays(YEAR_START, day)}T${String(8 + (day % 10)).padStart(2, '0')}:15:00Z`);
    const step = day % 10;
    if (step === 0)
      await topUp(t, customerId, '400.00', { expiresOn: addDays(YEAR_START, day + 20) });
    else if (step === 2) await charge(t, customerId, '123.45', 'Work');
    else if (step === 4) {
      const draft = await t.call('invoices.create', {
        customerId,
        lines: [{ description: 'Retainer', quantity: '1', unitPrice: '250.00' }],
        requestId: rid(),
      });
      await t.call('invoices.issue', { invoiceId: draft.id, requestId: rid() });
    } else if (step === 6) await t.call('jobs.runDue', {});
    else
      await t.call('balance.adjust', {
        customerId,
        direction: day % 4 === 0 ? 'credit' : 'debit',
        amount: '9.99',
        reason: 'Correction',
        requestId: rid(),
      });
  }
  t.clock.set('2027-01-10T12:00:00Z');
  return customerId;
}

function sum(amounts: string[]): string {
  return amounts.reduce((total, amount) => total.plus(amount), new Decimal(0)).toFixed(2);
}

describe('statement reconciliation', () => {
  it('opening + entries = closing for random ranges, and ranges chain', async () => {
    const t = givenBackend({ start: '2026-01-01T08:00:00Z', timeZone: 'Europe/Brussels' });
    const customerId = await givenYear(t);
    const total = await t.call('statements.get', {
      customerId,
      from: YEAR_START,
      to: '2026-12-31',
    });
    expect(total.entries.length).toBeGreaterThan(150);
    expect(new Set(total.entries.map((entry) => entry.type)).size).toBeGreaterThanOrEqual(5);
    const day = fc.integer({ min: 0, max: 364 });
    await fc.assert(
      fc.asyncProperty(day, day, day, async (a, b, c) => {
        const [first, middle, last] = [a, b, c]
          .sort((x, y) => x - y)
          .map((offset) => addDays(YEAR_START, offset));
        const from = first ?? YEAR_START;
        const to = middle ?? YEAR_START;
        const end = last ?? YEAR_START;
        const left = await t.call('statements.get', { customerId, from, to });
        const statements = [left];
        if (daysBetween(to, end) > 0) {
          const right = await t.call('statements.get', {
            customerId,
            from: addDays(to, 1),
            to: end,
          });
          expect(right.openingBalance).toBe(left.closingBalance);
          statements.push(right);
        }
        for (const statement of statements) {
          const moved = sum(statement.entries.map((entry) => entry.amount));
          expect(new Decimal(statement.openingBalance).plus(moved).toFixed(2)).toBe(
            statement.closingBalance,
          );
          const running = statement.entries.at(-1)?.runningBalance ?? statement.openingBalance;
          expect(running).toBe(statement.closingBalance);
        }
      }),
      { numRuns: 60, seed: SEED },
    );
  });
});
