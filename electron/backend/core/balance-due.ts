/**
 * The monthly balance-due invoice (SPEC 4) for credit-limit and post-paid customers. On the 1st,
 * for the month before: the debt that month's charges created (the part of each charge that went
 * below zero), never more than the debt at the month's end not already on an open balance-due
 * invoice, and nothing when nothing is owed. Its lines list the charges behind the debt. Each
 * customer remembers the last month done, so months missed while closed are run in order, once.
 * A month's charges are those recorded in it (`occurred_at`), whatever their business date: a
 * notice once issued is never redone, so a charge dated back into a month already done is billed
 * with the month it was typed in, never lost; each line shows the charge's business date.
 */
import { and, asc, desc, eq, gte, lt, sql } from 'drizzle-orm';
import { addMonthsToMonth, monthOf, startOfDate } from '../../../shared/dates.ts';
import { minor, negate, toMoney, ZERO_MINOR } from '../../../shared/money.ts';
import { asSystem, type Context } from '../context.ts';
import type { Db } from '../db/open.ts';
import { customers, invoices, ledgerEntries } from '../db/schema.ts';
import type { CustomerRow, EntryRow } from './post-entry.ts';
import { monthPeriod } from './calendar-period.ts';
import { unpaidNoticesOf } from './past-due.ts';
import { createDraft, issueDraft } from './invoice-lifecycle.ts';

type DebtCharge = { entry: EntryRow; debtMinor: number };

/** The instants the month starts and the next one starts, in the book's time zone. */
function monthBounds(month: string, ctx: Context): { start: string; end: string } {
  const period = monthPeriod(month);
  const instant = (day: string) => startOfDate(day, ctx.timeZone).toISOString();
  return { start: instant(period.from), end: instant(period.next) };
}

const p = (name: string) => sql.placeholder(name);

/** A month's queries for one customer, prepared once per storage: the monthly pass runs them
 * for every customer it visits. */
function prepareBalanceDueQueries(db: Db) {
  return {
    chargesBetween: db
      .select()
      .from(ledgerEntries)
      .where(
        and(
          eq(ledgerEntries.customerId, p('customerId')),
          eq(ledgerEntries.type, 'charge'),
          gte(ledgerEntries.occurredAt, p('start')),
          lt(ledgerEntries.occurredAt, p('end')),
        ),
      )
      .orderBy(asc(ledgerEntries.seq))
      .prepare(),
    lastBefore: db
      .select({ balanceAfterMinor: ledgerEntries.balanceAfterMinor })
      .from(ledgerEntries)
      .where(
        and(eq(ledgerEntries.customerId, p('customerId')), lt(ledgerEntries.occurredAt, p('end'))),
      )
      .orderBy(desc(ledgerEntries.seq))
      .limit(1)
      .prepare(),
    openNotices: db
      .select({ dueMinor: invoices.amountDueMinor })
      .from(invoices)
      .where(unpaidNoticesOf(p('customerId')))
      .prepare(),
    setDoneThrough: db
      .update(customers)
      .set({ balanceDueThrough: p('month') as never })
      .where(eq(customers.id, p('id')))
      .prepare(),
  };
}

const queries = (ctx: Context) => ctx.tx.prepared('balanceDue', prepareBalanceDueQueries);

/** Each charge of the month with the part of it that went below zero. */
async function chargesCreatingDebt(
  ctx: Context,
  customerId: string,
  month: string,
): Promise<DebtCharge[]> {
  const bounds = monthBounds(month, ctx);
  const rows = await ctx.tx.all(queries(ctx).chargesBetween, {
    customerId,
    start: bounds.start,
    end: bounds.end,
  });
  return rows
    .map((entry) => {
      const debtAfter = Math.max(negate(entry.balanceAfterMinor), 0);
      const debtBefore = Math.max(-(entry.balanceAfterMinor - entry.amountMinor), 0);
      return { entry, debtMinor: debtAfter - debtBefore };
    })
    .filter((charge) => charge.debtMinor > 0);
}

async function debtAtMonthEnd(ctx: Context, customerId: string, month: string): Promise<number> {
  const last = await ctx.tx.get(queries(ctx).lastBefore, {
    customerId,
    end: monthBounds(month, ctx).end,
  });
  return Math.max(negate(last?.balanceAfterMinor ?? ZERO_MINOR), 0);
}

async function alreadyInvoiced(ctx: Context, customerId: string): Promise<number> {
  return (await ctx.tx.all(queries(ctx).openNotices, { customerId })).reduce(
    (sum, invoice) => sum + invoice.dueMinor,
    0,
  );
}

/** The newest charges first until the amount is covered, then back in date order. */
function linesFor(charges: DebtCharge[], amountMinor: number, currency: string) {
  const lines = [];
  let left = amountMinor;
  for (const charge of [...charges].reverse()) {
    if (left === 0) break;
    const taken = Math.min(left, charge.debtMinor);
    left -= taken;
    const date = charge.entry.effectiveOn;
    lines.push({
      description: `${date} ${charge.entry.description ?? 'Charge'}`,
      quantity: '1',
      unitPrice: toMoney(minor(taken), currency),
    });
  }
  return lines.reverse();
}

/** Records `month` as the last month done for the customer. */
export async function markMonthDone(ctx: Context, customerId: string, month: string) {
  await ctx.tx.run(queries(ctx).setDoneThrough, { month, id: customerId });
}

/** Runs one month for one customer; returns whether an invoice was issued. */
export async function runBalanceDueMonth(
  ctx: Context,
  customer: CustomerRow,
  month: string,
): Promise<boolean> {
  const charges = await chargesCreatingDebt(ctx, customer.id, month);
  const created = charges.reduce((sum, charge) => sum + charge.debtMinor, 0);
  const uninvoiced =
    (await debtAtMonthEnd(ctx, customer.id, month)) - (await alreadyInvoiced(ctx, customer.id));
  const amountMinor = Math.min(created, uninvoiced);
  await markMonthDone(ctx, customer.id, month);
  if (amountMinor <= 0) return false;
  const system = asSystem(ctx);
  const draft = await createDraft(system, customer, {
    kind: 'balance_due',
    lines: linesFor(charges, amountMinor, customer.currency),
    issueDate: monthPeriod(month).next,
    memo: `Charges of ${month} that went beyond the prepaid balance`,
    origin: `balance_due:${month}`,
  });
  await issueDraft(system, customer, draft);
  return true;
}

/** The months still to run for a customer, oldest first, up to the month before today. */
export function monthsDue(customer: CustomerRow, today: string): string[] {
  const last = addMonthsToMonth(monthOf(today), -1);
  const months: string[] = [];
  let month = customer.balanceDueThrough ?? last;
  while (month < last) {
    month = addMonthsToMonth(month, 1);
    months.push(month);
  }
  return months;
}
