/**
 * Every query of the whole-book export, in one place: one plain SELECT per file, its columns
 * named as the file's header (tables.ts) and amounts still in minor units beside the row's
 * currency. `readBook` runs them all inside the caller's one read transaction, so the files are
 * one consistent snapshot of the book, together with the audit chain's head read in it. Reads
 * only; no secret (a PIN's hash) is selected.
 */
import { sql, type SQL } from 'drizzle-orm';
import { readChainHeadOf, type ChainHead } from '../../audit/chain-head.ts';
import type { Context } from '../../context.ts';

export type BookRow = Record<string, unknown>;

/**
 * Who did something, by id and by name (a removed person keeps their name; the application's own
 * work, `system`, has no user row and is named by its id).
 */
const PERSON = (column: string, alias: string) =>
  `${column} AS ${alias}_id,
    COALESCE((SELECT name FROM users WHERE id = ${column}), ${column}) AS ${alias}`;

const CUSTOMER_NAME = (column: string) =>
  `(SELECT name FROM customers WHERE id = ${column}) AS customer_name`;

const INVOICE_NUMBER = (column: string) =>
  `(SELECT number FROM invoices WHERE id = ${column}) AS invoice_number`;

export const BOOK_QUERIES = {
  customers: `SELECT id AS customer_id, name, currency, email, address, billing_mode,
      credit_limit_minor AS credit_limit, credit_limit_blocked, payment_terms_days,
      hourly_rate_minor AS hourly_rate, auto_apply_credit, replenishment_enabled,
      replenishment_threshold_minor AS replenishment_threshold,
      replenishment_amount_minor AS replenishment_amount, replenishment_recurrence,
      balance_minor AS balance, last_seq AS entries, archived_at, created_at
    FROM customers ORDER BY name_key, id`,
  entries: `SELECT e.id AS entry_id, e.customer_id, c.name AS customer_name, e.seq,
      e.effective_on AS date, e.occurred_at AS recorded_at, e.type, e.amount_minor AS amount,
      e.balance_after_minor AS balance_after, c.currency, e.description, e.reason,
      e.invoice_id, ${INVOICE_NUMBER('e.invoice_id')}, e.payment_id, e.credit_note_id,
      e.time_entry_id, e.grant_id AS lot_id, ${PERSON('e.actor_id', 'recorded_by')}, e.hash
    FROM ledger_entries e JOIN customers c ON c.id = e.customer_id
    ORDER BY c.name_key, e.customer_id, e.seq`,
  lots: `SELECT g.id AS lot_id, g.customer_id, c.name AS customer_name, g.kind,
      g.original_minor AS original, g.remaining_minor AS remaining, c.currency, g.expires_on,
      g.entry_id, e.effective_on AS opened_on, g.created_at
    FROM grants g JOIN customers c ON c.id = g.customer_id
      JOIN ledger_entries e ON e.id = g.entry_id
    ORDER BY c.name_key, g.customer_id, g.created_seq, g.id`,
  lotUses: `SELECT a.entry_id, e.customer_id, c.name AS customer_name, e.type AS entry_type,
      a.grant_id AS lot_id, a.amount_minor AS amount, c.currency
    FROM grant_allocations a JOIN ledger_entries e ON e.id = a.entry_id
      JOIN customers c ON c.id = e.customer_id
    ORDER BY c.name_key, e.customer_id, e.seq, a.grant_id`,
  invoices: `SELECT i.id AS invoice_id, i.number, i.customer_id, c.name AS customer_name, i.kind,
      i.status, CASE WHEN i.status = 'open' AND i.due_date < @today THEN 1 ELSE 0 END
        AS past_due, i.issue_date,
      i.due_date, i.currency, i.subtotal_minor AS subtotal, i.tax_minor AS tax,
      i.total_minor AS total, i.credit_applied_minor AS credit_applied,
      i.amount_paid_minor AS amount_paid, i.credit_noted_minor AS credit_noted,
      CASE WHEN i.status = 'void' THEN 0 ELSE i.amount_due_minor END AS amount_due,
      i.memo, i.origin, i.closed_at, i.created_at
    FROM invoices i JOIN customers c ON c.id = i.customer_id
    ORDER BY i.number_seq IS NULL, i.number_seq, i.created_at, i.id`,
  invoiceLines: `SELECT l.invoice_id, i.number AS invoice_number, l.position, l.description,
      l.quantity, l.unit_price_minor AS unit_price, l.tax_rate, l.amount_minor AS amount,
      l.tax_minor AS tax, i.currency
    FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
    ORDER BY i.number_seq IS NULL, i.number_seq, i.created_at, l.invoice_id, l.position`,
  payments: `SELECT p.id AS payment_id, p.customer_id, c.name AS customer_name, p.received_on,
      p.amount_minor AS amount, c.currency, p.method, p.reference, p.invoice_id,
      ${INVOICE_NUMBER('p.invoice_id')}, p.applied_to_invoice_minor AS applied_to_invoice,
      p.credited_to_balance_minor AS credited_to_balance, ${PERSON('p.actor_id', 'recorded_by')},
      p.created_at AS recorded_at
    FROM payments p JOIN customers c ON c.id = p.customer_id
    ORDER BY p.received_on, p.created_at, p.id`,
  creditNotes: `SELECT n.id AS credit_note_id, n.invoice_id, ${INVOICE_NUMBER('n.invoice_id')},
      n.customer_id, c.name AS customer_name, n.amount_minor AS amount,
      n.reduced_due_minor AS reduced_due, n.credited_to_balance_minor AS credited_to_balance,
      c.currency, n.reason, ${PERSON('n.actor_id', 'recorded_by')}, n.created_at AS recorded_at
    FROM credit_notes n JOIN customers c ON c.id = n.customer_id
    ORDER BY n.created_at, n.id`,
  timeEntries: `SELECT t.id AS time_entry_id, t.customer_id, c.name AS customer_name,
      t.worked_on, t.hours, t.description, t.hourly_rate_minor AS hourly_rate,
      t.amount_minor AS amount, c.currency, t.status, t.entry_id, t.invoice_id,
      ${INVOICE_NUMBER('t.invoice_id')}, ${PERSON('t.actor_id', 'recorded_by')},
      t.created_at AS recorded_at
    FROM time_entries t JOIN customers c ON c.id = t.customer_id
    ORDER BY c.name_key, t.customer_id, t.worked_on, t.created_at, t.id`,
  schedules: `SELECT s.id AS schedule_id, s.customer_id, ${CUSTOMER_NAME('s.customer_id')},
      s.kind, s.allowance_minor AS allowance, c.currency,
      s.interval, s.start_date, s.end_date, s.auto_issue, s.status, s.next_run_on, s.memo,
      s.created_at
    FROM schedules s JOIN customers c ON c.id = s.customer_id ORDER BY s.created_at, s.id`,
  scheduleLines: `SELECT s.id AS schedule_id, json_extract(l.value, '$.position') AS position,
      json_extract(l.value, '$.description') AS description,
      json_extract(l.value, '$.quantity') AS quantity,
      json_extract(l.value, '$.unitPriceMinor') AS unit_price,
      json_extract(l.value, '$.taxRate') AS tax_rate,
      json_extract(l.value, '$.amountMinor') AS amount,
      json_extract(l.value, '$.taxMinor') AS tax, c.currency
    FROM schedules s JOIN customers c ON c.id = s.customer_id, json_each(s.lines_json) l
    ORDER BY s.created_at, s.id, l.key`,
  hoursBudgets: `SELECT b.customer_id, c.name AS customer_name, b.hours, b.period, b.starts_on,
      b.ends_on, b.overage, b.overage_rate_minor AS overage_rate, c.currency,
      b.updated_at
    FROM hours_budgets b JOIN customers c ON c.id = b.customer_id
    ORDER BY c.name_key, b.customer_id`,
  users: `SELECT id AS user_id, name, role, created_at, removed_at FROM users
    ORDER BY created_at, id`,
  auditEvents: `SELECT seq, id AS event_id, at, ${PERSON('actor_id', 'actor')}, action,
      entity_type, entity_id, reason, before_json AS before, after_json AS after, hash
    FROM audit_events ORDER BY seq`,
} as const;

export type BookTable = keyof typeof BOOK_QUERIES;

/**
 * `scheduleLines` on a server book: PostgreSQL reads JSON with its own functions (jsonb); the
 * values come out as SQLite's json_extract gives them (numbers as integers, text as text).
 */
const SERVER_SCHEDULE_LINES = `SELECT s.id AS schedule_id,
      (l.value->>'position')::bigint AS position, l.value->>'description' AS description,
      l.value->>'quantity' AS quantity, (l.value->>'unitPriceMinor')::bigint AS unit_price,
      l.value->>'taxRate' AS tax_rate, (l.value->>'amountMinor')::bigint AS amount,
      (l.value->>'taxMinor')::bigint AS tax, c.currency
    FROM schedules s JOIN customers c ON c.id = s.customer_id
      CROSS JOIN LATERAL jsonb_array_elements(s.lines_json::jsonb) WITH ORDINALITY AS l(value, key)
    ORDER BY s.created_at, s.id, l.key`;

function bookQuery(ctx: Context, table: BookTable): string {
  if (table === 'scheduleLines' && ctx.tx.store === 'postgres') return SERVER_SCHEDULE_LINES;
  return BOOK_QUERIES[table];
}

export type BookSnapshot = {
  rows: Record<BookTable, BookRow[]>;
  auditHead: ChainHead | null;
  exportedAt: string;
  timeZone: string;
};

/** Runs inside the caller's one transaction: every table and the audit head, as they are now. */
export async function readBook(ctx: Context): Promise<BookSnapshot> {
  const rows = {} as Record<BookTable, BookRow[]>;
  for (const table of Object.keys(BOOK_QUERIES) as BookTable[]) {
    rows[table] = await ctx.tx.all<BookRow>(withToday(bookQuery(ctx, table), ctx.today));
  }
  return {
    rows,
    auditHead: await readChainHeadOf(ctx.tx),
    exportedAt: ctx.nowAt,
    timeZone: ctx.timeZone,
  };
}

/** The query with `@today` bound as a parameter, never spliced into its text. */
function withToday(query: string, today: string): SQL {
  const parts = query.split('@today').map((part) => sql.raw(part));
  return sql.join(parts, sql`${today}`);
}
