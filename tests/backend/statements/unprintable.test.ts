/**
 * Proves that documents never print control characters or direction overrides, even from a file
 * older than the text rules: names, addresses, a memo, an invoice line and a time entry are
 * written straight into SQLite (as an old version could have stored them), and the statement
 * PDF, the invoice PDF (read with pdftotext) and the statement CSV hold none of them.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  givenBackend,
  givenCustomer,
  rid,
  topUp,
  type TestBackend,
} from '../../support/backend.ts';
import { pdfText } from '../../support/pdf.ts';
import { tempDbPath } from '../../support/temp-file.ts';
import { unprintableIn } from '../../support/unprintable.ts';

/** A NUL, a bell, an escape, a tab, C1, bidi overrides, isolates and marks, odd line breaks. */
const HOSTILE =
  'Acme\u0000Ltd\u0007 \u202Efdp.exe\u202C \u2066iso\u2069\u200F\u061C\u001b[31m\tend';
const BREAKS = 'first\nsecond\r\nthird\u2028fourth\u0085fifth';

/** A ledger with clean text, then the old file's text written in behind the engine's back. */
async function givenOldFile(t: TestBackend, dbPath: string) {
  const customerId = await givenCustomer(t, { hourlyRate: '100.00' });
  await topUp(t, customerId, '500.00');
  const time = await t.call('time.create', {
    customerId,
    date: '2026-03-01',
    hours: '1',
    description: 'Clean',
    requestId: rid(),
  });
  const draft = await t.call('invoices.create', {
    customerId,
    lines: [{ description: 'Clean', quantity: '1', unitPrice: '50.00' }],
    requestId: rid(),
  });
  const raw = new Database(dbPath);
  raw
    .prepare('UPDATE customers SET name = ?, address = ? WHERE id = ?')
    .run(HOSTILE, BREAKS, customerId);
  raw.prepare('UPDATE settings SET business_name = ?, address = ?').run(HOSTILE, BREAKS);
  raw.prepare('UPDATE time_entries SET description = ? WHERE id = ?').run(HOSTILE, time.id);
  raw
    .prepare('UPDATE invoice_lines SET description = ? WHERE invoice_id = ?')
    .run(HOSTILE, draft.id);
  raw
    .prepare('UPDATE invoices SET memo = ? WHERE id = ?')
    .run(`Memo: ${HOSTILE}\n${BREAKS} closing words`, draft.id);
  raw.close();
  await t.call('time.deduct', { customerId, timeEntryIds: [time.id], requestId: rid() });
  await t.call('invoices.issue', { invoiceId: draft.id, requestId: rid() });
  return { customerId, invoiceId: draft.id };
}

describe('documents from an old file with unprintable text', () => {
  it('print none of it in PDFs or CSV, and keep the readable words', async () => {
    const dbPath = tempDbPath();
    const folder = path.dirname(dbPath);
    const t = givenBackend({ dbPath, start: '2026-03-02T10:00:00Z' });
    const { customerId, invoiceId } = await givenOldFile(t, dbPath);
    const range = { customerId, from: '2026-03-01', to: '2026-03-31' };
    const files = {
      statement: path.join(folder, 'statement.pdf'),
      invoice: path.join(folder, 'invoice.pdf'),
      csv: path.join(folder, 'statement.csv'),
    };
    await t.call('statements.exportPdf', { ...range, path: files.statement });
    await t.call('invoices.exportPdf', { invoiceId, path: files.invoice });
    await t.call('statements.exportCsv', { ...range, path: files.csv });
    const texts = {
      statement: pdfText(files.statement),
      invoice: pdfText(files.invoice),
      csv: fs.readFileSync(files.csv, 'utf8').replaceAll('\r\n', '\n'),
    };
    for (const [name, text] of Object.entries(texts)) {
      expect(unprintableIn(text), name).toEqual([]);
      expect(text, name).toContain('fdp.exe');
      expect(text, name).toContain('end');
    }
    const csvLines = texts.csv.trim().split('\n');
    expect(csvLines, 'the header, one line per entry, five of summary, two of hours').toHaveLength(
      4 + 5 + 2,
    );
    expect(csvLines[2]).toContain('Acme Ltd');
    expect(texts.statement).toContain('Acme Ltd');
    expect(texts.invoice).toContain('Memo: Acme Ltd');
    expect(texts.invoice, 'the memo wraps and keeps its lines').toMatch(
      /fourth fifth closing words/,
    );
  });
});
