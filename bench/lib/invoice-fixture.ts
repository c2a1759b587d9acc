/**
 * The invoice-reading fixture: 1,000 customers with 100 invoices each over the year before the
 * benchmark's "now", built through the engine's handlers (create, issue with settlement from a
 * balance topped up now and then, and payments against most of what stays open), with the clock
 * walking forward through the year. Kept in bench/.data/ and reused (see fixture.ts).
 */
import type { Context } from '../../electron/backend/context.ts';
import type { Say } from './ensure-seed.ts';
import { at, direct, inTransaction, withConnection } from './direct.ts';
import { ensureFixture, type ReadyFixture } from './fixture.ts';
import { centsToText, SEED_CURRENCIES } from './money-text.ts';
import { createRandom, type Random } from './random.ts';
import { integer } from './report.ts';
import { DATA_DIR, FIXED_NOW } from './settings.ts';
import { inTurn } from '../../electron/backend/storage/in-turn.ts';

export const INVOICE_FIXTURE = { customers: 1_000, perCustomer: 100, seed: 100_000 };

const DAY_MS = 86_400_000;
const SPAN_MS = 365 * DAY_MS;
/** Invoice rounds (one invoice for every customer) per transaction. */
const ROUNDS_PER_BATCH = 5;
const TOP_UP_EVERY = 10;
const SERVICES = ['Design work', 'Consulting', 'Hosting', 'Support', 'Print job', 'Licences'];

export function ensureInvoiceFixture(
  options: { fresh: boolean; skipSeed: boolean },
  say: Say,
): Promise<ReadyFixture | null> {
  const { customers, perCustomer } = INVOICE_FIXTURE;
  return ensureFixture(
    {
      dataDir: DATA_DIR,
      name: `invoices-${customers * perCustomer}x${customers}`,
      version: 1,
      params: { ...INVOICE_FIXTURE, fixedNow: FIXED_NOW },
      fresh: options.fresh,
      skipSeed: options.skipSeed,
      createdAt: new Date(Date.parse(FIXED_NOW) - SPAN_MS - DAY_MS).toISOString(),
      build: (path) => build(path, say),
    },
    say,
  );
}

function build(path: string, say: Say): Promise<{ listCustomerId: string; invoices: number }> {
  const { customers: count, perCustomer, seed } = INVOICE_FIXTURE;
  const random = createRandom(seed);
  const startMs = Date.parse(FIXED_NOW) - SPAN_MS;
  const stepMs = SPAN_MS / (count * perCustomer);
  return withConnection(path, async (base) => {
    const created = at(base, startMs - DAY_MS);
    const indexes = Array.from({ length: count }, (_, index) => index);
    const ids = await inTransaction(base, () =>
      inTurn(indexes, (index) => createCustomer(created, random, index)),
    );
    for (let round = 0; round < perCustomer; round += ROUNDS_PER_BATCH) {
      await inTransaction(base, async () => {
        for (let k = round; k < Math.min(perCustomer, round + ROUNDS_PER_BATCH); k += 1) {
          for (const [index, customerId] of ids.entries()) {
            const ctx = at(base, startMs + (k * count + index) * stepMs);
            await invoiceRound(ctx, random, { customerId, k, index });
          }
        }
      });
      if ((round + ROUNDS_PER_BATCH) % 20 === 0) {
        say(`  built ${integer((round + ROUNDS_PER_BATCH) * count)} invoices`);
      }
    }
    return { listCustomerId: ids[Math.floor(count / 2)] ?? '', invoices: count * perCustomer };
  });
}

async function createCustomer(ctx: Context, random: Random, index: number): Promise<string> {
  const number = String(index + 1).padStart(4, '0');
  return (
    await direct(
      'customers.create',
      {
        name: `Invoiced client ${number}`,
        currency: random.pick(SEED_CURRENCIES),
        paymentTermsDays: random.pick([0, 14, 30]),
        requestId: `fixture-customer-${number}`,
      },
      ctx,
    )
  ).id;
}

type Round = { customerId: string; k: number; index: number };

/** One invoice for one customer: maybe a top-up first, then create, issue and maybe pay. */
async function invoiceRound(ctx: Context, random: Random, round: Round): Promise<void> {
  const { customerId } = round;
  const key = `${round.index}-${round.k}`;
  if (round.k % TOP_UP_EVERY === 0) {
    await direct(
      'balance.topUp',
      {
        customerId,
        amount: centsToText(random.int(30_000, 300_000)),
        kind: 'paid',
        method: 'bank_transfer',
        requestId: `fixture-top-up-${key}`,
      },
      ctx,
    );
  }
  const draft = await direct(
    'invoices.create',
    {
      customerId,
      lines: Array.from({ length: random.int(1, 4) }, () => ({
        description: random.pick(SERVICES),
        quantity: random.pick(['1', '2', '0.5', '4']),
        unitPrice: centsToText(random.int(1_000, 40_000)),
        taxRate: random.pick([null, '20', '7.5']),
      })),
      requestId: `fixture-draft-${key}`,
    },
    ctx,
  );
  const issued = await direct(
    'invoices.issue',
    { invoiceId: draft.id, requestId: `fixture-issue-${key}` },
    ctx,
  );
  if (issued.status !== 'open' || random.next() < 0.4) return;
  await direct(
    'payments.record',
    {
      customerId,
      amount: issued.amountDue,
      method: random.pick(['bank_transfer', 'card', 'cheque'] as const),
      receivedOn: ctx.today,
      invoiceId: issued.id,
      requestId: `fixture-payment-${key}`,
    },
    ctx,
  );
}
