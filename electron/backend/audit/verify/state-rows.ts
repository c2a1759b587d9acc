/**
 * The stored rows of customers, users, the settings and invoices, shown with the field names and
 * values their audit events use (money as decimal strings, flags as booleans), read as streams.
 */
import type Database from 'better-sqlite3';
import { minor, toMoney, toMoneyOrNull } from '../../../../shared/money.ts';

type Projected = Record<string, unknown> & { id: string };

export function* projectCustomer(sqlite: Database.Database): Generator<Projected> {
  const rows = sqlite
    .prepare(
      `SELECT id, name, currency, email, address, billing_mode, credit_limit_minor,
         credit_limit_blocked, payment_terms_days, hourly_rate_minor, auto_apply_credit
       FROM customers`,
    )
    .iterate() as IterableIterator<Record<string, string | number | null> & { id: string }>;
  for (const row of rows) {
    const currency = String(row.currency);
    yield {
      id: row.id,
      name: row.name,
      currency,
      email: row.email,
      address: row.address,
      billingMode: row.billing_mode,
      creditLimit: toMoneyOrNull(row.credit_limit_minor as number | null, currency),
      creditLimitBlocked: row.credit_limit_blocked === 1,
      paymentTermsDays: row.payment_terms_days,
      hourlyRate: toMoneyOrNull(row.hourly_rate_minor as number | null, currency),
      autoApplyCredit: row.auto_apply_credit === 1,
    };
  }
}

export function* projectUser(sqlite: Database.Database): Generator<Projected> {
  const rows = sqlite
    .prepare('SELECT id, name, role, pin_hash, removed_at FROM users')
    .iterate() as IterableIterator<{
    id: string;
    name: string;
    role: string;
    pin_hash: string | null;
    removed_at: string | null;
  }>;
  for (const row of rows) {
    const { id, name, role } = row;
    yield { id, name, role, hasPin: row.pin_hash !== null, removedAt: row.removed_at };
  }
}

/** Every column, named as the settings are named outside SQLite; flags as booleans. */
export function* projectSettings(sqlite: Database.Database): Generator<Projected> {
  const row = sqlite.prepare('SELECT * FROM settings WHERE id = 1').get() as
    Record<string, unknown> | undefined;
  if (row === undefined) return;
  yield {
    ...Object.fromEntries(Object.entries(row).map(([column, value]) => [camelCase(column), value])),
    id: 'settings',
  };
}

export function* projectInvoice(sqlite: Database.Database): Generator<Projected> {
  const rows = sqlite
    .prepare(
      `SELECT id, customer_id, kind, status, currency, number, issue_date, due_date,
         subtotal_minor, tax_minor, total_minor, amount_due_minor FROM invoices`,
    )
    .iterate() as IterableIterator<Record<string, string | number | null> & { id: string }>;
  for (const row of rows) {
    const currency = String(row.currency);
    const money = (value: unknown) => toMoney(minor(Number(value)), currency);
    yield {
      id: row.id,
      status: row.status,
      customerId: row.customer_id,
      kind: row.kind,
      currency,
      number: row.number,
      issueDate: row.issue_date,
      dueDate: row.due_date,
      subtotal: money(row.subtotal_minor),
      tax: money(row.tax_minor),
      total: money(row.total_minor),
      // What is owed, as the engine reports it: a void invoice owes nothing (invoices/repo.ts).
      amountDue: money(row.status === 'void' ? 0 : row.amount_due_minor),
    };
  }
}

function camelCase(column: string): string {
  return column.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}
