/**
 * `balance.reverse` (SPEC 12): a reversal entry, linked to the original, that puts back exactly
 * the lots the original created or consumed (core/reversal-lots.ts). Refused for a reversal, an
 * entry a document owns or an expiry (rules.ts: reversalBar), an entry reversed already, and a
 * credit whose lot has been spent since (naming what spent it). Like an adjustment it is a
 * correction, not bound by the billing mode; it takes effect on the day it is recorded, and a lot
 * it gives back that has expired since expires again at once, on that day.
 */
import { AppError } from '../../../../shared/errors.ts';
import { compareForSpending } from '../../ledger/grant-order.ts';
import { minor, negate, toMoney } from '../../../../shared/money.ts';
import { writeAudit } from '../../audit/write.ts';
import type { Context } from '../../context.ts';
import type { Handler } from '../../handler.ts';
import { toBalance, toPostedEntry } from '../../core/balances.ts';
import { requireCustomer } from '../../core/customers.ts';
import { refreshBlock } from '../../core/credit-block.ts';
import { expireCustomer } from '../../core/expiry.ts';
import { postEntry, type CustomerRow, type EntryRow } from '../../core/post-entry.ts';
import type { ReversalLots } from '../../core/reversal-lots.ts';
import { requireReason } from '../../core/require.ts';
import { bringUpToDate } from '../../core/up-to-date.ts';
import { allocationsOf, entryById, firstSpenderOf, lotOf, reversalOf } from './repo.ts';
import { reversalBar } from './rules.ts';

const FIELD = 'entryId';

export const reverse: Handler<'balance.reverse'> = async (input, ctx) => {
  const reason = requireReason(input.reason);
  const original = await entryById(ctx, input.entryId);
  if (!original) throw new AppError('NOT_FOUND', `No ledger entry ${input.entryId}`, FIELD);
  const found = await requireCustomer(ctx, original.customerId);
  if (found.archivedAt !== null) {
    const message = 'This customer is archived: unarchive them before reversing an entry';
    throw new AppError('CONFLICT', message, FIELD);
  }
  await refuseReversal(ctx, original);
  const customer = await bringUpToDate(ctx, found);
  const posted = await postEntry(ctx, {
    customer,
    type: 'reversal',
    amountMinor: negate(original.amountMinor),
    reason,
    description: `Reversal of entry #${original.seq}`,
    reverses: await lotsToReverse(ctx, original),
    field: FIELD,
  });
  const expired = await expireCustomer(ctx, posted.customer, ctx.today);
  const current = (await refreshBlock(ctx, expired)).customer;
  const entry = toPostedEntry(posted, current.currency);
  await audit(ctx, { customer, original, entry: posted.entry, reason });
  return { entry, balance: await toBalance(ctx, current) };
};

async function refuseReversal(ctx: Context, original: EntryRow): Promise<void> {
  const bar = reversalBar(original);
  if (bar !== null) throw new AppError('CONFLICT', bar, FIELD);
  const reversal = await reversalOf(ctx, original.id);
  if (reversal) {
    const message = `This entry was reversed already, by entry #${reversal.seq}`;
    throw new AppError('CONFLICT', message, FIELD);
  }
  if (original.amountMinor < 0 || original.grantId === null) return;
  const lot = await lotOf(ctx, original.grantId);
  if (!lot || lot.remainingMinor === lot.originalMinor) return;
  const spender = await firstSpenderOf(ctx, original.grantId);
  const by = spender?.invoiceNumber
    ? `invoice ${spender.invoiceNumber} (entry #${spender.seq})`
    : `entry #${spender?.seq ?? '?'} (${spender?.type ?? 'a debit'})`;
  throw new AppError(
    'CONFLICT',
    `The credit this entry gave has been spent since, by ${by}`,
    FIELD,
  );
}

/** The lot a credit formed, or what a debit took from each lot, in the order to give it back. */
async function lotsToReverse(ctx: Context, original: EntryRow): Promise<ReversalLots> {
  if (original.amountMinor > 0) {
    const lot = original.grantId ? await lotOf(ctx, original.grantId) : undefined;
    const takeFirst =
      lot && lot.entryId === original.id
        ? { grantId: lot.id, amountMinor: lot.remainingMinor }
        : undefined;
    return takeFirst ? { entryId: original.id, takeFirst } : { entryId: original.id };
  }
  const taken = await allocationsOf(ctx, original.id);
  const restore = taken
    .sort(compareForSpending)
    .reverse()
    .map((allocation) => ({ grantId: allocation.grantId, amountMinor: allocation.amountMinor }));
  return { entryId: original.id, restore };
}

type Reversed = { customer: CustomerRow; original: EntryRow; entry: EntryRow; reason: string };

async function audit(ctx: Context, reversed: Reversed): Promise<void> {
  const { customer, original, entry } = reversed;
  const money = (value: number) => toMoney(minor(value), customer.currency);
  await writeAudit(ctx, {
    action: 'balance.reverse',
    entityType: 'customer',
    entityId: customer.id,
    reason: reversed.reason,
    before: { balance: money(customer.balanceMinor), entryId: original.id },
    after: {
      entryId: entry.id,
      reversesEntryId: original.id,
      amount: money(entry.amountMinor),
      balance: money(entry.balanceAfterMinor),
    },
  });
}
