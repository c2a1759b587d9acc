/**
 * The period's entries aggregated in SQL, never walked one by one in JavaScript: per customer,
 * business date (`effective_on`), entry type and sign, whether the entry charged tracked time and
 * the kind of lot it formed, the sums the activity report and the journal need: the amounts, what
 * the lots they formed hold, and what they took from paid and from promotional lots. The entries
 * are read in date order from the (business date, ...) index, which holds every column read, so
 * only the period's range is read; so are the allocations, by their copy of the debit's date. The SQL runs on either store (quoted aliases, no two-argument
 * MIN or MAX).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { GrantKind } from '../../../../../shared/contract/types.ts';
import { daysBetween } from '../../../../../shared/dates.ts';
import { assert } from '../../../../../shared/errors.ts';
import type { Context } from '../../../context.ts';
import { joinInOrder } from '../../../storage/join-in-order.ts';
import { ENTRY_BUSINESS_ON } from '../business-date.ts';

const ENTRY_ON = sql.raw(`e.${ENTRY_BUSINESS_ON}`);

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
 * A period of business days, `from` through `to`. The journal groups by day and posts what debits
 * took from each kind of lot; activity needs neither (one group, nothing taken), and so never
 * looks up an allocation.
 */
export type Period = { from: string; to: string; currency?: string; forJournal: boolean };

function ofCurrency(currency: string | undefined): SQL {
  return currency === undefined ? sql`1 = 1` : sql`c.currency = ${currency}`;
}

/**
 * What a debit took from lots: all of it but what went below zero (debits take credit first,
 * then make debt), so no allocation is read for it; only the promotional part is looked up.
 */
const TAKEN = sql`CASE WHEN e.amount_minor >= 0 THEN 0
  WHEN e.balance_after_minor >= 0 THEN -e.amount_minor
  WHEN e.balance_after_minor <= e.amount_minor THEN 0
  ELSE e.balance_after_minor - e.amount_minor END`;
/**
 * What each debit of the period took from promotional lots, summed from the allocations' own
 * copies of their debit's business date and lot's kind (one range of their index), joined to the
 * entries by id: no look-up of a lot per debit.
 */
function promotionalTaken(period: Period): SQL {
  return sql`LEFT JOIN (SELECT a.entry_id, SUM(a.amount_minor) AS amount FROM grant_allocations a
    WHERE a.effective_on >= ${period.from} AND a.effective_on <= ${period.to}
      AND a.lot_kind = 'promotional' GROUP BY a.entry_id) AS p ON p.entry_id = e.id`;
}
const TAKEN_PROMOTIONAL = sql`CASE WHEN e.amount_minor < 0 THEN COALESCE(p.amount, 0) ELSE 0 END`;
const IS_TIME = sql`CASE WHEN e.time_entry_id IS NULL THEN 0 ELSE 1 END`;
const IS_CREDIT = sql`CASE WHEN e.amount_minor > 0 THEN 1 ELSE 0 END`;

type Grouped = Omit<MovementRow, 'takenPaid' | 'day'> & { takenAll: number; day: string };

/**
 * The lot each credit formed, which only the journal posts (activity reads types and amounts):
 * for activity no lot is looked up.
 */
function formedLots(period: Period) {
  if (!period.forJournal) return { columns: sql`NULL AS "formedKind", 0 AS formed`, join: sql`` };
  return {
    columns: sql`g.kind AS "formedKind", COALESCE(SUM(g.original_minor), 0) AS formed`,
    join: sql`LEFT JOIN grants g ON g.id = e.grant_id AND g.entry_id = e.id
      ${promotionalTaken(period)}`,
  };
}

/** The period's movements, by business day or for the whole period. */
export async function movementsBetween(ctx: Context, period: Period): Promise<MovementRow[]> {
  const group = period.forJournal
    ? sql`${ENTRY_ON}, e.type, ${IS_TIME}, ${IS_CREDIT}, g.kind`
    : sql`e.type, ${IS_TIME}, ${IS_CREDIT}`;
  const taken = period.forJournal ? TAKEN : sql`0`;
  const takenPromotional = period.forJournal ? TAKEN_PROMOTIONAL : sql`0`;
  const lots = formedLots(period);
  const rows = await ctx.tx.all<Grouped>(
    sql`SELECT e.customer_id AS "customerId", MIN(${ENTRY_ON}) AS day, e.type AS type,
         ${IS_TIME} AS "isTime", ${lots.columns}, SUM(e.amount_minor) AS amount,
         SUM(${taken}) AS "takenAll", SUM(${takenPromotional}) AS "takenPromotional"
       FROM ledger_entries e
         ${joinInOrder(ctx.tx)} customers c ON c.id = e.customer_id
         ${lots.join}
       WHERE ${ENTRY_ON} >= ${period.from} AND ${ENTRY_ON} <= ${period.to}
         AND ${ofCurrency(period.currency)}
       GROUP BY e.customer_id, ${group}`,
  );
  const dayIndex = new Map<string, number>();
  const indexOf = (date: string) => {
    const index = dayIndex.get(date) ?? daysBetween(period.from, date);
    dayIndex.set(date, index);
    return index;
  };
  return rows.map(({ takenAll, day: date, ...row }) => {
    assert(Number.isSafeInteger(row.amount), 'a movement sum is not exact');
    const index = period.forJournal ? indexOf(date) : 0;
    return { ...row, day: index, takenPaid: takenAll - row.takenPromotional };
  });
}
