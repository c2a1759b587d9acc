/**
 * Returning credit applied to an invoice that is voided. The credit comes back as it left: one
 * `unapplied_from_invoice` entry per grant it was taken from, each forming a grant of the same
 * kind and expiry, so promotional credit stays non-refundable and expiring credit still expires.
 */
import { and, eq, sql } from 'drizzle-orm';
import { assert } from '../../../shared/errors.ts';
import { addMinor, sumMinor } from '../../../shared/money.ts';
import type { Context } from '../context.ts';
import type { Db } from '../db/open.ts';
import { grantAllocations, grants, ledgerEntries } from '../db/schema.ts';
import { expireCustomer } from './expiry.ts';
import { compareForSpending } from '../ledger/grant-order.ts';
import { postEntry, type CustomerRow } from './post-entry.ts';
import type { InvoiceRow } from './invoices.ts';

/** The lots credit applied to an invoice was taken from, with what each gave. */
function prepareTaken(db: Db) {
  return db
    .select({
      id: grants.id,
      kind: grants.kind,
      expiresOn: grants.expiresOn,
      createdSeq: grants.createdSeq,
      remainingMinor: grants.remainingMinor,
      amountMinor: grantAllocations.amountMinor,
    })
    .from(ledgerEntries)
    .innerJoin(grantAllocations, eq(grantAllocations.entryId, ledgerEntries.id))
    .innerJoin(grants, eq(grants.id, grantAllocations.grantId))
    .where(
      and(
        eq(ledgerEntries.invoiceId, sql.placeholder('invoiceId')),
        eq(ledgerEntries.type, 'applied_to_invoice'),
      ),
    )
    .prepare();
}

export async function returnAppliedCredit(
  ctx: Context,
  customer: CustomerRow,
  invoice: InvoiceRow,
): Promise<CustomerRow> {
  const taken = await ctx.tx.all(ctx.tx.prepared('unapply.taken', prepareTaken), {
    invoiceId: invoice.id,
  });
  const byGrant = new Map<string, (typeof taken)[number]>();
  for (const row of taken) {
    const seen = byGrant.get(row.id);
    byGrant.set(
      row.id,
      seen ? { ...seen, amountMinor: addMinor(seen.amountMinor, row.amountMinor) } : row,
    );
  }
  const total = sumMinor(taken.map((row) => row.amountMinor));
  assert(
    total === invoice.creditAppliedMinor,
    () => `invoice ${invoice.id}: applied credit has no grants`,
  );
  let current = customer;
  for (const grant of [...byGrant.values()].sort(compareForSpending)) {
    current = (
      await postEntry(ctx, {
        customer: current,
        type: 'unapplied_from_invoice',
        amountMinor: grant.amountMinor,
        description: `Credit returned from voided invoice ${invoice.number ?? invoice.id}`,
        links: { invoiceId: invoice.id },
        grant: { kind: grant.kind, expiresOn: grant.expiresOn },
        field: 'invoiceId',
      })
    ).customer;
  }
  // Credit whose expiry day has passed since it was applied expires again at once.
  return expireCustomer(ctx, current);
}
