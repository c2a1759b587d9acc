/**
 * The monthly benchmark's fixture: 10,000 customers in mixed billing modes created at the end of
 * April, a little activity in May, the scheduled pass of June 1 (balance-due invoices for May,
 * recurring invoices), then a month of activity in June, every step through the engine's handlers
 * with the clock walking forward (see monthly-plan.ts for what each customer does). Calls the
 * engine refuses (a charge beyond a credit limit, or on a blocked one) roll back on their own, as
 * a refused call does in the application, and are counted. Kept in bench/.data/ and reused.
 */
import type { Context } from '../../electron/backend/context.ts';
import { createBackend } from '../../electron/backend/index.ts';
import { AppError } from '../../shared/errors.ts';
import type { Balance } from '../../shared/contract/types.ts';
import { at, direct, inTransaction, savepoint, withConnection } from './direct.ts';
import { callTyped } from './engine.ts';
import type { Say } from './ensure-seed.ts';
import { ensureFixture, type FixtureFacts, type ReadyFixture } from './fixture.ts';
import { centsToText, SEED_CURRENCIES, textToCents } from './money-text.ts';
import {
  EXPIRES_ON,
  inTimeOrder,
  juneSteps,
  maySteps,
  profileFor,
  type Profile,
  type Step,
} from './monthly-plan.ts';
import { createRandom, type Random } from './random.ts';
import { integer, ms } from './report.ts';
import { DATA_DIR } from './settings.ts';
import { nowMs } from './stats.ts';
import { inTurn } from '../../electron/backend/storage/in-turn.ts';

export const MONTHLY = { customers: 10_000, seed: 20_260_601 };
const CREATED_AT = '2026-04-30T08:00:00.000Z';
const JUNE_PASS_AT = '2026-06-01T00:30:00.000Z';
const STEPS_PER_BATCH = 5_000;
const REFUSALS = new Set(['CREDIT_LIMIT_EXCEEDED', 'CREDIT_LIMIT_BLOCKED', 'INSUFFICIENT_BALANCE']);

type Customer = { id: string; profile: Profile; balanceCents: number };
type Tally = { steps: number; refused: number; skipped: number };

export function ensureMonthlyFixture(
  options: { fresh: boolean; skipSeed: boolean },
  say: Say,
): Promise<ReadyFixture | null> {
  return ensureFixture(
    {
      dataDir: DATA_DIR,
      name: `monthly-${MONTHLY.customers}`,
      version: 2,
      params: { ...MONTHLY },
      fresh: options.fresh,
      skipSeed: options.skipSeed,
      createdAt: CREATED_AT,
      build: (path) => build(path, say),
    },
    say,
  );
}

async function build(path: string, say: Say): Promise<FixtureFacts> {
  const random = createRandom(MONTHLY.seed);
  const profiles = Array.from({ length: MONTHLY.customers }, () => profileFor(random));
  const customers = await withConnection(path, (base) => createCustomers(base, profiles, random));
  const tally: Tally = { steps: 0, refused: 0, skipped: 0 };
  const may = inTimeOrder(customers.map((c, index) => maySteps(c.profile, index, random)));
  await runSteps(path, { customers, steps: may, random, tally });
  say(`  May: ${integer(may.length)} steps`);
  const started = nowMs();
  const backend = createBackend({
    dbPath: path,
    now: () => new Date(JUNE_PASS_AT),
    timeZone: 'UTC',
  });
  const juneFirst = await callTyped(backend, 'jobs.runDue', {});
  backend.close();
  say(`  pass of June 1 (setup): ${JSON.stringify(juneFirst)} in ${ms(nowMs() - started)}`);
  const june = inTimeOrder(customers.map((c, index) => juneSteps(c.profile, index, random)));
  await runSteps(path, { customers, steps: june, random, tally });
  say(`  June: ${integer(june.length)} steps`);
  const count = (test: (profile: Profile) => boolean) => profiles.filter(test).length;
  return {
    customers: customers.length,
    prepaid: count((profile) => profile.mode === 'prepaid'),
    creditLimit: count((profile) => profile.mode === 'credit_limit'),
    postpaid: count((profile) => profile.mode === 'postpaid'),
    schedules: count((profile) => profile.schedule !== null),
    replenishment: count((profile) => profile.replenishment !== null),
    expiringCredit: count((profile) => profile.hasExpiringCredit),
    steps: tally.steps,
    refused: tally.refused,
    skipped: tally.skipped,
  };
}

function createCustomers(
  base: Context,
  profiles: readonly Profile[],
  random: Random,
): Promise<Customer[]> {
  const ctx = at(base, CREATED_AT);
  const indexes = profiles.map((_, index) => index);
  return inTransaction(base, () =>
    inTurn(indexes, async (index) => {
      const profile = profiles[index] as Profile;
      const number = String(index + 1).padStart(5, '0');
      const { id } = await direct(
        'customers.create',
        {
          name: `Monthly client ${number}`,
          currency: random.pick(SEED_CURRENCIES),
          paymentTermsDays: 14,
          requestId: `monthly-customer-${number}`,
        },
        ctx,
      );
      if (profile.mode !== 'prepaid') {
        const { creditLimitCents } = profile;
        await direct(
          'customers.setBillingMode',
          {
            customerId: id,
            mode: profile.mode,
            ...(creditLimitCents === null ? {} : { creditLimit: centsToText(creditLimitCents) }),
            reason: 'Terms agreed at signing',
            requestId: `monthly-mode-${number}`,
          },
          ctx,
        );
      }
      if (profile.schedule) {
        await direct(
          'schedules.create',
          {
            customerId: id,
            lines: [
              {
                description: 'Monthly retainer',
                quantity: '1',
                unitPrice: centsToText(random.int(50, 500) * 100),
              },
            ],
            interval: 'month',
            startDate: '2026-06-01',
            autoIssue: profile.schedule.autoIssue,
            requestId: `monthly-schedule-${number}`,
          },
          ctx,
        );
      }
      return { id, profile, balanceCents: 0 };
    }),
  );
}

type Run = { customers: Customer[]; steps: readonly Step[]; random: Random; tally: Tally };

async function runSteps(path: string, run: Run): Promise<void> {
  await withConnection(path, async (base) => {
    for (let from = 0; from < run.steps.length; from += STEPS_PER_BATCH) {
      await inTransaction(base, async () => {
        for (const step of run.steps.slice(from, from + STEPS_PER_BATCH)) {
          const customer = run.customers[step.customer];
          if (!customer) throw new Error(`no customer ${step.customer}`);
          run.tally.steps += 1;
          const ctx = at(base, step.atMs);
          const done = await attempt(base, () => runStep(ctx, customer, step, run));
          if (done === null) run.tally.refused += 1;
          else if (done === 'skipped') run.tally.skipped += 1;
          else if (done !== 'done') customer.balanceCents = textToCents(done.balance);
        }
      });
    }
  });
}

/** Runs `work` in a savepoint; a refusal rolls it back and answers null. */
async function attempt<T>(base: Context, work: () => Promise<T>): Promise<T | null> {
  try {
    return await savepoint(base, 'SAVEPOINT attempt', work);
  } catch (error) {
    if (error instanceof AppError && REFUSALS.has(error.code)) return null;
    throw error;
  }
}

type Outcome = Balance | 'done' | 'skipped';

async function runStep(ctx: Context, customer: Customer, step: Step, run: Run): Promise<Outcome> {
  const { random } = run;
  const customerId = customer.id;
  const requestId = `monthly-step-${run.tally.steps}`;
  const isPrepaid = customer.profile.mode === 'prepaid';
  switch (step.action) {
    case 'topUp': {
      const cents = isPrepaid ? random.int(20_000, 80_000) : random.int(5_000, 30_000);
      const input = { customerId, amount: centsToText(cents), kind: 'paid', requestId } as const;
      return (await direct('balance.topUp', { ...input, method: 'bank_transfer' }, ctx)).balance;
    }
    case 'promotional': {
      const amount = centsToText(random.int(2_000, 15_000));
      const input = { customerId, amount, kind: 'promotional', expiresOn: EXPIRES_ON } as const;
      return (await direct('balance.topUp', { ...input, reason: 'Loyalty bonus', requestId }, ctx))
        .balance;
    }
    case 'charge': {
      const wanted = random.int(500, 25_000);
      const cents = isPrepaid ? Math.min(wanted, customer.balanceCents) : wanted;
      if (cents < 100) return 'skipped';
      const input = { customerId, amount: centsToText(cents), description: 'Project work' };
      return (await direct('balance.charge', { ...input, requestId }, ctx)).balance;
    }
    case 'payMayInvoice':
      return payMayInvoice(ctx, customerId, requestId);
    case 'setReplenishment':
      return setReplenishment(ctx, customer, requestId);
  }
}

async function payMayInvoice(
  ctx: Context,
  customerId: string,
  requestId: string,
): Promise<Outcome> {
  const open = (
    await direct(
      'invoices.list',
      { customerId, kind: 'balance_due', status: 'open', limit: 5 },
      ctx,
    )
  ).items[0];
  if (!open) return 'skipped';
  const input = { customerId, amount: open.amountDue, method: 'bank_transfer' } as const;
  const paid = { ...input, receivedOn: ctx.today, invoiceId: open.id, requestId };
  return (await direct('payments.record', paid, ctx)).balance;
}

async function setReplenishment(
  ctx: Context,
  customer: Customer,
  requestId: string,
): Promise<Outcome> {
  const setting = customer.profile.replenishment;
  if (!setting) return 'skipped';
  await direct(
    'customers.setReplenishment',
    {
      customerId: customer.id,
      enabled: true,
      threshold: centsToText(setting.thresholdCents),
      amount: centsToText(setting.amountCents),
      recurrence: setting.once ? 'once' : 'always',
      requestId,
    },
    ctx,
  );
  return 'done';
}
