/**
 * Past due (SPEC 3), in one place for both readings: `isPastDue` decides it for one invoice (the
 * `pastDue` flag every Invoice carries) and `pastDueWhere` is the same rule as a query condition
 * (`invoices.list` `pastDue`), so a list filtered by the engine and the flags it shows agree. An
 * invoice is past due when it is issued and still open, owes something, and its due date is
 * before today in the business time zone: due today is not yet past due.
 */
import {
  and,
  eq,
  gt,
  inArray,
  isNotNull,
  lt,
  notInArray,
  type Placeholder,
  type SQL,
} from 'drizzle-orm';
import type { InvoiceKind, InvoiceStatus } from '../../../shared/contract/types.ts';
import { ZERO_MINOR } from '../../../shared/money.ts';
import { invoices } from '../db/schema.ts';

/** `all`: every past-due invoice; `debt`: past-due debt, as the dashboard's overdue figure. */
export type PastDueScope = 'all' | 'debt';

/**
 * Never overdue debt (docs/rules.md): a top-up invoice asks for prepayment the customer may
 * decline; a balance-due invoice is a notice of debt already on the balance (SPEC 12), counted
 * there once and shown apart on the dashboard.
 */
const NEVER_DEBT: InvoiceKind[] = ['top_up', 'balance_due'];

type DueFacts = { status: InvoiceStatus; dueDate: string | null; amountDueMinor: number };

/**
 * A customer's balance-due notices still unpaid (open or uncollectible): what the monthly notice
 * deducts as already invoiced, and what blocks a credit limit once past its due date (SPEC 4).
 */
export function unpaidNoticesOf(customerId: Placeholder): SQL | undefined {
  return and(
    eq(invoices.customerId, customerId),
    eq(invoices.kind, 'balance_due'),
    inArray(invoices.status, ['open', 'uncollectible']),
  );
}

export function isPastDue(invoice: DueFacts, today: string): boolean {
  return (
    invoice.status === 'open' &&
    invoice.amountDueMinor > 0 &&
    invoice.dueDate !== null &&
    invoice.dueDate < today
  );
}

/** `today` may be a placeholder, for a query prepared once. */
export function pastDueWhere(today: string | Placeholder, scope: PastDueScope): SQL | undefined {
  return and(
    eq(invoices.status, 'open'),
    gt(invoices.amountDueMinor, ZERO_MINOR),
    isNotNull(invoices.dueDate),
    lt(invoices.dueDate, today),
    scope === 'debt' ? notInArray(invoices.kind, NEVER_DEBT) : undefined,
  );
}
