/**
 * Proves that a book exported with `book.export` and its CSV files imported into a fresh book
 * (customers.csv as customers, lots.csv as opening lots of what remains, invoices.csv as open
 * invoices of what is still due, refused rows such as spent lots and paid invoices skipped) gives
 * the same balances, lots (kind, remaining, expiry) and open invoices (number, amount due, due
 * date); and that undoing the three imports and importing them again gives the same book.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportKind } from '../../shared/contract/schemas/imports.ts';
import { givenBackend, rid, type TestBackend } from '../support/backend.ts';
import { scaledTimeout } from '../support/timeouts.ts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 12);
const SEED = Number(process.env.PROPERTY_SEED ?? 20261204);
const START = '2026-03-01T09:00:00Z';

type CustomerPlan = {
  currency: 'EUR' | 'JPY';
  lots: { cents: number; isPromotional: boolean; expiresInDays: number }[];
  spendShare: number;
  invoices: { cents: number; paidShare: number; dueInDays: number }[];
};

const customerPlan = fc.record({
  currency: fc.constantFrom('EUR' as const, 'JPY' as const),
  lots: fc.array(
    fc.record({
      cents: fc.integer({ min: 100, max: 500_000 }),
      isPromotional: fc.boolean(),
      expiresInDays: fc.integer({ min: 1, max: 400 }),
    }),
    { maxLength: 3 },
  ),
  spendShare: fc.integer({ min: 0, max: 100 }),
  invoices: fc.array(
    fc.record({
      cents: fc.integer({ min: 100, max: 300_000 }),
      paidShare: fc.constantFrom(0, 40, 100),
      dueInDays: fc.integer({ min: 0, max: 60 }),
    }),
    { maxLength: 2 },
  ),
});

/** Whole units in JPY, cents in EUR. */
function amountOf(cents: number, currency: string): string {
  return currency === 'JPY'
    ? String(cents)
    : `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

async function buildBook(t: TestBackend, plans: CustomerPlan[]): Promise<void> {
  for (const [index, plan] of plans.entries()) {
    const customer = await t.call('customers.create', {
      name: `Customer ${index}`,
      currency: plan.currency,
      autoApplyCredit: false,
      requestId: rid(),
    });
    let totalCents = 0;
    for (const lot of plan.lots) {
      await t.call('balance.topUp', {
        customerId: customer.id,
        amount: amountOf(lot.cents, plan.currency),
        kind: lot.isPromotional ? 'promotional' : 'paid',
        expiresOn: lot.isPromotional ? dayAfter(lot.expiresInDays) : undefined,
        requestId: rid(),
      });
      totalCents += lot.cents;
    }
    const spend = Math.floor((totalCents * plan.spendShare) / 100);
    if (spend > 0) {
      await t.call('balance.charge', {
        customerId: customer.id,
        amount: amountOf(spend, plan.currency),
        description: 'Work',
        requestId: rid(),
      });
    }
    for (const invoice of plan.invoices) await issueInvoice(t, customer.id, plan.currency, invoice);
  }
}

async function issueInvoice(
  t: TestBackend,
  customerId: string,
  currency: string,
  invoice: CustomerPlan['invoices'][number],
): Promise<void> {
  const draft = await t.call('invoices.create', {
    customerId,
    lines: [{ description: 'Work', quantity: '1', unitPrice: amountOf(invoice.cents, currency) }],
    dueDate: dayAfter(invoice.dueInDays),
    requestId: rid(),
  });
  await t.call('invoices.issue', { invoiceId: draft.id, requestId: rid() });
  const paid = Math.floor((invoice.cents * invoice.paidShare) / 100);
  if (paid === 0) return;
  await t.call('payments.record', {
    customerId,
    amount: amountOf(paid, currency),
    method: 'cash',
    receivedOn: '2026-03-01',
    invoiceId: draft.id,
    requestId: rid(),
  });
}

function dayAfter(days: number): string {
  return new Date(Date.parse('2026-03-01T00:00:00Z') + days * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

/** Every customer not archived, by name: balance, lots left and open invoices. */
async function bookView(t: TestBackend) {
  const customers = (await t.call('customers.list', { limit: 100 })).items;
  const view: Record<string, unknown> = {};
  for (const customer of customers) {
    const balance = await t.call('balance.get', { customerId: customer.id });
    const open = await t.call('invoices.list', { customerId: customer.id, status: 'open' });
    view[customer.name] = {
      balance: balance.balance,
      lots: balance.grants
        .map(({ kind, remaining, expiresOn }) => ({ kind, remaining, expiresOn }))
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
      open: open.items
        .map(({ number, amountDue, dueDate }) => ({ number, amountDue, dueDate }))
        .sort((a, b) => String(a.number).localeCompare(String(b.number))),
    };
  }
  return view;
}

const FILES: { file: string; kind: ImportKind; mapping: Record<string, string> }[] = [
  {
    file: 'customers.csv',
    kind: 'customers',
    mapping: {
      externalId: 'customer_id',
      name: 'name',
      currency: 'currency',
      email: 'email',
      address: 'address',
      paymentTermsDays: 'payment_terms_days',
      hourlyRate: 'hourly_rate',
      billingMode: 'billing_mode',
      creditLimit: 'credit_limit',
    },
  },
  {
    file: 'lots.csv',
    kind: 'opening_lots',
    mapping: {
      customerExternalId: 'customer_id',
      currency: 'currency',
      amount: 'remaining',
      kind: 'kind',
      expiresOn: 'expires_on',
      openedOn: 'opened_on',
    },
  },
  {
    file: 'invoices.csv',
    kind: 'open_invoices',
    mapping: {
      customerExternalId: 'customer_id',
      currency: 'currency',
      number: 'number',
      issuedOn: 'issue_date',
      dueOn: 'due_date',
      amountDue: 'amount_due',
    },
  },
];

async function importAll(t: TestBackend, folder: string): Promise<string[]> {
  const ids: string[] = [];
  for (const { file, kind, mapping } of FILES) {
    const input = { path: path.join(folder, file), kind, mapping, skipRefused: true };
    const result = await t.backend.invoke('imports.commit', {
      ...input,
      requestId: rid(),
    });
    // A file with no row left to bring (no lot remains, nothing is due) is refused on path.
    if (!result.ok) expect(result.error).toMatchObject({ code: 'VALIDATION', field: 'path' });
    else ids.push(result.data.id);
  }
  return ids;
}

describe('export then import', () => {
  it(
    'gives the same balances, lots and open invoices, and again after undo and redo',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(customerPlan, { minLength: 1, maxLength: 3 }), async (plans) => {
          const source = givenBackend({ start: START, timeZone: 'UTC' });
          await buildBook(source, plans);
          const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bb-roundtrip-')), 'book');
          try {
            await source.call('book.export', { path: folder });
            const target = givenBackend({ start: START, timeZone: 'UTC' });
            const batches = await importAll(target, folder);
            const expected = await bookView(source);
            expect(await bookView(target)).toEqual(expected);
            for (const id of [...batches].reverse()) {
              await target.call('imports.undo', { batchId: id, reason: 'Again', requestId: rid() });
            }
            await importAll(target, folder);
            expect(await bookView(target)).toEqual(expected);
            expect((await target.call('audit.verify', {})).problems).toEqual([]);
          } finally {
            fs.rmSync(path.dirname(folder), { recursive: true, force: true });
          }
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    scaledTimeout({ count: RUNS, eachMs: 4_000, floorMs: 60_000 }),
  );
});
