/** What follows every debit a person makes: replenishment, if the rules call for it. */
import type { Context } from '../../context.ts';
import type { CustomerRow } from '../../ledger/post-entry.ts';
import { replenishIfDue } from './replenishment.ts';

export function afterDebit(ctx: Context, customer: CustomerRow): CustomerRow {
  return replenishIfDue(ctx, customer).customer;
}
