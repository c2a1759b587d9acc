/**
 * Proves that every export carries the head of the audit chain outside the book (issue #12): the
 * statement and invoice PDFs name it in their keywords and every export's result returns it, and
 * checking that head against a book whose newest audit events were deleted since reports it gone.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { readChainHead } from '../../../electron/backend/audit/chain-head.ts';
import { givenBackend, givenCustomer, givenIssuedInvoice, topUp } from '../../support/backend.ts';
import { pdfKeywords } from '../../support/pdf.ts';
import { tempDbPath } from '../../support/temp-file.ts';

function headIn(keywords: string): { seq: number; hash: string } {
  const match = /^balancebook-audit-head (\d+) ([0-9a-f]{64})(?: |$)/.exec(keywords);
  expect(match, keywords).not.toBeNull();
  return { seq: Number(match?.[1]), hash: match?.[2] ?? '' };
}

describe('the audit head in exports', () => {
  it('is named in both PDFs and returned by every export, as it was when read', async () => {
    const dbPath = tempDbPath();
    const t = givenBackend({ dbPath });
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '100.00');
    const invoice = await givenIssuedInvoice(t, customerId, '20.00');
    const folder = path.dirname(dbPath);
    const period = { customerId, from: '2026-03-01', to: '2026-03-31' };
    const reader = new Database(dbPath, { readonly: true });
    const head = readChainHead(reader);
    reader.close();
    const statement = await t.call('statements.exportPdf', {
      ...period,
      path: path.join(folder, 'statement.pdf'),
    });
    expect(statement.auditHead).toEqual(head);
    expect(headIn(pdfKeywords(statement.path))).toEqual(head);
    // The statement's export is itself an audit event: the next export names a newer head.
    const invoicePdf = await t.call('invoices.exportPdf', {
      invoiceId: invoice.id,
      path: path.join(folder, 'invoice.pdf'),
    });
    expect(headIn(pdfKeywords(invoicePdf.path)).seq).toBeGreaterThan(head?.seq ?? 0);
    const csv = await t.call('statements.exportCsv', {
      ...period,
      path: path.join(folder, 's.csv'),
    });
    expect(csv.auditHead?.seq).toBeGreaterThan(invoicePdf.auditHead?.seq ?? 0);
    t.backend.close();
  });

  it('catches a cut tail when an export is checked against the book', async () => {
    const dbPath = tempDbPath();
    const first = givenBackend({ dbPath });
    const customerId = await givenCustomer(first);
    await topUp(first, customerId, '100.00');
    const exported = await first.call('statements.exportPdf', {
      customerId,
      from: '2026-03-01',
      to: '2026-03-31',
      path: path.join(path.dirname(dbPath), 'statement.pdf'),
    });
    const head = headIn(pdfKeywords(exported.path));
    first.backend.close();
    const sqlite = new Database(dbPath);
    sqlite.exec('DROP TRIGGER audit_events_no_delete');
    sqlite.prepare('DELETE FROM audit_events WHERE seq >= ?').run(head.seq);
    sqlite.close();
    const reopened = givenBackend({ dbPath });
    const verified = await reopened.call('audit.verify', { knownHeads: [head] });
    expect(verified.ok).toBe(false);
    expect(verified.problems.join('\n')).toContain(`#${head.seq}`);
    reopened.backend.close();
    expect(fs.existsSync(exported.path)).toBe(true);
  });
});
