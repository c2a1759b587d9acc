/**
 * Generators shared by the invoice and billing properties, and the loop that runs one scenario:
 * a fresh engine and a fresh model, the same steps on both, and the full comparison after each.
 */
import fc from 'fast-check';
import { givenBackend, givenCustomer, rid } from '../support/backend.ts';
import { setMode } from './book-billing.ts';
import { money, type GrantKind } from './ledger-model.ts';
import { createBook, type CustomerSetup, type LineSpec } from './book-model.ts';
import { expectBookAgreement, type BookRun } from './book-checks.ts';
import { emptyIds } from './book-views.ts';
import { performBook, type Amount, type Among, type BookAction } from './book-driver.ts';

/** Far from UTC (+13 in summer, +12 in winter), so day and month ends are never UTC midnight. */
export const ZONE = 'Pacific/Auckland';
export const RUNS = (fallback: number) => Number(process.env.PROPERTY_RUNS ?? fallback);
export const SEED = (fallback: number) => Number(process.env.PROPERTY_SEED ?? fallback);

export type Scenario = { start: string; setups: CustomerSetup[]; actions: BookAction[] };

export const cents = fc.oneof(
  fc.integer({ min: 1, max: 2_000 }),
  fc.integer({ min: 1, max: 50_000 }),
);
export const amount: fc.Arbitrary<Amount> = fc.oneof(
  { weight: 1, arbitrary: cents.map((value) => ({ cents: value })) },
  // Around 100 % most often: exactly what is due, a cent under and a little over.
  {
    weight: 3,
    arbitrary: fc
      .oneof(fc.integer({ min: 1, max: 150 }), fc.constantFrom(50, 99, 100, 100, 101))
      .map((percent) => ({ percent })),
  },
);
export const customer = fc.integer({ min: 0, max: 2 });
export const pick = fc.nat({ max: 1000 });
export const among = fc.constantFrom<Among>('owed', 'owed', 'owed', 'any');

/** Quantities to three decimals, prices from zero up, tax rates to three decimals. */
const line: fc.Arbitrary<LineSpec> = fc.record({
  milli: fc.oneof(
    fc.constantFrom(1000, 2000, 500, 250, 333, 1, 1500),
    fc.integer({ min: 1, max: 5000 }),
  ),
  price: fc.oneof(fc.integer({ min: 0, max: 30_000 }), fc.integer({ min: 0, max: 100 })),
  rateMilli: fc.option(
    fc.oneof(fc.constantFrom(0, 5000, 5500, 8875, 21_000), fc.integer({ min: 0, max: 30_000 })),
    { freq: 3 },
  ),
});

/** -1 asks for yesterday, which is refused; short expiries so that credit expires while applied. */
export const topUpStep = (expiresMax: number) =>
  fc.record({
    kind: fc.constant('topUp' as const),
    customer,
    cents,
    grant: fc.constantFrom<GrantKind>('paid', 'paid', 'promotional'),
    expiresIn: fc.option(fc.integer({ min: -1, max: expiresMax }), { freq: 2 }),
  });
export const adjustStep = fc.record({
  kind: fc.constant('adjust' as const),
  customer,
  direction: fc.constantFrom('credit' as const, 'debit' as const),
  cents,
});
export const chargeStep = fc.record({ kind: fc.constant('charge' as const), customer, amount });
export const refundStep = fc.record({ kind: fc.constant('refund' as const), customer, amount });
export const invoiceStep = (types: ('standard' | 'top_up')[]) =>
  fc.record({
    kind: fc.constant('invoice' as const),
    customer,
    type: fc.constantFrom(...types),
    lines: fc.array(line, { minLength: 1, maxLength: 3 }),
    issue: fc.boolean(),
  });
export const issueStep = fc.record({ kind: fc.constant('issue' as const), pick });
export const payStep = (kinds: (Among | 'none')[]) =>
  fc.record({
    kind: fc.constant('pay' as const),
    pick,
    among: fc.constantFrom(...kinds),
    amount,
    daysAgo: fc.constantFrom(-1, 0, 0, 0, 1, 3),
    stranger: fc.constant(false),
  });
export const strangerPayStep = fc.record({
  kind: fc.constant('pay' as const),
  pick,
  among: fc.constant<Among>('any'),
  amount,
  daysAgo: fc.constant(0),
  stranger: fc.constant(true),
});
export const applyStep = fc.record({
  kind: fc.constant('apply' as const),
  pick,
  among: fc.constantFrom<Among>('open', 'open', 'open', 'owed', 'any'),
  amount: fc.option(amount, { freq: 2 }),
});
export const closeStep = (choices: Among[]) =>
  fc.record({
    kind: fc.constantFrom('void' as const, 'writeOff' as const, 'writeOff' as const),
    pick,
    among: fc.constantFrom(...choices),
  });
export const creditNoteStep = fc.record({
  kind: fc.constant('creditNote' as const),
  pick,
  among: fc.constantFrom<Among>('any', 'owed'),
  amount,
});
export const repeatStep = fc.record({ kind: fc.constant('repeat' as const), pick: fc.nat() });
export const advanceStep = (maxDays: number, run: fc.Arbitrary<boolean>) =>
  fc.record({
    kind: fc.constant('advance' as const),
    days: fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 0, max: Math.min(maxDays, 6) }) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: maxDays }) },
    ),
    hours: fc.integer({ min: 0, max: 23 }),
    // Whole hours land exactly on local midnight; 59 lands a minute before the next hour.
    minutes: fc.constantFrom(0, 0, 59),
    run,
  });

/** Runs one scenario, comparing engine and model after every step. */
export async function runBookScenario(plan: Scenario): Promise<void> {
  const t = givenBackend({ start: plan.start, timeZone: ZONE });
  try {
    const customerIds: string[] = [];
    for (const [index, setup] of plan.setups.entries()) {
      customerIds.push(
        await givenCustomer(t, {
          name: `Customer ${index + 1}`,
          paymentTermsDays: setup.terms,
          autoApplyCredit: setup.autoApply,
          ...(setup.hourlyRate === null ? {} : { hourlyRate: money(setup.hourlyRate) }),
        }),
      );
    }
    const book = createBook(ZONE, plan.start, plan.setups);
    for (const [index, { mode }] of plan.setups.entries()) {
      const customer = book.customers[index];
      const customerId = customerIds[index];
      if (!mode || !customer) continue;
      if (customerId === undefined) throw new Error(`no customer ${index}`);
      setMode(book, customer, mode.mode, mode.limit);
      await t.call('customers.setBillingMode', {
        customerId,
        mode: mode.mode,
        ...(mode.limit === null ? {} : { creditLimit: money(mode.limit) }),
        reason: 'Terms agreed',
        requestId: rid('setup'),
      });
    }
    const run: BookRun = {
      t,
      book,
      customerIds,
      ids: emptyIds(),
      engineIds: new Map(),
      notes: [],
      accepted: [],
    };
    for (const [index, step] of plan.actions.entries()) {
      const label = `step ${index + 1} ${JSON.stringify(step)}`;
      await performBook(run, step, label);
      await expectBookAgreement(run, label);
    }
  } finally {
    t.backend.close();
  }
}
