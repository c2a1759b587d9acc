/**
 * The rules of each kind on one row's values, after they were read: what a bookkeeper's
 * opening figures must satisfy. Each broken rule is a {field, why}; the preview names the
 * field's column. Dates are ISO strings, so they compare as text; an opening, issue or history
 * date after today is refused (a book is brought in as it stands, not as it will be), and so is
 * one on or before the book's closing date (a closed period stays as it was sent).
 */
import type { ImportKind } from '../../../shared/contract/schemas/imports.ts';
import type { RowValues } from './row-read.ts';

export type RuleBreach = { field: string; why: string };

const isPositive = (amount: string | null): boolean =>
  amount !== null && !amount.startsWith('-') && /[1-9]/.test(amount);

const RULES: Record<ImportKind, (values: RowValues) => RuleBreach[]> = {
  customers: customerRules,
  opening_lots: lotRules,
  opening_debt: (values) =>
    positive(values, 'amount', 'must be greater than zero: write the debt as the amount owed'),
  open_invoices: invoiceRules,
  balance_history: (values) =>
    values.amount && !/[1-9]/.test(values.amount)
      ? [{ field: 'amount', why: 'must not be zero' }]
      : [],
};

/** The date of each kind that records what already happened, so it cannot be after today. */
const PAST_DATE: Partial<Record<ImportKind, string>> = {
  opening_lots: 'openedOn',
  opening_debt: 'openedOn',
  open_invoices: 'issuedOn',
  balance_history: 'occurredOn',
};

/** The book's dates a row's date must fall between: after `closingDate`, not after `today`. */
export type BookDates = { today: string; closingDate?: string | null | undefined };

/**
 * The kind's rules on one row; `today` is the business date the caller passes in, and a date on
 * or before the book's closing date would change a closed period (SPEC 12), so it is refused too.
 */
export function kindRules(kind: ImportKind, values: RowValues, book: BookDates): RuleBreach[] {
  const field = PAST_DATE[kind];
  const date = field === undefined ? null : values[field];
  return [...RULES[kind](values), ...(field && date ? dateBreaches(field, date, book) : [])];
}

function dateBreaches(field: string, date: string, book: BookDates): RuleBreach[] {
  if (date > book.today) return [{ field, why: `is after today (${book.today})` }];
  const closed = book.closingDate;
  if (closed && date <= closed) {
    return [{ field, why: `is on or before the closing date (${closed}): the books are closed` }];
  }
  return [];
}

function positive(values: RowValues, field: string, why: string): RuleBreach[] {
  const value = values[field];
  return value === null || value === undefined || isPositive(value) ? [] : [{ field, why }];
}

function customerRules(values: RowValues): RuleBreach[] {
  const breaches = [
    ...positive(values, 'hourlyRate', 'must be greater than zero'),
    ...positive(values, 'creditLimit', 'must be greater than zero'),
  ];
  if (values.billingMode === 'credit_limit' && !values.creditLimit) {
    breaches.push({ field: 'creditLimit', why: 'is required for the credit_limit billing mode' });
  }
  if (values.billingMode !== 'credit_limit' && values.creditLimit) {
    breaches.push({ field: 'creditLimit', why: 'applies only to the credit_limit billing mode' });
  }
  return breaches;
}

function lotRules(values: RowValues): RuleBreach[] {
  const kind = values.kind ?? 'paid';
  const breaches = positive(values, 'amount', `a ${kind} lot must be greater than zero`);
  const { expiresOn, openedOn } = values;
  if (expiresOn && openedOn && expiresOn <= openedOn) {
    breaches.push({ field: 'expiresOn', why: `must be after the opening date ${openedOn}` });
  }
  return breaches;
}

function invoiceRules(values: RowValues): RuleBreach[] {
  const breaches = positive(values, 'amountDue', 'must be greater than zero');
  const { issuedOn, dueOn } = values;
  if (issuedOn && dueOn && dueOn < issuedOn) {
    breaches.push({ field: 'dueOn', why: `must not be before the issue date ${issuedOn}` });
  }
  return breaches;
}
