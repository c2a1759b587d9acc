/**
 * Bringing a customer up to date: every grant due to expire expired (SPEC 2) and the credit-limit
 * block refreshed (SPEC 4). A named step each handler calls itself, after its read-only checks and
 * before it reads or spends that customer's balance; no lookup and no router does it on the side.
 * A channel that shows the balances of many customers brings them up to date first as well.
 */
import type { Context } from '../context.ts';
import { refreshBlock } from './credit-block.ts';
import type { CustomerRow } from './post-entry.ts';
import { expireCustomer, expireDueBatch } from './expiry.ts';

/** The customer as the rules see it now; returns the row as it stands after the step. */
export async function bringUpToDate(ctx: Context, customer: CustomerRow): Promise<CustomerRow> {
  const expired = await expireCustomer(ctx, customer);
  return (await refreshBlock(ctx, expired)).customer;
}

/** Each of a page of customers up to date, in order. */
export async function bringAllUpToDate(
  ctx: Context,
  customers: readonly CustomerRow[],
): Promise<CustomerRow[]> {
  const current: CustomerRow[] = [];
  for (const customer of customers) current.push(await bringUpToDate(ctx, customer));
  return current;
}

/** Every due grant of the book expired, in this call's transaction (sums over all customers). */
export async function expireEveryDueGrant(ctx: Context): Promise<void> {
  while ((await expireDueBatch(ctx)) > 0) {
    // Each batch expires up to EXPIRY_BATCH_MAX grants; the loop ends when none is due.
  }
}
