/**
 * Proves `book.export`: every file's header and rows for a small book with every kind of row,
 * amounts as decimal strings and ISO dates, formula cells neutralised while negative amounts stay
 * numbers, files that read back (csv-parse) to the book itself, and a manifest naming them all.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOOK_TABLES } from '../../../electron/backend/domains/book/tables.ts';
import type { Balance } from '../../../shared/contract/types.ts';
import { rid } from '../../support/backend.ts';
import { FORMULA, exportBook, givenBook, readCsv, type CsvRecord } from './given-book.ts';

const DATA_FILES = BOOK_TABLES.map((spec) => spec.file);

function byCustomer(records: CsvRecord[], customerId: string): CsvRecord[] {
  return records.filter((record) => record.customer_id === customerId);
}

describe('book.export of a small book', () => {
  it('writes every data file, the manifest and a README into the new folder', async () => {
    const { t } = await givenBook();
    const { target, result } = await exportBook(t);
    const names = [...DATA_FILES, 'manifest.csv', 'README.txt'];
    expect(fs.readdirSync(target).sort()).toEqual([...names].sort());
    expect(result).toMatchObject({ path: target, files: names.length });
    expect(result.contents.map((file) => file.name)).toEqual(names);
    const sizes = names.map((name) => fs.statSync(`${target}/${name}`).size);
    expect(result.bytes).toBe(sizes.reduce((sum, size) => sum + size, 0));
  });

  it('gives each file its header, and the manifest its row count, time and audit head', async () => {
    const { t } = await givenBook();
    const { target, result } = await exportBook(t);
    const manifest = readCsv(target, 'manifest.csv').records;
    expect(manifest.map((row) => row.file)).toEqual(DATA_FILES);
    for (const spec of BOOK_TABLES) {
      const file = readCsv(target, spec.file);
      expect(file.header, spec.file).toEqual(spec.columns.map((column) => column.header));
      const listed = manifest.find((row) => row.file === spec.file);
      expect(listed?.rows, spec.file).toBe(String(file.records.length));
      expect(listed).toMatchObject({
        exported_at: '2026-03-02T10:00:00.000Z',
        audit_head_seq: String(result.auditHead?.seq),
        audit_head_hash: result.auditHead?.hash,
      });
    }
    const counts: Record<string, number> = Object.fromEntries(
      manifest.map((row) => [row.file ?? '', Number(row.rows)]),
    );
    expect(counts).toMatchObject({
      'customers.csv': 2,
      'lots.csv': 2,
      'invoices.csv': 2,
      'invoice_lines.csv': 2,
      'payments.csv': 1,
      'credit_notes.csv': 1,
      'time_entries.csv': 1,
      'schedules.csv': 1,
      'schedule_lines.csv': 1,
      'users.csv': 3,
    });
    const readme = fs.readFileSync(`${target}/README.txt`, 'utf8');
    expect(readme).toContain(`event ${result.auditHead?.seq}, hash ${result.auditHead?.hash}`);
    expect(readme).toContain('- entries.csv: 6 rows');
  });

  it('writes UTF-8 with a byte-order mark and CRLF rows, quoting as RFC 4180 says', async () => {
    const { t } = await givenBook();
    const { target } = await exportBook(t);
    const { text, records } = readCsv(target, 'customers.csv');
    expect(text.startsWith('\uFEFFcustomer_id,name,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain('"Zoë Łódź, ""Studio"""');
    expect(text).toContain('"Rue 1\nBruxelles"');
    expect(records.find((row) => row.currency === 'EUR')).toMatchObject({
      name: 'Zoë Łódź, "Studio"',
      address: 'Rue 1\nBruxelles',
      hourly_rate: '80.00',
      billing_mode: 'prepaid',
      auto_apply_credit: 'true',
      created_at: '2026-03-02T10:00:00.000Z',
    });
  });

  it('prints amounts as decimal strings in the row currency, ISO dates, people by name', async () => {
    const { t, zoe, yen, accountantId } = await givenBook();
    const { target } = await exportBook(t);
    const entries = readCsv(target, 'entries.csv').records;
    expect(byCustomer(entries, zoe).map((row) => row.amount)).toEqual([
      '100.00',
      '20.00',
      '-30.00',
      '-50.00',
    ]);
    expect(byCustomer(entries, yen).map((row) => row.amount)).toEqual(['-1250', '500']);
    expect(entries[0]).toMatchObject({ date: '2026-03-02', recorded_by: 'admin' });
    const charged = entries.find((row) => row.type === 'charge' && row.customer_id === zoe);
    expect(charged).toMatchObject({ recorded_by_id: accountantId, recorded_by: 'Ana Accountant' });
    const lots = readCsv(target, 'lots.csv').records;
    expect(
      byCustomer(lots, zoe).map((lot) => [lot.kind, lot.original, lot.remaining, lot.expires_on]),
    ).toEqual([
      ['paid', '100.00', '40.00', ''],
      ['promotional', '20.00', '0.00', '2026-06-30'],
    ]);
  });

  it('puts an apostrophe before a text cell a spreadsheet would run, never before an amount', async () => {
    const { t, yen } = await givenBook();
    const { target } = await exportBook(t);
    const entries = readCsv(target, 'entries.csv').records;
    expect(entries.map((row) => row.description)).toContain(`'${FORMULA}`);
    expect(byCustomer(entries, yen)[0]).toMatchObject({ amount: '-1250', balance_after: '-1250' });
    const time = readCsv(target, 'time_entries.csv').records[0];
    expect(time).toMatchObject({ description: "'+Design review", hours: '1.5', amount: '120.00' });
    const payment = readCsv(target, 'payments.csv').records[0];
    expect(payment).toMatchObject({
      reference: "'-12.50",
      amount: '5000',
      received_on: '2026-03-02',
    });
  });
});

describe('the files read back', () => {
  it('say a void invoice owes nothing, and leave a book that audit.verify still passes', async () => {
    const { t, zoe } = await givenBook();
    const draft = await t.call('invoices.create', {
      customerId: zoe,
      kind: 'top_up',
      lines: [{ description: 'Prepay', quantity: '1', unitPrice: '99.00' }],
      requestId: rid('invoice'),
    });
    await t.call('invoices.issue', { invoiceId: draft.id, requestId: rid('issue') });
    await t.call('invoices.void', { invoiceId: draft.id, reason: 'Sent twice', requestId: rid() });
    const { target } = await exportBook(t);
    const invoices = readCsv(target, 'invoices.csv').records;
    expect(invoices.find((row) => row.invoice_id === draft.id)).toMatchObject({
      status: 'void',
      total: '99.00',
      amount_due: '0.00',
    });
    expect(await t.call('audit.verify', {})).toMatchObject({ ok: true, problems: [] });
  });

  it('give each customer the balance and lots that balance.get reports', async () => {
    const { t, zoe, yen } = await givenBook();
    const { target } = await exportBook(t);
    const entries = readCsv(target, 'entries.csv').records;
    const customers = readCsv(target, 'customers.csv').records;
    const lots = readCsv(target, 'lots.csv').records;
    for (const customerId of [zoe, yen]) {
      const balance: Balance = await t.call('balance.get', { customerId });
      const decimals = balance.currency === 'EUR' ? 100 : 1;
      const sum = byCustomer(entries, customerId).reduce(
        (total, row) => total + Math.round(Number(row.amount) * decimals),
        0,
      );
      expect(sum / decimals).toBe(Number(balance.balance));
      expect(byCustomer(customers, customerId)[0]?.balance).toBe(balance.balance);
      const open = byCustomer(lots, customerId).filter((lot) => Number(lot.remaining) > 0);
      expect(open.map((lot) => [lot.lot_id, lot.remaining])).toEqual(
        balance.grants.map((grant) => [grant.id, grant.remaining]),
      );
    }
  });

  it('give every invoice the amounts invoices.get reports, and its lines', async () => {
    const { t, settled, owed } = await givenBook();
    const { target } = await exportBook(t);
    const invoices = readCsv(target, 'invoices.csv').records;
    const lines = readCsv(target, 'invoice_lines.csv').records;
    for (const invoice of [settled, owed]) {
      const fresh = await t.call('invoices.get', { invoiceId: invoice.id });
      expect(invoices.find((row) => row.invoice_id === invoice.id)).toMatchObject({
        number: fresh.number,
        status: fresh.status,
        issue_date: fresh.issueDate,
        due_date: fresh.dueDate,
        total: fresh.total,
        credit_applied: fresh.creditApplied,
        amount_paid: fresh.amountPaid,
        credit_noted: fresh.creditNoted,
        amount_due: fresh.amountDue,
      });
      const own = lines.filter((line) => line.invoice_id === invoice.id);
      expect(
        own.map((line) => [line.description, line.quantity, line.unit_price, line.amount]),
      ).toEqual(
        fresh.lines.map((line) => [line.description, line.quantity, line.unitPrice, line.amount]),
      );
    }
  });

  it('end the audit log at the head the export reports, the export itself logged after it', async () => {
    const { t } = await givenBook();
    const { target, result } = await exportBook(t);
    const audit = readCsv(target, 'audit_events.csv').records;
    expect(audit.at(-1)).toMatchObject({
      seq: String(result.auditHead?.seq),
      hash: result.auditHead?.hash,
    });
    const logged = await t.call('audit.list', {});
    expect(logged.items[0]).toMatchObject({ action: 'book.export', entityType: 'book' });
    expect(audit.map((row) => row.action)).not.toContain('book.export');
  });
});
