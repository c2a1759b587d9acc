/**
 * Proves hours on the statement for a customer with an hourly rate (issue #16): the hours of the
 * time entries dated in the period (not before or after), and the hours the credit available
 * buys at the rate, cut down, also without a budget in hours; none when the customer owes, no
 * hours block without a rate; and the PDF and CSV both print them.
 */
import Decimal from 'decimal.js';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { statementHours } from '../../../electron/backend/statement-summary/hours.ts';
import { minor, toMoney } from '../../../shared/money.ts';
import {
  givenBackend,
  givenCustomer,
  givenIssuedInvoice,
  rid,
  topUp,
  type TestBackend,
} from '../../support/backend.ts';
import { pdfText } from '../../support/pdf.ts';
import { tempDbPath } from '../../support/temp-file.ts';

const MARCH = { from: '2026-03-01', to: '2026-03-31' };

async function worked(t: TestBackend, customerId: string, date: string, hours: string) {
  await t.call('time.create', {
    customerId,
    date,
    hours,
    description: 'Support',
    requestId: rid(),
  });
}

describe('statementHours', () => {
  const rate = toMoney(minor(3000), 'USD');
  it('gives the hours the credit buys, cut down, and none with an amount to pay', () => {
    const used = new Decimal('1.5');
    const credit = (minorUnits: number) => ({
      kind: 'credit' as const,
      amount: toMoney(minor(minorUnits), 'USD'),
    });
    expect(statementHours({ hourlyRate: rate, used, netLine: credit(10_000) })).toEqual({
      hourlyRate: '30.00',
      used: '1.50',
      creditBuys: '3.33',
    });
    // 20 / 30 is 0.666...: two thirds of an hour is not promised as 0.67.
    expect(statementHours({ hourlyRate: rate, used, netLine: credit(2_000) })?.creditBuys).toBe(
      '0.66',
    );
    const pay = { kind: 'pay' as const, amount: toMoney(minor(5000), 'USD') };
    expect(statementHours({ hourlyRate: rate, used, netLine: pay })?.creditBuys).toBe('0.00');
    expect(statementHours({ hourlyRate: null, used, netLine: pay })).toBeNull();
  });
});

describe('the statement and the hourly rate', () => {
  it('shows hours used in the period and what the credit buys, without a budget', async () => {
    const t = givenBackend({ start: '2026-03-20T10:00:00Z' });
    const customerId = await givenCustomer(t, { hourlyRate: '40.00' });
    await topUp(t, customerId, '1000.00');
    await worked(t, customerId, '2026-02-27', '2');
    await worked(t, customerId, '2026-03-03', '4.25');
    await worked(t, customerId, '2026-03-31', '1.5');
    await worked(t, customerId, '2026-04-01', '3');
    const statement = await t.call('statements.get', { customerId, ...MARCH });
    expect(statement.hoursBudget).toBeUndefined();
    expect(statement.netLine.kind).toBe('credit');
    const credit = new Decimal(statement.netLine.amount);
    expect(statement.hours).toEqual({
      hourlyRate: '40.00',
      used: '5.75',
      creditBuys: credit.div(40).toDecimalPlaces(2, Decimal.ROUND_DOWN).toFixed(2),
    });

    const folder = path.dirname(tempDbPath());
    const pdf = path.join(folder, 'hours-rate.pdf');
    await t.call('statements.exportPdf', { customerId, ...MARCH, path: pdf });
    const text = pdfText(pdf);
    expect(text).toMatch(/Hours used in the period\s+5\.75 h/);
    expect(text).toMatch(
      new RegExp(`Hours your credit buys at 40\\.00 an hour\\s+${statement.hours?.creditBuys} h`),
    );
    const csv = path.join(folder, 'hours-rate.csv');
    await t.call('statements.exportCsv', { customerId, ...MARCH, path: csv });
    const lines = fs.readFileSync(csv, 'utf8').trim().split('\r\n');
    expect(lines.slice(-2)).toEqual([
      '2026-03-31,,,summary,Hours used in the period,,,5.75,,hours,',
      `2026-03-31,,,summary,Hours the credit buys at 40.00 an hour,,,${statement.hours?.creditBuys},,hours,`,
    ]);
  });

  it('buys no hours when the customer owes, and has no hours block without a rate', async () => {
    const t = givenBackend({ start: '2026-03-20T10:00:00Z' });
    const owing = await givenCustomer(t, { hourlyRate: '40.00' });
    await worked(t, owing, '2026-03-03', '2');
    await givenIssuedInvoice(t, owing, '100.00');
    const statement = await t.call('statements.get', { customerId: owing, ...MARCH });
    expect(statement.netLine.kind).toBe('pay');
    expect(statement.hours).toEqual({ hourlyRate: '40.00', used: '2.00', creditBuys: '0.00' });

    const plain = await givenCustomer(t);
    await topUp(t, plain, '100.00');
    const without = await t.call('statements.get', { customerId: plain, ...MARCH });
    expect(without.hours).toBeUndefined();
    const pdf = path.join(path.dirname(tempDbPath()), 'no-rate.pdf');
    await t.call('statements.exportPdf', { customerId: plain, ...MARCH, path: pdf });
    expect(pdfText(pdf)).not.toContain('Hours');
  });
});
