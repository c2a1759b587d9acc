/**
 * Expiry of grants. A grant with `expiresOn = D` is usable through day D in the business time
 * zone; when D ends its remaining amount leaves through one `expiration` entry dated at that
 * moment, however late the application gets to it. Runs before anything reads or spends a
 * balance, at start-up, and in the scheduled pass.
 */
import { dateInZone, endOfDate } from '../../../shared/dates.ts';
import { systemBusinessDate } from './business-date.ts';
import { negate, type MinorUnits } from '../../../shared/money.ts';
import { asSystem, type Context } from '../context.ts';
import { writeAudit } from '../audit/write.ts';
import { visitWithin } from '../jobs/time-budget.ts';
import { postEntry, type CustomerRow } from './post-entry.ts';
import { hot } from './hot-queries.ts';

/** How many grants one call expires at most, so no transaction holds the file for long. */
export const EXPIRY_BATCH_MAX = 100;

/**
 * Expires every due grant of one customer and returns the customer row as it now stands.
 * `effectiveOn` dates every expiry it makes (a reversal that gave back a lot already expired
 * expires it again on its own date); otherwise each takes effect when its lot's day ended.
 */
export async function expireCustomer(
  ctx: Context,
  customer: CustomerRow,
  effectiveOn?: string,
): Promise<CustomerRow> {
  const due = await ctx.tx.all(hot(ctx.tx).dueGrantsOfCustomer, {
    customerId: customer.id,
    today: ctx.today,
  });
  let current = customer;
  for (const grant of due) current = await expireGrant(ctx, current, grant, effectiveOn);
  return current;
}

/** Expires due grants of any customer, up to `EXPIRY_BATCH_MAX` and the batch's time budget;
 * returns how many. */
export async function expireDueBatch(ctx: Context): Promise<number> {
  const due = await ctx.tx.all(hot(ctx.tx).dueGrants, {
    today: ctx.today,
    limit: EXPIRY_BATCH_MAX,
  });
  return await visitWithin(due, ctx.batchBudget(), async (grant) => {
    const customer = await ctx.tx.get(hot(ctx.tx).customerById, { id: grant.customerId });
    if (customer) await expireGrant(ctx, customer, grant);
  });
}

type DueGrant = {
  id: string;
  remainingMinor: MinorUnits;
  expiresOn: string | null;
  createdAt: string;
  formedOn: string;
};

async function expireGrant(
  ctx: Context,
  customer: CustomerRow,
  grant: DueGrant,
  effectiveOn?: string,
): Promise<CustomerRow> {
  const system = asSystem(ctx);
  // Dated when the expiry day ended, or when the grant was formed if that was later (credit
  // returned from a voided invoice after its expiry day), so entries never go back in time.
  const dayEnded = endOfDate(grant.expiresOn ?? ctx.today, ctx.timeZone);
  const dayEndedAt = dayEnded.toISOString();
  const occurredAt = dayEndedAt > grant.createdAt ? dayEndedAt : grant.createdAt;
  const posted = await postEntry(system, {
    customer,
    type: 'expiration',
    amountMinor: negate(grant.remainingMinor),
    description: `Credit expired at the end of ${grant.expiresOn}`,
    expiring: { grantId: grant.id, occurredAt },
    effectiveOn: effectiveOn ?? (await expiryDate(ctx, grant, dayEnded)),
  });
  await writeAudit(system, {
    action: 'balance.expire',
    entityType: 'customer',
    entityId: customer.id,
    reason: 'grant expired',
    before: { balanceMinor: customer.balanceMinor },
    after: {
      entryId: posted.entry.id,
      grantId: grant.id,
      balanceMinor: posted.customer.balanceMinor,
    },
  });
  return posted.customer;
}

/**
 * An expiry takes effect on the day after the lot's last day, or on the day the lot was formed if
 * that was later (credit given back after its expiry day), out of any closed period.
 */
async function expiryDate(ctx: Context, grant: DueGrant, dayEnded: Date): Promise<string> {
  const dayAfter = dateInZone(dayEnded, ctx.timeZone);
  const formedOn = grant.formedOn > dayAfter ? grant.formedOn : dayAfter;
  return await systemBusinessDate(ctx, formedOn > ctx.today ? ctx.today : formedOn);
}
