/**
 * The dashboard's queries, summed exactly in SQL over INTEGER columns (db/exact-sum.ts) however
 * many customers there are, and turned into the contract's shapes; and the settings the reports
 * print (the business's name and address) or post with (the journal's account names).
 */
import { sql } from 'drizzle-orm';
import { addDays, addMonthsToMonth, monthOf } from '../../../../shared/dates.ts';
import { minor, toMoney, toMoneyExact } from '../../../../shared/money.ts';
import type { Context } from '../../context.ts';
import { pastDueWhere } from '../../core/past-due.ts';
import { exactSumSql, integer, PART, readExactSum, type ExactRow } from '../../db/exact-sum.ts';
import { journalAccountsOf, type AccountNames } from '../../accounting/journal-accounts.ts';

export const EXPIRING_WITHIN_DAYS = 30;
export const HISTORY_MONTHS = 12;
export const LOW_BALANCE_LIST_MAX = 100;

type Row = Record<string, number | string>;

const exactSum = (expression: string, alias: string) => sql.raw(exactSumSql(expression, alias));

/**
 * Sums over every customer of a currency are exact (db/exact-sum.ts): no total can overflow.
 * Groups are ordered by currency: PostgreSQL, unlike SQLite, does not return them sorted.
 */
export async function totalsByCurrency(ctx: Context) {
  const { tx, today } = ctx;
  const balances = await tx.allExact(
    sql`SELECT currency, COUNT(*) AS customers,
         ${exactSum('CASE WHEN balance_minor > 0 THEN balance_minor END', 'owed')},
         ${exactSum('CASE WHEN balance_minor < 0 THEN -balance_minor END', 'debt')}
       FROM customers GROUP BY currency ORDER BY currency`,
  );
  // Overdue debt is the engine's one past-due rule (core/past-due.ts): no top-up requests, no
  // debt notices.
  const overdue = pastDueWhere(today, 'debt');
  // Debt notices ask for debt already on the balance: counted once there, shown apart here.
  const invoices = await tx.allExact(
    sql`SELECT currency,
         ${exactSum("CASE WHEN kind <> 'balance_due' THEN amount_due_minor END", 'receivable')},
         ${exactSum("CASE WHEN kind = 'balance_due' THEN amount_due_minor END", 'notice')},
         COUNT(CASE WHEN kind = 'balance_due' THEN 1 END) AS notice_count,
         COALESCE(SUM((CASE WHEN ${overdue} THEN amount_due_minor END) / ${sql.raw(String(PART))}), 0)
           AS overdue_high,
         COALESCE(SUM((CASE WHEN ${overdue} THEN amount_due_minor END) % ${sql.raw(String(PART))}), 0)
           AS overdue_low,
         COUNT(CASE WHEN ${overdue} THEN 1 END) AS overdue_count
       FROM invoices WHERE status = 'open' GROUP BY currency ORDER BY currency`,
  );
  const expiring = await tx.allExact(
    sql`SELECT c.currency, ${exactSum('g.remaining_minor', 'expiring')}
       FROM grants g JOIN customers c ON c.id = g.customer_id
       WHERE g.remaining_minor > 0 AND g.expires_on IS NOT NULL
         AND g.expires_on <= ${addDays(today, EXPIRING_WITHIN_DAYS)}
       GROUP BY c.currency ORDER BY c.currency`,
  );
  const byCurrency = (rows: ExactRow[], currency: string) =>
    rows.find((row) => row.currency === currency);
  return balances.map((row) => {
    const currency = String(row.currency);
    const money = (from: ExactRow | undefined, alias: string) =>
      toMoneyExact(readExactSum(from, alias), currency);
    const invoice = byCurrency(invoices, currency);
    return {
      currency,
      creditOwed: money(row, 'owed'),
      balanceDebt: money(row, 'debt'),
      receivables: money(invoice, 'receivable'),
      overdue: money(invoice, 'overdue'),
      overdueCount: Number(invoice?.overdue_count ?? 0),
      debtNotices: money(invoice, 'notice'),
      debtNoticeCount: Number(invoice?.notice_count ?? 0),
      expiringIn30Days: money(byCurrency(expiring, currency), 'expiring'),
      customerCount: Number(row.customers),
    };
  });
}

export async function lowBalanceCustomers(ctx: Context) {
  const rows = await ctx.tx.all<Row>(
    sql`SELECT id, name, currency, balance_minor, replenishment_threshold_minor FROM customers
       WHERE replenishment_enabled = 1 AND replenishment_threshold_minor IS NOT NULL
         AND balance_minor < replenishment_threshold_minor
       ORDER BY name_key LIMIT ${LOW_BALANCE_LIST_MAX}`,
  );
  return rows.map((row) => {
    const currency = String(row.currency);
    return {
      customerId: String(row.id),
      name: String(row.name),
      currency,
      balance: toMoney(minor(Number(row.balance_minor)), currency),
      threshold: toMoney(minor(Number(row.replenishment_threshold_minor)), currency),
    };
  });
}

/**
 * Credit owed at each month end: each customer's balance as at that day, by business date (the
 * entries taking effect on or before it, so an entry typed today but effective last month counts
 * in last month), the positive ones summed per currency. Every currency with customers has all
 * 12 months, a month before any activity owing 0.00, so a chart of a book whose activity all
 * fell in one month still has a line to draw.
 *
 * Taken back from today's balances (no entry is dated after today): a month's end is today's
 * balance less what moved after it, so only the window's movements are read, summed per customer
 * and month, never the whole ledger.
 */
export async function creditOwedHistory(ctx: Context) {
  const months = Array.from({ length: HISTORY_MONTHS }, (_, index) =>
    addMonthsToMonth(monthOf(ctx.today), index - HISTORY_MONTHS + 1),
  );
  const balances = await ctx.tx.allExact(
    sql`SELECT id, currency, balance_minor AS balance FROM customers ORDER BY currency`,
  );
  // One range of the (business date, ...) index a month: a sort per month's movements is far
  // cheaper than one over the whole window's (and lets SQLite keep to that index).
  const after = months.slice(1).map(
    (month) =>
      sql`SELECT customer_id, ${month} AS month, CAST(SUM(amount_minor) AS BIGINT) AS amount
        FROM ledger_entries
        WHERE effective_on >= ${`${month}-01`} AND effective_on < ${`${addMonthsToMonth(month, 1)}-01`}
        GROUP BY customer_id`,
  );
  const moved = await ctx.tx.allExact(sql.join(after, sql` UNION ALL `));
  const owed = creditOwedAtMonthEnds(months, balances, moved);
  return months.flatMap((month, index) =>
    [...owed].map(([currency, sums]) => ({
      month,
      currency,
      creditOwed: toMoneyExact(sums[index] ?? 0n, currency),
    })),
  );
}

/**
 * Per currency (in the rows' order), the positive month-end balances summed for each month of
 * `months`: a customer's balance at the end of month i is today's less what moved in the months
 * after i. Exact in BigInt however many customers there are.
 */
function creditOwedAtMonthEnds(
  months: readonly string[],
  balances: readonly Record<string, unknown>[],
  moved: readonly Record<string, unknown>[],
): Map<string, bigint[]> {
  const movedByCustomer = new Map<string, Map<string, bigint>>();
  for (const row of moved) {
    const byMonth = movedByCustomer.get(String(row.customer_id)) ?? new Map<string, bigint>();
    byMonth.set(String(row.month), integer(row.amount));
    movedByCustomer.set(String(row.customer_id), byMonth);
  }
  const owed = new Map<string, bigint[]>();
  for (const row of balances) {
    const currency = String(row.currency);
    const sums = owed.get(currency) ?? months.map(() => 0n);
    owed.set(currency, sums);
    const byMonth = movedByCustomer.get(String(row.id));
    let balance = integer(row.balance);
    for (let index = months.length - 1; index >= 0; index -= 1) {
      if (balance > 0n) sums[index] = (sums[index] ?? 0n) + balance;
      balance -= byMonth?.get(months[index] ?? '') ?? 0n;
    }
  }
  return owed;
}

/** The business's name and address, printed at the top of a report's PDF. */
export async function businessOf(ctx: Context): Promise<{ name: string; address: string }> {
  const row = await ctx.tx.get<{ name: string; address: string }>(
    sql`SELECT business_name AS name, address FROM settings WHERE id = 1`,
  );
  return row ?? { name: '', address: '' };
}

/** The journal's account names as mapped in Settings. */
export async function journalAccountNames(ctx: Context): Promise<AccountNames> {
  const row = await ctx.tx.get<{ json: string }>(
    sql`SELECT journal_accounts_json AS json FROM settings WHERE id = 1`,
  );
  return journalAccountsOf(row?.json ?? '{}');
}
