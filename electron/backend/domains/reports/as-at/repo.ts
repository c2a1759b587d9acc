/**
 * The ledger as it stood at the end of a business day, aggregated in SQL so a report never walks
 * every entry: each customer's balance then (the entries dated by then), their lots' remaining
 * credit then by kind and expiry month (the lots formed by then, open now, plus what entries
 * dated after it took from them), made to agree with the balance (reconcile.ts), and the invoices
 * still owing then with what they still owed. The rows come back in the shapes the pure reports
 * read (accounting/rows.ts), one lot per customer, kind and month and one entry per customer.
 */
import { sql, type SQL } from 'drizzle-orm';
import type {
  CustomerRow,
  EntryRow,
  GrantRow,
  InvoiceRow,
  LedgerRows,
} from '../../../accounting/rows.ts';
import type { ReceivableRows } from '../../../accounting/ageing.ts';
import { minor } from '../../../../../shared/money.ts';
import { assert } from '../../../../../shared/errors.ts';
import type { Context } from '../../../context.ts';
import { joinInOrder } from '../../../storage/join-in-order.ts';
import { ENTRY_BUSINESS_ON, type Boundary } from '../business-date.ts';
import { positionOf, type Position } from '../../../accounting/positions.ts';
import { reconciled, type LotSum } from './reconcile.ts';

const ENTRY_ON = sql.raw(`e.${ENTRY_BUSINESS_ON}`);
const ENTRY_ON_COLUMN = sql.raw(ENTRY_BUSINESS_ON);

/** The customers of one currency, or of every currency. */
function ofCurrency(currency: string | undefined): SQL {
  return currency === undefined ? sql`1 = 1` : sql`c.currency = ${currency}`;
}

/** The currencies the book's customers use. */
export async function currenciesInUse(ctx: Context): Promise<Set<string>> {
  const rows = await ctx.tx.all<{ currency: string }>(sql`SELECT DISTINCT currency FROM customers`);
  return new Set(rows.map((row) => row.currency));
}

/** The customers of one currency, or all: whom a report lists. */
export async function customersOf(ctx: Context, currency?: string): Promise<CustomerRow[]> {
  return await ctx.tx.all<CustomerRow>(
    sql`SELECT c.id, c.name, c.currency FROM customers c WHERE ${ofCurrency(currency)}`,
  );
}

type BalanceRow = { id: string; name: string; currency: string; balance: number };

/**
 * Which way a boundary's figures are summed: `back` from what the book holds now, less what
 * entries dated after it did, for a boundary in the later half of the book's business dates;
 * `forward` from the entries dated by then, for an earlier one. Both give the same sums (a lot's
 * remaining is its original less every allocation, which audit.verify checks); each reads only
 * its side of the (business date, ...) indexes, so a year-old date costs what a recent one does.
 */
type Direction = 'back' | 'forward';

async function directionFor(ctx: Context, boundary: Boundary): Promise<Direction> {
  const span = await ctx.tx.get<{ first: string | null; last: string | null }>(
    sql`SELECT (SELECT MIN(e.${ENTRY_ON_COLUMN}) FROM ledger_entries e) AS first,
       (SELECT MAX(e.${ENTRY_ON_COLUMN}) FROM ledger_entries e) AS last`,
  );
  if (span?.first == null || span.last == null) return 'back';
  const middle = (Date.parse(span.first) + Date.parse(span.last)) / 2;
  return Date.parse(boundary.on) >= middle ? 'back' : 'forward';
}

/**
 * Each customer and their balance at the boundary: the sum of their entries dated by then, taken
 * (back) as their balance now less the entries dated after it, or (forward) as the entries dated
 * by then, summed in one pass over that range of the (business date, ...) index. Grouped by the
 * joined customer, so SQLite does not walk the whole ledger in customer order.
 */
async function balancesAt(
  ctx: Context,
  boundary: Boundary,
  direction: Direction,
  currency?: string,
) {
  const isBack = direction === 'back';
  const start = isBack
    ? sql`c.balance_minor - COALESCE(moved.amount, 0)`
    : sql`COALESCE(moved.amount, 0)`;
  const range = isBack ? sql`${ENTRY_ON} > ${boundary.on}` : sql`${ENTRY_ON} <= ${boundary.on}`;
  return await ctx.tx.all<BalanceRow>(
    sql`SELECT c.id, c.name, c.currency, ${start} AS balance
       FROM customers c LEFT JOIN (
         SELECT x.id AS customer_id, SUM(e.amount_minor) AS amount
         FROM ledger_entries e ${joinInOrder(ctx.tx)} customers x ON x.id = e.customer_id
         WHERE ${range} GROUP BY x.id
       ) AS moved ON moved.customer_id = c.id
       WHERE ${ofCurrency(currency)}`,
  );
}

/**
 * Whether the lot `g` was formed by an entry dated by the boundary. Recorded before the day ended
 * says so at once (an entry is never dated after the day it is recorded); only a lot recorded
 * since looks up its entry's business date.
 */
function formedBy(boundary: Boundary): SQL {
  return sql`(g.created_at < ${boundary.at} OR (SELECT f.${sql.raw(ENTRY_BUSINESS_ON)}
    FROM ledger_entries f WHERE f.id = g.entry_id) <= ${boundary.on})`;
}

/**
 * Remaining credit at the boundary per customer, kind and expiry month, of the lots formed by
 * entries dated by then: (back) what they hold now plus what entries dated after it took from
 * them, or (forward) their original less what entries dated by then took, read from the
 * allocations' copies of the debit's date and customer and of the lot's kind, expiry and date
 * formed (one range of their index, no look-up of an entry or a lot per row).
 */
async function lotsAt(ctx: Context, boundary: Boundary, direction: Direction, currency?: string) {
  const isBack = direction === 'back';
  // Forward, the lots come from the entries dated by then that formed them (a range of the
  // business-date index), not from every lot with a look-up of its entry.
  const held = isBack
    ? sql`g.remaining_minor AS amount FROM grants g JOIN customers c ON c.id = g.customer_id
         WHERE g.remaining_minor > 0 AND ${formedBy(boundary)} AND`
    : sql`g.original_minor AS amount FROM ledger_entries e
         ${joinInOrder(ctx.tx)} grants g ON g.id = e.grant_id
         JOIN customers c ON c.id = g.customer_id
         WHERE ${ENTRY_ON} <= ${boundary.on} AND`;
  const taken = isBack
    ? sql`a.amount_minor FROM grant_allocations a ${joinInOrder(ctx.tx)} customers c
         ON c.id = a.customer_id WHERE a.effective_on > ${boundary.on} AND`
    : sql`-a.amount_minor FROM grant_allocations a ${joinInOrder(ctx.tx)} customers c
         ON c.id = a.customer_id WHERE a.effective_on <= ${boundary.on} AND`;
  return await ctx.tx.all<LotSum>(
    sql`SELECT customer_id AS "customerId", kind, month, SUM(amount) AS remaining FROM (
         SELECT g.customer_id, g.kind, substr(g.expires_on, 1, 7) AS month, ${held}
           ${ofCurrency(currency)}
         UNION ALL
         SELECT a.customer_id, a.lot_kind, substr(a.lot_expires_on, 1, 7), ${taken}
           a.lot_formed_on <= ${boundary.on} AND ${ofCurrency(currency)}
       ) AS lots GROUP BY customer_id, kind, month HAVING SUM(amount) <> 0`,
  );
}

/** Each customer's balance at the boundary and the credit their lots held then, agreeing. */
type Standing = { balances: BalanceRow[]; held: Map<string, LotSum[]> };

async function standingsAt(ctx: Context, boundary: Boundary, currency?: string): Promise<Standing> {
  const direction = await directionFor(ctx, boundary);
  const balances = await balancesAt(ctx, boundary, direction, currency);
  const lots = await lotsAt(ctx, boundary, direction, currency);
  const lotsOf = groupBy(lots, (lot) => lot.customerId);
  const held = new Map<string, LotSum[]>();
  for (const row of balances) {
    assert(Number.isSafeInteger(row.balance), () => `balance of ${row.id} is not exact`);
    const lots = reconciled(row.id, row.balance, lotsOf.get(row.id) ?? []);
    for (const lot of lots) {
      assert(Number.isSafeInteger(lot.remaining), () => `lot sum of ${row.id} is not exact`);
    }
    held.set(row.id, lots);
  }
  return { balances, held };
}

function customersIn(balances: readonly BalanceRow[]): CustomerRow[] {
  return balances.map(({ id, name, currency }) => ({ id, name, currency }));
}

/**
 * The customers and each one's position at the boundary, straight from the sums (what credit
 * owed reads): no rows are made up for the pure reports to walk again.
 */
export async function positionsAt(ctx: Context, boundary: Boundary, currency?: string) {
  const { balances, held } = await standingsAt(ctx, boundary, currency);
  const positions = new Map<string, Position>();
  for (const row of balances) {
    positions.set(row.id, positionOf(row.id, row.balance, held.get(row.id) ?? []));
  }
  return { customers: customersIn(balances), positions };
}

/**
 * The ledger at the boundary as the pure reports read it: the customers, one entry per customer
 * whose balance then is not zero (carrying it), and one lot per customer, kind and expiry month
 * holding its remaining credit (no allocations: the remainder is already net of them).
 */
export async function ledgerAt(
  ctx: Context,
  boundary: Boundary,
  currency?: string,
): Promise<LedgerRows> {
  const { balances, held } = await standingsAt(ctx, boundary, currency);
  const entries: EntryRow[] = [];
  const grants: GrantRow[] = [];
  for (const row of balances) {
    if (row.balance !== 0) entries.push(standing(row.id, row.balance, boundary));
    for (const lot of held.get(row.id) ?? []) {
      grants.push({
        id: `lot-${grants.length}`,
        customerId: row.id,
        entryId: `standing-${row.id}`,
        kind: lot.kind,
        originalMinor: minor(lot.remaining),
        expiresOn: lot.month === null ? null : `${lot.month}-01`,
      });
    }
  }
  return { customers: customersIn(balances), entries, grants, allocations: [] };
}

/** A customer's standing at the boundary, as one entry the pure reports read the balance from. */
function standing(customerId: string, balance: number, boundary: Boundary): EntryRow {
  return {
    id: `standing-${customerId}`,
    customerId,
    seq: 1,
    type: 'adjustment',
    amountMinor: minor(balance),
    balanceAfterMinor: minor(balance),
    occurredAt: boundary.at,
    invoiceId: null,
    timeEntryId: null,
  };
}

type OwingRow = Omit<InvoiceRow, 'totalMinor'> & { dueMinor: number };

/**
 * Invoices issued by `asOf` and not closed before the boundary, with what each still owed then:
 * its total less credit applied by entries dated by then, payments received by `asOf` and credit
 * notes made before the boundary (as statements count them). Balance-due notices are left out:
 * they ask for the debt on the balance, which is its own column.
 */
async function owingAt(ctx: Context, asOf: string, boundary: Boundary, currency?: string) {
  return await ctx.tx.all<OwingRow>(
    sql`SELECT i.id, i.customer_id AS "customerId", i.kind, i.number,
         i.issue_date AS "issueDate", i.due_date AS "dueDate", i.currency, i.total_minor
         + COALESCE((SELECT SUM(e.amount_minor) FROM ledger_entries e
             WHERE e.invoice_id = i.id AND e.type = 'applied_to_invoice'
               AND ${ENTRY_ON} <= ${boundary.on}), 0)
         - COALESCE((SELECT SUM(p.applied_to_invoice_minor) FROM payments p
             WHERE p.invoice_id = i.id AND p.received_on <= ${asOf}), 0)
         - COALESCE((SELECT SUM(n.reduced_due_minor) FROM credit_notes n
             WHERE n.invoice_id = i.id AND n.created_at < ${boundary.at}), 0) AS "dueMinor"
       FROM invoices i JOIN customers c ON c.id = i.customer_id
       WHERE i.status <> 'draft' AND i.kind <> 'balance_due' AND i.issue_date <= ${asOf}
         AND (i.closed_at IS NULL OR i.closed_at >= ${boundary.at}) AND ${ofCurrency(currency)}`,
  );
}

/** The ledger at the end of `asOf` with the invoices owing then, each carrying what it owed. */
export async function receivablesAt(
  ctx: Context,
  asOf: string,
  boundary: Boundary,
  currency?: string,
): Promise<ReceivableRows> {
  const ledger = await ledgerAt(ctx, boundary, currency);
  const owing = await owingAt(ctx, asOf, boundary, currency);
  const invoices = owing
    .filter((row) => row.dueMinor > 0)
    .map(({ dueMinor, ...row }): InvoiceRow => ({ ...row, totalMinor: minor(dueMinor) }));
  return { ...ledger, invoices, payments: [], creditNotes: [] };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
