/**
 * Test support: a small but complete book made through the engine on a real file (customers in
 * each billing mode, paid and promotional top-ups with expiry, an expired grant, charges, an
 * adjustment, a refund, draft and issued invoices, payments, people added, renamed and removed,
 * settings changed, every write with its request record), and a canonical dump of every table's
 * rows to compare two files by content.
 */
import Database from 'better-sqlite3';
import {
  charge,
  givenBackend,
  givenCustomer,
  givenDraft,
  givenIssuedInvoice,
  rid,
  setBillingMode,
  topUp,
  type TestBackend,
} from '../support/backend.ts';
import { TIME_ZONE } from './ledger.ts';

export async function givenSmallBook(dbPath: string): Promise<TestBackend> {
  const t = givenBackend({ dbPath, timeZone: TIME_ZONE, start: '2026-03-01T09:00:00Z' });
  const acme = await givenCustomer(t, { name: 'Acme Studio', currency: 'EUR' });
  const globex = await givenCustomer(t, { name: 'Globex', currency: 'EUR' });
  const initech = await givenCustomer(t, { name: 'Initech', currency: 'USD' });
  await topUp(t, acme, '500.00', { reference: 'Wire 1', method: 'bank_transfer' });
  await topUp(t, acme, '50.00', { kind: 'promotional', expiresOn: '2026-03-03' });
  await topUp(t, globex, '120.00', { expiresOn: '2026-12-31' });
  await topUp(t, globex, '30.00', { kind: 'promotional', expiresOn: '2027-01-31' });
  await charge(t, acme, '75.25', 'Logo design');
  await setBillingMode(t, initech, 'credit_limit', '1000.00');
  await charge(t, initech, '240.00', 'Hosting');
  await setBillingMode(t, globex, 'postpaid');
  await givenIssuedInvoice(t, acme, '99.90');
  const unpaid = await givenIssuedInvoice(t, initech, '310.00');
  await givenDraft(t, globex, '45.00');
  await t.call('payments.record', {
    customerId: initech,
    amount: '200.00',
    method: 'card',
    receivedOn: '2026-03-01',
    invoiceId: unpaid.id,
    requestId: rid('payment'),
  });
  await peopleAndSettings(t);
  t.clock.advance({ days: 3 });
  await t.call('jobs.runDue', {});
  await t.call('balance.adjust', {
    customerId: acme,
    direction: 'debit',
    amount: '1.00',
    reason: 'Rounding',
    requestId: rid('adjust'),
  });
  await t.call('balance.refund', {
    customerId: acme,
    amount: '20.00',
    method: 'bank_transfer',
    reason: 'Overpaid',
    requestId: rid('refund'),
  });
  return t;
}

async function peopleAndSettings(t: TestBackend): Promise<void> {
  const clerk = await t.call('users.create', {
    name: 'Clara',
    role: 'accountant',
    pin: '4821',
    requestId: rid('user'),
  });
  const viewer = await t.call('users.create', {
    name: 'Vic',
    role: 'viewer',
    requestId: rid('user'),
  });
  await t.call('users.update', { userId: clerk.id, name: 'Clara B.', requestId: rid('user') });
  await t.call('users.remove', { userId: viewer.id, reason: 'Left', requestId: rid('user') });
  await t.call('settings.update', {
    businessName: 'Balance & Co',
    invoicePrefix: 'BC-',
    defaultPaymentTermsDays: 21,
    requestId: rid('settings'),
  });
}

/** Every table's rows as sorted JSON lines, and the schema, by table name. */
export function canonicalDump(file: string): Map<string, string[]> {
  const db = new Database(file, { fileMustExist: true });
  try {
    const dump = new Map<string, string[]>();
    const objects = db
      .prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name`)
      .all() as { type: string; name: string }[];
    dump.set('sqlite_master', objects.map((object) => JSON.stringify(object)).sort());
    for (const { name } of objects.filter((object) => object.type === 'table')) {
      const rows = db.prepare(`SELECT * FROM "${name}"`).all();
      dump.set(name, rows.map((row) => JSON.stringify(row)).sort());
    }
    return dump;
  } finally {
    db.close();
  }
}

/** The tables whose rows (or the schema) differ between two dumps. */
export function differingTables(
  left: Map<string, string[]>,
  right: Map<string, string[]>,
): string[] {
  const names = new Set([...left.keys(), ...right.keys()]);
  return [...names]
    .filter((name) => (left.get(name) ?? []).join('\n') !== (right.get(name) ?? []).join('\n'))
    .sort();
}
