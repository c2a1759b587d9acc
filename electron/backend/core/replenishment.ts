/**
 * Replenishment (SPEC 5). When a debit takes the balance below the customer's threshold and no
 * replenishment invoice is open, a `top_up` invoice for the agreed amount is issued; `once`
 * switches itself off after firing. Suppressed while the balance is negative (a customer switched
 * back to prepaid with a debt gets no automatic top-up until the balance is zero or more).
 */
import { and, eq, gt, lt, ne, sql } from 'drizzle-orm';
import { minor, toMoney, ZERO_MINOR } from '../../../shared/money.ts';
import { asSystem, type Context } from '../context.ts';
import type { Db } from '../db/open.ts';
import { customers, invoices, ledgerEntries } from '../db/schema.ts';
import type { CustomerRow } from './post-entry.ts';
import { createDraft, issueDraft } from './invoice-lifecycle.ts';
import type { InvoiceRow } from './invoices.ts';

export const REPLENISHMENT_ORIGIN = 'replenishment';

function isBelowThreshold(customer: CustomerRow): boolean {
  const threshold = customer.replenishmentThresholdMinor;
  return (
    customer.replenishmentEnabled &&
    threshold !== null &&
    customer.replenishmentAmountMinor !== null &&
    customer.balanceMinor >= 0 &&
    customer.balanceMinor < threshold
  );
}

const p = (name: string) => sql.placeholder(name);

/** What every debit below a customer's threshold asks, prepared once per storage. */
function prepareReplenishmentQueries(db: Db) {
  return {
    debitSince: db
      .select({ seq: ledgerEntries.seq })
      .from(ledgerEntries)
      .where(
        and(
          eq(ledgerEntries.customerId, p('customerId')),
          gt(ledgerEntries.seq, p('afterSeq')),
          lt(ledgerEntries.amountMinor, ZERO_MINOR),
          ne(ledgerEntries.type, 'refund'),
        ),
      )
      .limit(1)
      .prepare(),
    openReplenishment: db
      .select({ id: invoices.id })
      .from(invoices)
      .where(
        and(
          eq(invoices.customerId, p('customerId')),
          eq(invoices.origin, REPLENISHMENT_ORIGIN),
          eq(invoices.status, 'open'),
        ),
      )
      .limit(1)
      .prepare(),
  };
}

const queries = (ctx: Context) => ctx.tx.prepared('replenishment', prepareReplenishmentQueries);

async function hasDebitSinceLastReplenishment(
  ctx: Context,
  customer: CustomerRow,
): Promise<boolean> {
  const debit = await ctx.tx.get(queries(ctx).debitSince, {
    customerId: customer.id,
    afterSeq: customer.replenishmentAfterSeq,
  });
  return debit !== undefined;
}

async function hasOpenReplenishment(ctx: Context, customer: CustomerRow): Promise<boolean> {
  const open = await ctx.tx.get(queries(ctx).openReplenishment, { customerId: customer.id });
  return open !== undefined;
}

/** Issues a replenishment invoice if the rules call for one; returns the customer as it stands. */
export async function replenishIfDue(
  ctx: Context,
  customer: CustomerRow,
): Promise<{ customer: CustomerRow; issued: boolean; invoice: InvoiceRow | null }> {
  const none = { customer, issued: false, invoice: null };
  const amountMinor = customer.replenishmentAmountMinor;
  if (amountMinor === null || !isBelowThreshold(customer)) return none;
  if (
    !(await hasDebitSinceLastReplenishment(ctx, customer)) ||
    (await hasOpenReplenishment(ctx, customer))
  ) {
    return none;
  }
  const system = asSystem(ctx);
  const amount = toMoney(minor(amountMinor), customer.currency);
  const draft = await createDraft(system, customer, {
    kind: 'top_up',
    lines: [{ description: 'Prepaid budget replenishment', quantity: '1', unitPrice: amount }],
    memo: 'Issued because the balance fell below the replenishment threshold',
    origin: REPLENISHMENT_ORIGIN,
  });
  const issued = await issueDraft(system, customer, draft);
  const changes = {
    replenishmentAfterSeq: issued.customer.lastSeq,
    replenishmentEnabled: customer.replenishmentRecurrence === 'always',
  };
  await ctx.tx.run(ctx.tx.db.update(customers).set(changes).where(eq(customers.id, customer.id)));
  return { customer: { ...issued.customer, ...changes }, issued: true, invoice: issued.invoice };
}
