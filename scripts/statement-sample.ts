/**
 * Writes docs/statement-first-page.png: a sample statement for a customer whose names use Polish,
 * Greek, Cyrillic and Japanese, with the business's logo, tax id and bank details, its net line,
 * hours (an hourly rate), a debit's lot line and the verification code, exported through the engine and rendered with pdftoppm.
 * Run: node scripts/statement-sample.ts
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../electron/backend/index.ts';

const now = new Date('2026-03-02T10:00:00Z');
const resources = path.join(import.meta.dirname, '..', 'resources');
const backend = createBackend({ dbPath: ':memory:', now: () => now, timeZone: 'Europe/Brussels' });

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await backend.invokeUnknown(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.data as T;
}

type Id = { id: string };
await call('settings.update', {
  businessName: 'Studio Ærø',
  address: 'Rue de la Loi 1\n1000 Bruxelles',
  logo: {
    base64: fs.readFileSync(path.join(resources, 'icons', '128x128.png')).toString('base64'),
  },
  taxId: 'BE 0123.456.789',
  bankDetails: 'IBAN BE71 0961 2345 6769\nBIC GKCCBEBB',
  statementMessage: 'Thank you for your business. Questions? Write to billing@studio-aero.example.',
  requestId: 's',
});
const customer = await call<Id>('customers.create', {
  name: 'Zoë Łódź / Ørsted Straße / Αθήνα / Москва / 東京',
  currency: 'EUR',
  email: 'billing@example.com',
  address: '東京都千代田区\nМосква',
  hourlyRate: '80.00',
  requestId: 'c',
});
await call('balance.topUp', {
  customerId: customer.id,
  amount: '1250.00',
  kind: 'paid',
  reason: 'Αθήνα retainer',
  requestId: 't',
});
await call('balance.topUp', {
  customerId: customer.id,
  amount: '50.00',
  kind: 'promotional',
  expiresOn: '2026-04-30',
  reason: 'Welcome credit',
  requestId: 'tp',
});
await call('time.create', {
  customerId: customer.id,
  date: '2026-03-02',
  hours: '3.5',
  description: 'Support Αθήνα',
  requestId: 'tm',
});
await call('balance.charge', {
  customerId: customer.id,
  amount: '99.99',
  description: 'Hosting Łódź',
  requestId: 'ch',
});
const draft = await call<Id>('invoices.create', {
  customerId: customer.id,
  lines: [{ description: 'Website 東京', quantity: '1', unitPrice: '2000.00', taxRate: '21' }],
  requestId: 'i',
});
const invoice = await call<Id>('invoices.issue', { invoiceId: draft.id, requestId: 'is' });
await call('payments.record', {
  customerId: customer.id,
  invoiceId: invoice.id,
  amount: '500.00',
  method: 'bank_transfer',
  reference: 'SEPA 42',
  receivedOn: '2026-03-02',
  requestId: 'p',
});
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'balancebook-sample-'));
const pdf = path.join(folder, 'statement.pdf');
await call('statements.exportPdf', {
  customerId: customer.id,
  from: '2026-03-01',
  to: '2026-03-31',
  path: pdf,
});
backend.close();
const target = path.join(import.meta.dirname, '..', 'docs', 'statement-first-page');
execFileSync('pdftoppm', ['-png', '-r', '90', '-singlefile', pdf, target], {
  stdio: ['ignore', 'ignore', 'ignore'],
});
fs.rmSync(folder, { recursive: true, force: true });
process.stdout.write(`wrote ${target}.png\n`);
