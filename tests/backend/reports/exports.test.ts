/**
 * Proves the report exports: each report as CSV (a header, a row per customer and the totals,
 * formula-safe) and as PDF (read back through pdftotext), the journal in the QuickBooks Online
 * and Xero layouts (their published column lists, quoted in journal-csv.test.ts), a missing date
 * refused naming it, an existing file never replaced unasked, and each export logged.
 */
import fs from 'node:fs';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { JOURNAL_ACCOUNTS } from '../../../shared/contract/report-types.ts';
import { rid } from '../../support/backend.ts';
import { pdfText } from '../../support/pdf.ts';
import { tempDbPath } from '../../support/temp-file.ts';
import { givenSmallBook } from './as-at-support.ts';

const MAPPED = Object.fromEntries(JOURNAL_ACCOUNTS.map((key) => [key, `Acct ${key}`]));

describe('reports.exportCsv and reports.exportPdf', () => {
  it('write credit owed as at a date as CSV, totals last', async () => {
    const { t } = await givenSmallBook();
    const path = tempDbPath('credit.csv');
    const result = await t.call('reports.exportCsv', {
      report: 'creditOwed',
      asOf: '2026-01-31',
      currency: 'USD',
      path,
    });
    const lines = fs.readFileSync(path, 'utf8').split('\r\n');
    expect(lines[0]).toBe('Table,Currency,Customer,Paid,Promotional,Credit owed,Debt on balance');
    expect(lines.slice(1, 4)).toEqual([
      '"Credit owed in USD, as at 2026-01-31",USD,Alder,70.00,20.00,90.00,0.00',
      '"Credit owed in USD, as at 2026-01-31",USD,Birch,0.00,0.00,0.00,30.00',
      '"Credit owed in USD, as at 2026-01-31",USD,Total,70.00,20.00,90.00,30.00',
    ]);
    expect(lines).toContain(
      '"Credit owed in USD by expiry month, as at 2026-01-31",USD,2026-02,70.00,0.00',
    );
    expect(result).toMatchObject({ path, rows: 5 });
    const events = await t.call('audit.list', { entityType: 'report', limit: 5 });
    expect(events.items[0]).toMatchObject({ action: 'reports.exportCsv', entityId: 'creditOwed' });
  });

  it('write aged receivables as a PDF a viewer reads', async () => {
    const { t } = await givenSmallBook();
    await t.call('settings.update', { businessName: 'Ledger & Co', requestId: rid() });
    const path = tempDbPath('ageing.pdf');
    const result = await t.call('reports.exportPdf', {
      report: 'agedReceivables',
      asOf: '2026-02-20',
      path,
    });
    expect(result.pages).toBe(1);
    const text = pdfText(path);
    expect(text).toContain('Ledger & Co');
    expect(text).toContain('Aged receivables in USD, as at 2026-02-20');
    expect(text).toMatch(
      /Birch\s+0\.00\s+0\.00\s+200\.00\s+0\.00\s+0\.00\s+200\.00\s+30\.00\s+230\.00/,
    );
  });

  it('refuse a report without its date, and a file already there unless told to replace it', async () => {
    const { t } = await givenSmallBook();
    const path = tempDbPath('activity.csv');
    const missing = await t.fail('reports.exportCsv', {
      report: 'activity',
      from: '2026-01-01',
      path,
    });
    expect(missing).toMatchObject({ code: 'VALIDATION', field: 'to' });
    fs.writeFileSync(path, 'kept');
    const input = { report: 'activity', from: '2026-01-01', to: '2026-01-31', path } as const;
    expect(await t.fail('reports.exportCsv', input)).toMatchObject({
      code: 'CONFLICT',
      field: 'path',
    });
    expect(fs.readFileSync(path, 'utf8')).toBe('kept');
    await t.call('reports.exportCsv', { ...input, overwrite: true });
    expect(fs.readFileSync(path, 'utf8')).toContain('Opening paid');
  });
});

describe('reports.exportJournalCsv', () => {
  it('writes the QuickBooks Online and Xero layouts, balanced', async () => {
    const { t } = await givenSmallBook();
    await t.call('settings.update', { journalAccounts: MAPPED, requestId: rid() });
    const period = { from: '2026-01-01', to: '2026-01-31', currency: 'USD' };
    const qbo = tempDbPath('qbo.csv');
    await t.call('reports.exportJournalCsv', { ...period, format: 'quickbooks', path: qbo });
    const qboLines = fs.readFileSync(qbo, 'utf8').split('\r\n');
    expect(qboLines[0]).toBe(
      'Journal No.,Journal Date,Account Name,Description,Debits,Credits,Name',
    );
    expect(qboLines).toContain(
      'BB-2026-01-20-USD,01/20/2026,Acct prepayments,Balancebook 2026-01-20 USD: customer prepayments (paid credit owed),30.00,,',
    );
    const xero = tempDbPath('xero.csv');
    const written = await t.call('reports.exportJournalCsv', {
      ...period,
      format: 'xero',
      taxRate: 'Tax Exempt',
      path: xero,
    });
    expect(written.paths).toEqual([xero]);
    const xeroLines = fs.readFileSync(xero, 'utf8').trim().split('\r\n');
    expect(xeroLines[0]).toBe(
      'Narration,Date,Description,AccountCode,TaxRate,Amount,TrackingName1,TrackingOption1,TrackingName2,TrackingOption2',
    );
    const sum = xeroLines
      .slice(1)
      .reduce((total, line) => total.plus(line.split(',').at(-5) ?? 'NaN'), new Decimal(0));
    expect(sum.toFixed(2)).toBe('0.00');
  });
});
