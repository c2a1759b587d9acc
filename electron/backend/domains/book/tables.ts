/**
 * The files of the whole-book export: for each table its file name, a line saying what it holds,
 * and its columns in order, each with the kind of cell it prints (csv.ts). A column's header is
 * the name its query gives it (repo.ts); `from` names another query column when the cell is
 * derived (an entry's business date from the instant it was recorded).
 */
import type { BookTable } from './repo.ts';

export type CellKind =
  /** One line of text; a line break becomes a space. Formula-safe. */
  | 'text'
  /** Text that may hold several lines (an address, a memo, a reason); they are kept. */
  | 'lines'
  /** Minor units printed as a decimal string in the row's `currency`. Never prefixed. */
  | 'money'
  /** A decimal string kept as such (hours, a quantity, a tax rate). */
  | 'decimal'
  | 'date'
  | 'instant'
  /** The business date (in the book's time zone) of the instant in column `from`. */
  | 'businessDate'
  | 'count'
  | 'flag'
  | 'json';

export type ColumnSpec = { header: string; kind: CellKind; from?: string };

export type TableSpec = { table: BookTable; file: string; about: string; columns: ColumnSpec[] };

const col = (header: string, kind: CellKind, from?: string): ColumnSpec =>
  from === undefined ? { header, kind } : { header, kind, from };

const ids = (...headers: string[]) => headers.map((header) => col(header, 'text'));
const money = (...headers: string[]) => headers.map((header) => col(header, 'money'));
const person = (alias: string) => [col(`${alias}_id`, 'text'), col(alias, 'text')];
const customer = ids('customer_id', 'customer_name');

const CUSTOMERS: ColumnSpec[] = [
  ...ids('customer_id', 'name', 'currency', 'email'),
  col('address', 'lines'),
  col('billing_mode', 'text'),
  col('credit_limit', 'money'),
  col('credit_limit_blocked', 'flag'),
  col('payment_terms_days', 'count'),
  col('hourly_rate', 'money'),
  col('auto_apply_credit', 'flag'),
  col('replenishment_enabled', 'flag'),
  ...money('replenishment_threshold', 'replenishment_amount'),
  col('replenishment_recurrence', 'text'),
  col('balance', 'money'),
  col('entries', 'count'),
  col('archived_at', 'instant'),
  col('created_at', 'instant'),
];

const ENTRIES: ColumnSpec[] = [
  col('entry_id', 'text'),
  ...customer,
  col('seq', 'count'),
  // The business date the entry takes effect (a payment's date received, a date chosen).
  col('date', 'date'),
  col('recorded_at', 'instant'),
  col('type', 'text'),
  ...money('amount', 'balance_after'),
  ...ids('currency', 'description'),
  col('reason', 'lines'),
  ...ids('invoice_id', 'invoice_number', 'payment_id', 'credit_note_id', 'time_entry_id'),
  col('lot_id', 'text'),
  ...person('recorded_by'),
  col('hash', 'text'),
];

const LOTS: ColumnSpec[] = [
  col('lot_id', 'text'),
  ...customer,
  col('kind', 'text'),
  ...money('original', 'remaining'),
  col('currency', 'text'),
  col('expires_on', 'date'),
  col('entry_id', 'text'),
  // The business date the lot was opened (its entry's), so an import can bring it back as an
  // opening lot.
  col('opened_on', 'date'),
  col('created_at', 'instant'),
];

const LOT_USES: ColumnSpec[] = [
  col('entry_id', 'text'),
  ...customer,
  ...ids('entry_type', 'lot_id'),
  col('amount', 'money'),
  col('currency', 'text'),
];

const INVOICES: ColumnSpec[] = [
  ...ids('invoice_id', 'number'),
  ...customer,
  ...ids('kind', 'status'),
  col('past_due', 'flag'),
  col('issue_date', 'date'),
  col('due_date', 'date'),
  col('currency', 'text'),
  ...money('subtotal', 'tax', 'total', 'credit_applied', 'amount_paid', 'credit_noted'),
  col('amount_due', 'money'),
  col('memo', 'lines'),
  col('origin', 'text'),
  col('closed_at', 'instant'),
  col('created_at', 'instant'),
];

const LINES: ColumnSpec[] = [
  col('position', 'count'),
  col('description', 'text'),
  col('quantity', 'decimal'),
  col('unit_price', 'money'),
  col('tax_rate', 'decimal'),
  ...money('amount', 'tax'),
  col('currency', 'text'),
];

const PAYMENTS: ColumnSpec[] = [
  col('payment_id', 'text'),
  ...customer,
  col('received_on', 'date'),
  col('amount', 'money'),
  ...ids('currency', 'method', 'reference', 'invoice_id', 'invoice_number'),
  ...money('applied_to_invoice', 'credited_to_balance'),
  ...person('recorded_by'),
  col('recorded_at', 'instant'),
];

const CREDIT_NOTES: ColumnSpec[] = [
  ...ids('credit_note_id', 'invoice_id', 'invoice_number'),
  ...customer,
  ...money('amount', 'reduced_due', 'credited_to_balance'),
  col('currency', 'text'),
  col('reason', 'lines'),
  ...person('recorded_by'),
  col('recorded_at', 'instant'),
];

const TIME_ENTRIES: ColumnSpec[] = [
  col('time_entry_id', 'text'),
  ...customer,
  col('worked_on', 'date'),
  col('hours', 'decimal'),
  col('description', 'text'),
  ...money('hourly_rate', 'amount'),
  ...ids('currency', 'status', 'entry_id', 'invoice_id', 'invoice_number'),
  ...person('recorded_by'),
  col('recorded_at', 'instant'),
];

const SCHEDULES: ColumnSpec[] = [
  col('schedule_id', 'text'),
  ...customer,
  // `standard`, `top_up` (a retainer) or `allowance` (promotional credit each period).
  col('kind', 'text'),
  col('allowance', 'money'),
  col('currency', 'text'),
  col('interval', 'text'),
  col('start_date', 'date'),
  col('end_date', 'date'),
  col('auto_issue', 'flag'),
  col('status', 'text'),
  col('next_run_on', 'date'),
  col('memo', 'lines'),
  col('created_at', 'instant'),
];

const HOURS_BUDGETS: ColumnSpec[] = [
  ...customer,
  // Decimal hours agreed per `period` (`month`, `quarter`, or `once` between the two dates).
  col('hours', 'decimal'),
  col('period', 'text'),
  col('starts_on', 'date'),
  col('ends_on', 'date'),
  // Time beyond the budget: `charge` (at the overage rate) or `invoice` (left unbilled).
  col('overage', 'text'),
  col('overage_rate', 'money'),
  col('currency', 'text'),
  col('updated_at', 'instant'),
];

const USERS: ColumnSpec[] = [
  ...ids('user_id', 'name', 'role'),
  col('created_at', 'instant'),
  col('removed_at', 'instant'),
];

const AUDIT_EVENTS: ColumnSpec[] = [
  col('seq', 'count'),
  col('event_id', 'text'),
  col('at', 'instant'),
  ...person('actor'),
  ...ids('action', 'entity_type', 'entity_id'),
  col('reason', 'lines'),
  col('before', 'json'),
  col('after', 'json'),
  col('hash', 'text'),
];

/** The files in the order the manifest lists them. */
export const BOOK_TABLES: readonly TableSpec[] = [
  {
    table: 'customers',
    file: 'customers.csv',
    about: 'customers and their balances',
    columns: CUSTOMERS,
  },
  { table: 'entries', file: 'entries.csv', about: 'every ledger entry', columns: ENTRIES },
  { table: 'lots', file: 'lots.csv', about: 'credit lots with remaining amounts', columns: LOTS },
  {
    table: 'lotUses',
    file: 'lot_uses.csv',
    about: 'what each debit took from each lot',
    columns: LOT_USES,
  },
  { table: 'invoices', file: 'invoices.csv', about: 'invoices and what is due', columns: INVOICES },
  {
    table: 'invoiceLines',
    file: 'invoice_lines.csv',
    about: 'invoice lines',
    columns: [...ids('invoice_id', 'invoice_number'), ...LINES],
  },
  { table: 'payments', file: 'payments.csv', about: 'payments received', columns: PAYMENTS },
  { table: 'creditNotes', file: 'credit_notes.csv', about: 'credit notes', columns: CREDIT_NOTES },
  { table: 'timeEntries', file: 'time_entries.csv', about: 'time entries', columns: TIME_ENTRIES },
  { table: 'schedules', file: 'schedules.csv', about: 'recurring invoices', columns: SCHEDULES },
  {
    table: 'scheduleLines',
    file: 'schedule_lines.csv',
    about: 'lines of recurring invoices',
    columns: [col('schedule_id', 'text'), ...LINES],
  },
  {
    table: 'hoursBudgets',
    file: 'hours_budgets.csv',
    about: 'budgets in hours agreed with customers',
    columns: HOURS_BUDGETS,
  },
  {
    table: 'users',
    file: 'users.csv',
    about: 'people who may sign in, and removed ones',
    columns: USERS,
  },
  { table: 'auditEvents', file: 'audit_events.csv', about: 'the audit log', columns: AUDIT_EVENTS },
];
