/**
 * The period's entries aggregated in SQL, never walked one by one in JavaScript: per customer,
 * business day, entry type and sign, whether the entry charged tracked time and the kind of lot
 * it formed, the sums the activity report and the journal need: the amounts, what the lots they
 * formed hold, and what they took from paid and from promotional lots. The entries are reached
 * per customer through the (customer, time) index, so only the period's rows are read.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { GrantKind } from '../../../../../shared/contract/types.ts';
import { assert } from '../../../../../shared/errors.ts';
import type { Context } from '../../../context.ts';
import { joinInOrder } from '../../../storage/join-in-order.ts';
import { ENTRY_BUSINESS_AT } from '../business-date.ts';

const ENTRY_AT = sql.raw(`e.${ENTRY_BUSINESS_AT}`);
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export type MovementRow = {
  customerId: string;
  /** The business day's index in the period (0 is its first day). */
  day: number;
  type: string;
  isTime: number;
  formedKind: GrantKind | null;
  amount: number;
  formed: number;
  takenPaid: number;
  takenPromotional: number;
};

/**
 * The index of the business day an entry falls in, as a balanced tree of comparisons with the
 * days' start instants (depth log2 of the days), so the grouping stays in SQL whatever the zone.
 */
export function dayIndexSql(starts: readonly string[], low = 0, high = starts.length - 1): string {
  if (low >= high) return String(low);
  const middle = Math.ceil((low + high) / 2);
  const start = starts[middle] ?? '';
  assert(INSTANT.test(start), `not an instant: ${start}`);
  const below = dayIndexSql(starts, low, middle - 1);
  const above = dayIndexSql(starts, middle, high);
  return `CASE WHEN e.${ENTRY_BUSINESS_AT} < '${start}' THEN ${below} ELSE ${above} END`;
}

function ofCurrency(currency: string | undefined): SQL {
  return currency === undefined ? sql`1 = 1` : sql`c.currency = ${currency}`;
}

/**
 * What a debit took from lots: all of it but what went below zero (debits take credit first,
 * then make debt), so no allocation is read for it; only the promotional part is looked up.
 */
const TAKEN = sql`CASE WHEN e.amount_minor < 0 THEN -e.amount_minor
  - MIN(-e.amount_minor, MAX(0, -e.balance_after_minor)) ELSE 0 END`;
const TAKEN_PROMOTIONAL = sql`CASE WHEN e.amount_minor < 0 THEN COALESCE((SELECT SUM(a.amount_minor)
  FROM grant_allocations a JOIN grants ga ON ga.id = a.grant_id
  WHERE a.entry_id = e.id AND ga.kind = 'promotional'), 0) ELSE 0 END`;

/** The period's movements; `starts` are its days' first instants, `endAt` the first after it. */
export async function movementsBetween(
  ctx: Context,
  period: { starts: readonly string[]; endAt: string; currency?: string },
): Promise<MovementRow[]> {
  const startAt = period.starts[0] ?? period.endAt;
  const day = sql.raw(dayIndexSql(period.starts));
  const rows = await ctx.tx.all<Omit<MovementRow, 'takenPaid'> & { takenAll: number }>(
    sql`SELECT e.customer_id AS customerId, ${day} AS day, e.type AS type,
         (e.time_entry_id IS NOT NULL) AS isTime, g.kind AS formedKind,
         SUM(e.amount_minor) AS amount, COALESCE(SUM(g.original_minor), 0) AS formed,
         SUM(${TAKEN}) AS takenAll, SUM(${TAKEN_PROMOTIONAL}) AS takenPromotional
       FROM customers c
         ${joinInOrder(ctx.tx)} ledger_entries e ON e.customer_id = c.id
           AND ${ENTRY_AT} >= ${startAt} AND ${ENTRY_AT} < ${period.endAt}
         LEFT JOIN grants g ON g.id = e.grant_id AND g.entry_id = e.id
       WHERE ${ofCurrency(period.currency)}
       GROUP BY e.customer_id, day, e.type, isTime, e.amount_minor > 0, formedKind`,
  );
  return rows.map(({ takenAll, ...row }) => {
    assert(Number.isSafeInteger(row.amount), `movement sum of ${row.customerId} is not exact`);
    return { ...row, takenPaid: takenAll - row.takenPromotional };
  });
}
