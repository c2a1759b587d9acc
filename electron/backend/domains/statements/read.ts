/**
 * Builds a statement (SPEC 8) from the ledger alone, by business date (SPEC 12): the opening
 * balance is the sum of the entries that took effect before the range, every entry taking effect
 * in the range follows in date order with its running balance, so opening + entries = closing
 * always, and a payment dated back lands in the month it was received. Receivables are taken as they stood at the end of the
 * range's last day, then aged by days past due.
 */
import { allocationsOfEntries } from '../../core/balances.ts';
import { lotsOf } from '../../core/entry-details.ts';
import { hoursWorked, toHoursBudget } from '../../core/hours-budget.ts';
import type {
  AgeingBucket,
  LedgerEntryType,
  OpenReceivable,
  Statement,
  StatementEntry,
  StatementHours,
} from '../../../../shared/contract/types.ts';
import { addDays, daysBetween, startOfDate } from '../../../../shared/dates.ts';
import { AppError, assert } from '../../../../shared/errors.ts';
import { minor, sumExact, toMoney, toMoneyExact } from '../../../../shared/money.ts';
import type { Context } from '../../context.ts';
import type { CustomerRow } from '../../core/post-entry.ts';
import { requireCustomer, toCustomer } from '../../core/customers.ts';
import { bringUpToDate } from '../../core/up-to-date.ts';
import { toInvoice, type InvoiceRow } from '../../core/invoices.ts';
import { toPayment } from '../../core/payments.ts';
import { inTurn } from '../../storage/in-turn.ts';
import { statementHours } from '../../statement-summary/hours.ts';
import { netLine, type NetLine } from '../../statement-summary/net-line.ts';
import {
  appliedSumsThrough,
  balanceBefore,
  businessDetails,
  creditedBefore,
  entriesBetween,
  invoiceNumbersOf,
  issuedThrough,
  paidThrough,
  paymentsBetween,
} from './repo.ts';

/** A statement covers at most this many days, so one request stays bounded. */
export const STATEMENT_DAYS_MAX = 3660;

export type Range = { customerId: string; from: string; to: string };

export async function readStatement(ctx: Context, range: Range): Promise<Statement> {
  if (range.from > range.to) throw new AppError('VALIDATION', 'from must not be after to', 'from');
  if (daysBetween(range.from, range.to) > STATEMENT_DAYS_MAX) {
    throw new AppError('VALIDATION', 'A statement covers at most ten years', 'to');
  }
  const customer = await bringUpToDate(ctx, await requireCustomer(ctx, range.customerId));
  const endAt = startOfDate(addDays(range.to, 1), ctx.timeZone).toISOString();
  const money = (value: number) => toMoney(minor(value), customer.currency);
  const openingMinor = await balanceBefore(ctx, customer.id, range.from);
  assert(Number.isSafeInteger(openingMinor), 'an opening balance is a safe integer');
  const rows = await entriesBetween(ctx, customer.id, range);
  const numbers = await invoiceNumbers(ctx, customer.id);
  // The running balance follows the business dates, so it is computed here rather than read from
  // each entry's balance after (which follows the order entries were recorded in).
  let runningMinor = openingMinor;
  const entries: StatementEntry[] = rows.map((row) => ({
    id: row.id,
    seq: row.seq,
    occurredAt: row.occurredAt,
    date: row.effectiveOn,
    type: row.type as LedgerEntryType,
    description: row.description,
    reason: row.reason,
    amount: money(row.amountMinor),
    runningBalance: money((runningMinor += row.amountMinor)),
    invoiceId: row.invoiceId,
    invoiceNumber: row.invoiceId === null ? null : (numbers.get(row.invoiceId) ?? null),
    paymentId: row.paymentId,
    creditNoteId: row.creditNoteId,
    actorId: row.actorId,
  }));
  await addLots(ctx, entries, customer.currency);
  const closingMinor = runningMinor;
  // Ten years of entries may sum past a safe integer: the totals are exact.
  const credits = sumExact(rows.flatMap((row) => (row.amountMinor > 0 ? [row.amountMinor] : [])));
  const debits = sumExact(rows.flatMap((row) => (row.amountMinor < 0 ? [row.amountMinor] : [])));
  const receivables = await openReceivables(ctx, customer, range.to, endAt);
  const business = await businessDetails(ctx);
  const budgetDay = range.to < ctx.today ? range.to : ctx.today;
  const hoursBudget = await toHoursBudget(ctx, customer, budgetDay);
  const closingBalance = money(closingMinor);
  const line = netLine({
    currency: customer.currency,
    closingBalance,
    openReceivables: receivables.openReceivables,
  });
  const hours = await hoursOf(ctx, customer, range, line);
  return {
    business,
    customer: toCustomer(customer),
    currency: customer.currency,
    from: range.from,
    to: range.to,
    openingBalance: money(openingMinor),
    closingBalance,
    totalCredits: toMoneyExact(credits, customer.currency),
    totalDebits: toMoneyExact(debits, customer.currency),
    entries,
    invoices: await issuedInRange(ctx, customer.id, range),
    payments: (await paymentsBetween(ctx, range)).map((row) => toPayment(row, customer.currency)),
    ...receivables,
    ...(hoursBudget ? { hoursBudget } : {}),
    ...(hours ? { hours } : {}),
    netLine: line,
    generatedAt: ctx.nowAt,
  };
}

/** Gives each debit that took from lots its lots (the PDF's lot line). */
async function addLots(ctx: Context, entries: StatementEntry[], currency: string): Promise<void> {
  const debits = entries.filter((entry) => entry.amount.startsWith('-'));
  const allocations = await allocationsOfEntries(
    ctx,
    debits.map((entry) => entry.id),
  );
  const lots = lotsOf(allocations, currency);
  for (const entry of debits) {
    const taken = lots.get(entry.id);
    if (taken !== undefined && taken.length > 0) entry.lots = taken;
  }
}

/** Hours used in the range and what the credit buys, when the customer has an hourly rate. */
async function hoursOf(
  ctx: Context,
  customer: CustomerRow,
  range: Range,
  line: NetLine,
): Promise<StatementHours | null> {
  if (customer.hourlyRateMinor === null) return null;
  return statementHours({
    hourlyRate: toMoney(customer.hourlyRateMinor, customer.currency),
    used: await hoursWorked(ctx, customer.id, range),
    netLine: line,
  });
}

async function invoiceNumbers(ctx: Context, customerId: string): Promise<Map<string, string>> {
  const rows = await invoiceNumbersOf(ctx, customerId);
  return new Map(
    rows.filter((row) => row.number !== null).map((row) => [row.id, row.number ?? '']),
  );
}

async function issuedInRange(ctx: Context, customerId: string, range: Range) {
  const rows = (await issuedThrough(ctx, customerId, range.to)).filter(
    (row) => (row.issueDate ?? '') >= range.from,
  );
  return inTurn(rows, async (row) => {
    const invoice = await toInvoice(ctx, row, []);
    const { lines: _lines, pastDue: _pastDue, ...rest } = invoice;
    return {
      id: rest.id,
      number: rest.number,
      kind: rest.kind,
      status: rest.status,
      issueDate: rest.issueDate,
      dueDate: rest.dueDate,
      total: rest.total,
      creditApplied: rest.creditApplied,
      amountPaid: rest.amountPaid,
      creditNoted: rest.creditNoted,
      amountDue: rest.amountDue,
      voidReason: rest.voidReason ?? null,
    };
  });
}

/**
 * Credit applied to each of the customer's invoices through the range's last day (by business date), in one pass over their
 * entries (ledger entries have no index by invoice: one query per invoice would walk them all
 * each time).
 */
async function appliedThrough(
  ctx: Context,
  customerId: string,
  to: string,
): Promise<Map<string, number>> {
  const rows = await appliedSumsThrough(ctx, customerId, to);
  return new Map(
    rows.flatMap((row) => (row.invoiceId === null ? [] : [[row.invoiceId, -row.amountMinor]])),
  );
}

/** What was due on an invoice at `endAt`: its total less what settled it before then. */
async function dueAt(
  ctx: Context,
  invoice: InvoiceRow,
  applied: Map<string, number>,
  range: { to: string; endAt: string },
): Promise<number> {
  const { to, endAt } = range;
  const paid = (await paidThrough(ctx, invoice.id, to)).reduce(
    (sum, row) => sum + row.amountMinor,
    0,
  );
  const credited = (await creditedBefore(ctx, invoice.id, endAt)).reduce(
    (sum, row) => sum + row.amountMinor,
    0,
  );
  const appliedMinor = applied.get(invoice.id) ?? 0;
  return Math.max(invoice.totalMinor - appliedMinor - paid - credited, 0);
}

export function bucketOf(daysPastDue: number): AgeingBucket {
  if (daysPastDue <= 0) return 'current';
  if (daysPastDue <= 30) return 'd1_30';
  if (daysPastDue <= 60) return 'd31_60';
  if (daysPastDue <= 90) return 'd61_90';
  return 'over90';
}

async function openReceivables(ctx: Context, customer: CustomerRow, to: string, endAt: string) {
  const money = (value: number) => toMoney(minor(value), customer.currency);
  const exact = (value: bigint) => toMoneyExact(value, customer.currency);
  // Many open invoices may sum past a safe integer: the ageing totals are exact.
  const totals: Record<AgeingBucket, bigint> = {
    current: 0n,
    d1_30: 0n,
    d31_60: 0n,
    d61_90: 0n,
    over90: 0n,
  };
  const open: OpenReceivable[] = [];
  const applied = await appliedThrough(ctx, customer.id, to);
  for (const invoice of await issuedThrough(ctx, customer.id, to)) {
    if (invoice.closedAt !== null && invoice.closedAt < endAt) continue;
    const dueMinor = await dueAt(ctx, invoice, applied, { to, endAt });
    if (dueMinor === 0 || invoice.issueDate === null || invoice.dueDate === null) continue;
    const daysPastDue = daysBetween(invoice.dueDate, to);
    const bucket = bucketOf(daysPastDue);
    totals[bucket] += BigInt(dueMinor);
    open.push({
      id: invoice.id,
      number: invoice.number,
      kind: invoice.kind,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      amountDue: money(dueMinor),
      daysPastDue: Math.max(daysPastDue, 0),
      bucket,
    });
  }
  return {
    openReceivables: open,
    ageing: {
      current: exact(totals.current),
      d1_30: exact(totals.d1_30),
      d31_60: exact(totals.d31_60),
      d61_90: exact(totals.d61_90),
      over90: exact(totals.over90),
    },
    totalReceivable: exact(sumExact(Object.values(totals))),
  };
}
