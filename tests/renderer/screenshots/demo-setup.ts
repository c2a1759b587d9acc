/**
 * The demo ledger's cast and first day: the customers (names in several scripts, EUR and USD),
 * their billing modes, replenishment, a recurring retainer and opening top-ups; plus the helpers
 * the monthly activity shares (issue an invoice, pay the balance-due invoices).
 */
import type { Engine } from '../support/engine-client.ts';
import { rid } from '../support/given.ts';

export type Clock = (at: string) => Promise<void>;
export type Ids = Record<string, string>;

export async function customers(engine: Engine): Promise<Ids> {
  const specs = [
    {
      key: 'zoe',
      name: 'Zoë Łódź Studio',
      currency: 'EUR',
      email: 'hello@zoe-lodz.pl',
      hourlyRate: '85.00',
    },
    { key: 'nord', name: 'Nordlicht GmbH', currency: 'EUR', email: 'buchhaltung@nordlicht.de' },
    { key: 'harbour', name: 'Harbour & Co', currency: 'USD', email: 'ap@harbour.co' },
    {
      key: 'petros',
      name: 'Πέτρος Creative',
      currency: 'EUR',
      email: 'petros@creative.gr',
      hourlyRate: '70.00',
    },
    { key: 'sakura', name: 'Sakura Design 桜', currency: 'USD', email: 'studio@sakura.jp' },
    { key: 'kyiv', name: 'Kyiv Pixel Works', currency: 'USD', email: 'finance@kyivpixel.ua' },
    {
      key: 'maple',
      name: 'Maple & Finch',
      currency: 'USD',
      email: 'billing@maplefinch.com',
      hourlyRate: '120.00',
    },
    { key: 'orsted', name: 'Atelier Ørsted', currency: 'EUR', email: 'atelier@orsted.dk' },
  ];
  const ids: Ids = {};
  for (const { key, ...spec } of specs) {
    ids[key] = (
      await engine.call('customers.create', { ...spec, requestId: rid('demo-customer') })
    ).id;
  }
  return ids;
}

export async function invoice(
  engine: Engine,
  customerId: string,
  lines: [string, string, string][],
  actor = 'admin',
) {
  const draft = await engine.call(
    'invoices.create',
    {
      customerId,
      lines: lines.map(([description, quantity, unitPrice]) => ({
        description,
        quantity,
        unitPrice,
        taxRate: '21',
      })),
      requestId: rid('demo-invoice'),
    },
    actor,
  );
  return engine.call(
    'invoices.issue',
    { invoiceId: draft.id, requestId: rid('demo-issue') },
    actor,
  );
}

export async function setUp(engine: Engine, ids: Ids, marta: string) {
  const c = (key: string) => ids[key] ?? '';
  await engine.call('settings.update', {
    businessName: 'Balancebook Demo Agency',
    address: 'Rue de la Loi 16\n1000 Brussels, Belgium',
    invoicePrefix: 'INV-',
    requestId: rid('demo-settings'),
  });
  await engine.call('customers.setBillingMode', {
    customerId: c('nord'),
    mode: 'credit_limit',
    creditLimit: '5000.00',
    reason: 'Framework agreement 2025',
    requestId: rid('demo-mode'),
  });
  await engine.call('customers.setBillingMode', {
    customerId: c('kyiv'),
    mode: 'credit_limit',
    creditLimit: '2000.00',
    reason: 'Retainer with monthly settlement',
    requestId: rid('demo-mode'),
  });
  await engine.call('customers.setBillingMode', {
    customerId: c('harbour'),
    mode: 'postpaid',
    reason: 'Invoiced monthly in arrears',
    requestId: rid('demo-mode'),
  });
  await engine.call(
    'customers.setReplenishment',
    {
      customerId: c('zoe'),
      enabled: true,
      threshold: '500.00',
      amount: '2000.00',
      recurrence: 'always',
      requestId: rid('demo-replenish'),
    },
    marta,
  );
  await engine.call('schedules.create', {
    customerId: c('orsted'),
    lines: [
      { description: 'Monthly design retainer', quantity: '1', unitPrice: '900.00', taxRate: '21' },
    ],
    interval: 'month',
    startDate: '2025-10-01',
    autoIssue: true,
    requestId: rid('demo-schedule'),
  });
  await engine.call(
    'balance.topUp',
    {
      customerId: c('zoe'),
      amount: '3000.00',
      kind: 'paid',
      method: 'bank_transfer',
      reference: 'SEPA 2025-091',
      requestId: rid('demo-top-up'),
    },
    marta,
  );
  await engine.call('balance.topUp', {
    customerId: c('sakura'),
    amount: '250.00',
    kind: 'promotional',
    expiresOn: '2026-03-31',
    reason: 'Welcome credit',
    requestId: rid('demo-promo'),
  });
  await engine.call(
    'balance.topUp',
    {
      customerId: c('petros'),
      amount: '1500.00',
      kind: 'paid',
      method: 'card',
      requestId: rid('demo-top-up'),
    },
    marta,
  );
  await engine.call('balance.topUp', {
    customerId: c('maple'),
    amount: '9000.00',
    kind: 'paid',
    method: 'bank_transfer',
    reference: 'ACH 88213',
    requestId: rid('demo-top-up'),
  });
}

/** Pays every open balance-due invoice of a customer in full, as received on `date`. */
export async function payBalanceDue(
  engine: Engine,
  customerId: string,
  date: string,
  actor: string,
) {
  const open = await engine.call('invoices.list', {
    customerId,
    status: 'open',
    kind: 'balance_due',
  });
  for (const due of open.items) {
    await engine.call(
      'payments.record',
      {
        customerId,
        amount: due.amountDue,
        method: 'bank_transfer',
        reference: `Transfer ${date}`,
        receivedOn: date,
        invoiceId: due.id,
        requestId: rid('demo-pay'),
      },
      actor,
    );
  }
}
