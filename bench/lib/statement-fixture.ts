/**
 * The statement-export fixture: one customer with 10,000 ledger entries in one quarter (April to
 * June 2026), built through the engine's handlers with the ledger seeder's mix of operations
 * (seed-plan.ts) and an invoice issued and settled from the balance every hundred operations, so
 * the statement also shows invoice numbers. Kept in bench/.data/ and reused (see fixture.ts).
 */
import type { Context } from '../../electron/backend/context.ts';
import { at, direct, inTransaction, withConnection } from './direct.ts';
import type { Say } from './ensure-seed.ts';
import { ensureFixture, type FixtureFacts, type ReadyFixture } from './fixture.ts';
import { centsToText } from './money-text.ts';
import { createRandom, type Random } from './random.ts';
import { remember, runOperation } from './seed.ts';
import { nextOperation, type CustomerState } from './seed-plan.ts';
import { DATA_DIR, FIXED_NOW } from './settings.ts';

export const STATEMENT_FIXTURE = {
  entries: 10_000,
  from: '2026-04-01',
  to: '2026-06-30',
  seed: 10_000,
};

const INVOICE_EVERY = 100;
const BATCH = 2_000;
const CREATED_AT = '2026-03-31T09:00:00.000Z';

export function ensureStatementFixture(
  options: { fresh: boolean; skipSeed: boolean },
  say: Say,
): Promise<ReadyFixture | null> {
  return ensureFixture(
    {
      dataDir: DATA_DIR,
      name: `statement-${STATEMENT_FIXTURE.entries}`,
      version: 1,
      params: { ...STATEMENT_FIXTURE, fixedNow: FIXED_NOW },
      fresh: options.fresh,
      skipSeed: options.skipSeed,
      createdAt: CREATED_AT,
      build,
    },
    say,
  );
}

function build(path: string): Promise<FixtureFacts> {
  const { entries, from, to, seed } = STATEMENT_FIXTURE;
  const random = createRandom(seed);
  const startMs = Date.parse(`${from}T00:00:00.000Z`);
  const stepMs = (Date.parse(`${to}T23:59:00.000Z`) - startMs) / entries;
  return withConnection(path, async (base) => {
    const customer = await createCustomer(at(base, CREATED_AT));
    let step = 0;
    while (customer.seq < entries) {
      await inTransaction(base, async () => {
        for (let index = 0; index < BATCH && customer.seq < entries; index += 1) {
          step += 1;
          const ctx = at(base, startMs + customer.seq * stepMs);
          if (step % INVOICE_EVERY === 0) await invoice(ctx, random, customer, step);
          else await operation(ctx, random, customer, step);
        }
      });
    }
    return { customerId: customer.id, entries: customer.seq, from, to };
  });
}

type Subject = CustomerState & { seq: number };

async function createCustomer(ctx: Context): Promise<Subject> {
  const { id } = await direct(
    'customers.create',
    {
      name: 'Statement Studio Ltd',
      currency: 'EUR',
      email: 'accounts@statement-studio.example',
      address: '12 Long Ledger Lane\n1000 Brussels',
      requestId: 'statement-customer',
    },
    ctx,
  );
  return { id, balance: 0, paid: 0, seq: 0 };
}

async function operation(
  ctx: Context,
  random: Random,
  customer: Subject,
  step: number,
): Promise<void> {
  const requestId = `statement-step-${step}`;
  const planned = nextOperation(customer, {
    random,
    requestId,
    benchToday: FIXED_NOW.slice(0, 10),
  });
  const change = await runOperation(planned, ctx);
  remember(customer, change);
  customer.seq = change.entry.seq;
}

/** An invoice issued and settled from the balance (one `applied_to_invoice` entry, or none). */
async function invoice(
  ctx: Context,
  random: Random,
  customer: Subject,
  step: number,
): Promise<void> {
  const draft = await direct(
    'invoices.create',
    {
      customerId: customer.id,
      lines: [
        {
          description: 'Monthly design retainer',
          quantity: '1',
          unitPrice: centsToText(random.int(5_000, 40_000)),
          taxRate: '21',
        },
      ],
      requestId: `statement-draft-${step}`,
    },
    ctx,
  );
  await direct(
    'invoices.issue',
    { invoiceId: draft.id, requestId: `statement-issue-${step}` },
    ctx,
  );
  const balance = await direct('balance.get', { customerId: customer.id }, ctx);
  const last = (await direct('balance.history', { customerId: customer.id, limit: 1 }, ctx))
    .items[0];
  if (!last) throw new Error('the customer has no entries');
  remember(customer, { entry: last, balance });
  customer.seq = last.seq;
}
