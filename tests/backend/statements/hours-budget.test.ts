/**
 * Proves that a statement shows the budget in hours for the period running on its last day:
 * hours agreed, used and left, in its data and on its PDF; a customer without one has none.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { givenBackend, givenCustomer, rid } from '../../support/backend.ts';
import { pdfText } from '../../support/pdf.ts';
import { tempDbPath } from '../../support/temp-file.ts';

describe('the statement and the budget in hours', () => {
  it('gives hours agreed, used and left in its data and prints them', async () => {
    const t = givenBackend({ start: '2026-03-20T10:00:00Z' });
    const customerId = await givenCustomer(t, { hourlyRate: '50.00' });
    const plain = await t.call('statements.get', {
      customerId,
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(plain.hoursBudget).toBeUndefined();
    await t.call('customers.setHoursBudget', {
      customerId,
      hours: '12',
      period: 'month',
      requestId: rid(),
    });
    await t.call('time.create', {
      customerId,
      date: '2026-03-03',
      hours: '4.25',
      description: 'Maintenance',
      requestId: rid(),
    });
    const range = { customerId, from: '2026-03-01', to: '2026-03-31' };
    const statement = await t.call('statements.get', range);
    expect(statement.hoursBudget).toMatchObject({ agreed: '12.00', used: '4.25', left: '7.75' });
    const target = path.join(path.dirname(tempDbPath()), 'hours-statement.pdf');
    await t.call('statements.exportPdf', { ...range, path: target });
    const text = pdfText(target);
    expect(text).toContain('Hours used');
    expect(text).toContain('4.25 h');
    expect(text).toContain('7.75 h');
  });
});
