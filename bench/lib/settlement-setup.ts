/**
 * The settlement benchmark's setup, built fresh on every run through the engine's handlers, a
 * thousand customers per transaction: customers each with one draft invoice and a paid top-up
 * made after it, sized from the draft's total so half the balances cover their invoice in full
 * and half only in part. Each draft's memo says which, so the measuring process can check it.
 */
import { createBackend } from '../../electron/backend/index.ts';
import { at, direct, inTransaction, withConnection } from './direct.ts';
import { centsToText, SEED_CURRENCIES, textToCents } from './money-text.ts';
import { createRandom, type Random } from './random.ts';
import { removeLedgerFiles } from './seed.ts';

export const DRAFT_MEMO = { warmUp: 'bench: warm-up', full: 'bench: full', part: 'bench: part' };

export type SettlementSetup = { path: string; customers: number; warmUp: number; seed: number };

const BATCH = 1_000;
const QUANTITIES = ['1', '2', '3', '0.5', '1.25'];
const TAX_RATES = [null, '0', '20', '7.5'];
/** Setup happens the day before the measured calls. */
const SETUP_AT = '2026-06-30T12:00:00.000Z';

export async function buildDrafts(setup: SettlementSetup): Promise<void> {
  removeLedgerFiles(setup.path);
  createBackend({ dbPath: setup.path, now: () => new Date(SETUP_AT), timeZone: 'UTC' }).close();
  const random = createRandom(setup.seed);
  const total = setup.warmUp + setup.customers;
  await withConnection(setup.path, async (base) => {
    const ctx = at(base, SETUP_AT);
    for (let from = 0; from < total; from += BATCH) {
      await inTransaction(base, async () => {
        for (let index = from; index < Math.min(total, from + BATCH); index += 1) {
          const memo =
            index < setup.warmUp
              ? DRAFT_MEMO.warmUp
              : index % 2 === 0
                ? DRAFT_MEMO.full
                : DRAFT_MEMO.part;
          await customerWithDraft(ctx, random, index, memo);
        }
      });
    }
  });
}

async function customerWithDraft(
  ctx: Parameters<typeof direct>[2],
  random: Random,
  index: number,
  memo: string,
): Promise<void> {
  const number = String(index + 1).padStart(5, '0');
  const customer = await direct(
    'customers.create',
    {
      name: `Settlement client ${number}`,
      currency: random.pick(SEED_CURRENCIES),
      paymentTermsDays: 14,
      requestId: `setup-customer-${number}`,
    },
    ctx,
  );
  const draft = await direct(
    'invoices.create',
    {
      customerId: customer.id,
      lines: Array.from({ length: random.int(1, 3) }, (_, line) => ({
        description: `Service ${line + 1}`,
        quantity: random.pick(QUANTITIES),
        unitPrice: centsToText(random.int(2_000, 60_000)),
        taxRate: random.pick(TAX_RATES),
      })),
      memo,
      requestId: `setup-draft-${number}`,
    },
    ctx,
  );
  const totalCents = textToCents(draft.total);
  // Warm-up drafts are covered in part, so they also leave open invoices to warm payments up.
  const creditCents =
    memo === DRAFT_MEMO.full
      ? totalCents + random.int(0, 20_000)
      : Math.max(1, Math.floor((totalCents * random.int(20, 80)) / 100));
  await direct(
    'balance.topUp',
    {
      customerId: customer.id,
      amount: centsToText(creditCents),
      kind: 'paid',
      method: 'bank_transfer',
      requestId: `setup-top-up-${number}`,
    },
    ctx,
  );
}
