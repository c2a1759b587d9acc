/**
 * A small book with every kind of row the whole-book export writes (customers in two currencies,
 * top-ups paid and promotional, a charge, an issued invoice settled from credit, a debt, a paid
 * invoice with a credit note, a payment, a time entry, a schedule, a second user), and helpers
 * to export it to a new folder and read a file back with csv-parse.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  givenBackend,
  givenCustomer,
  givenIssuedInvoice,
  rid,
  setBillingMode,
  topUp,
  charge,
  type TestBackend,
} from '../../support/backend.ts';
import { tempDbPath } from '../../support/temp-file.ts';

export const FORMULA = '=HYPERLINK("http://x.test","Click")';

export async function givenBook() {
  const t = givenBackend({ start: '2026-03-02T10:00:00Z' });
  const zoe = await givenCustomer(t, {
    name: 'Zoë Łódź, "Studio"',
    currency: 'EUR',
    address: 'Rue 1\nBruxelles',
    hourlyRate: '80.00',
  });
  await topUp(t, zoe, '100.00');
  await topUp(t, zoe, '20.00', { kind: 'promotional', expiresOn: '2026-06-30' });
  const accountant = await t.call('users.create', {
    name: 'Ana Accountant',
    role: 'accountant',
    requestId: rid('user'),
  });
  const input = {
    customerId: zoe,
    amount: '30.00',
    description: FORMULA,
    requestId: rid('charge'),
  };
  await t.call('balance.charge', input, accountant.id);
  const settled = await givenIssuedInvoice(t, zoe, '50.00');
  await t.call('time.create', {
    customerId: zoe,
    date: '2026-03-02',
    hours: '1.5',
    description: '+Design review',
    requestId: rid('time'),
  });
  await t.call('schedules.create', {
    customerId: zoe,
    lines: [{ description: 'Retainer', quantity: '1', unitPrice: '200.00' }],
    interval: 'month',
    startDate: '2026-04-01',
    autoIssue: false,
    requestId: rid('schedule'),
  });
  const yen = await givenCustomer(t, { name: 'Tanaka 東京', currency: 'JPY' });
  await setBillingMode(t, yen, 'postpaid');
  await charge(t, yen, '1250', 'Usage');
  const owed = await givenIssuedInvoice(t, yen, '5000');
  await t.call('payments.record', {
    customerId: yen,
    amount: '5000',
    method: 'bank_transfer',
    reference: '-12.50',
    receivedOn: '2026-03-02',
    invoiceId: owed.id,
    requestId: rid('payment'),
  });
  await t.call('creditNotes.create', {
    invoiceId: owed.id,
    amount: '500',
    reason: 'Discount',
    requestId: rid('credit-note'),
  });
  const viewer = await t.call('users.create', {
    name: 'Vic Viewer',
    role: 'viewer',
    requestId: rid('user'),
  });
  return { t, zoe, yen, settled, owed, viewerId: viewer.id, accountantId: accountant.id };
}

/** A path for the export's new folder, inside a temporary folder that exists. */
export function newFolderPath(name = 'book'): string {
  return path.join(path.dirname(tempDbPath()), name);
}

export async function exportBook(t: TestBackend, actorId?: string) {
  const target = newFolderPath();
  const result = await t.call('book.export', { path: target }, actorId);
  return { target, result };
}

export type CsvRecord = Record<string, string>;

/** A file of the export read back as its raw text and its records, by header. */
export function readCsv(
  folder: string,
  file: string,
): { text: string; records: CsvRecord[]; header: string[] } {
  const text = fs.readFileSync(path.join(folder, file), 'utf8');
  const rows = parse(text, { bom: true });
  const [header = [], ...data] = rows;
  const records = data.map((row) =>
    Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])),
  );
  return { text, records, header };
}
