/**
 * Proves that an imported opening balance, opening debt, open invoice or past movement dated on
 * or before the book's closing date is a row problem (row, column, why) in the preview and
 * refused at commit, as a date after today is, while the day after the closing date is taken.
 */
import { expect, it } from 'vitest';
import { givenBackend, rid } from '../../support/backend.ts';
import { commit, givenCsv, givenCustomersImported } from './given.ts';

const CLOSED = 'is on or before the closing date (2026-01-31): the books are closed';

async function givenClosedBook() {
  const t = givenBackend();
  await givenCustomersImported(t);
  await t.call('settings.update', { closingDate: '2026-01-31', requestId: rid() });
  return t;
}

it('names each row dated in the closed period, of every dated kind', async () => {
  const t = await givenClosedBook();
  const files = [
    {
      kind: 'opening_lots' as const,
      header: 'customer_external_id,currency,amount,kind,expires_on,opened_on',
      rows: ['C-1,USD,10.00,paid,,2026-01-31', 'C-1,USD,10.00,paid,,2026-02-01'],
      column: 'opened_on',
    },
    {
      kind: 'opening_debt' as const,
      header: 'customer_external_id,currency,amount,opened_on',
      rows: ['C-1,USD,10.00,2026-01-01', 'C-1,USD,10.00,2026-02-01'],
      column: 'opened_on',
    },
    {
      kind: 'open_invoices' as const,
      header: 'customer_external_id,currency,number,issued_on,due_on,amount_due',
      rows: ['C-1,USD,A-1,2026-01-15,2026-02-14,5.00', 'C-1,USD,A-2,2026-02-01,2026-03-01,5.00'],
      column: 'issued_on',
    },
    {
      kind: 'balance_history' as const,
      header: 'customer_external_id,currency,occurred_on,amount',
      rows: ['C-1,USD,2025-12-31,5.00', 'C-1,USD,2026-02-01,5.00'],
      column: 'occurred_on',
    },
  ];
  for (const file of files) {
    const path = givenCsv(`${file.kind}.csv`, file.header, ...file.rows);
    const preview = await t.call('imports.preview', { path, kind: file.kind, mapping: {} });
    expect(preview.problems, file.kind).toEqual([{ row: 2, column: file.column, message: CLOSED }]);
  }
});

it('refuses the commit while such a row stands, and writes the others when told to skip it', async () => {
  const t = await givenClosedBook();
  const path = givenCsv(
    'lots.csv',
    'customer_external_id,currency,amount,kind,expires_on,opened_on',
    'C-1,USD,10.00,paid,,2026-01-31',
    'C-1,USD,25.00,paid,,2026-02-01',
  );
  const input = { path, kind: 'opening_lots' as const, mapping: {}, requestId: rid() };
  const refused = await t.fail('imports.commit', input);
  expect([refused.code, refused.field]).toEqual(['VALIDATION', 'skipRefused']);
  const batch = await commit(t, { path, kind: 'opening_lots' }, { skipRefused: true });
  expect([batch.rowCount, batch.skippedCount]).toEqual([1, 1]);
});
