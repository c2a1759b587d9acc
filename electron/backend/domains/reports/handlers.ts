/**
 * `reports.dashboard`: what the bookkeeper sees first, per currency, summed exactly in SQL over
 * INTEGER columns however many customers there are: credit owed, debt on balances,
 * receivables, overdue, credit expiring within 30 days; customers under their replenishment
 * threshold; and credit owed at each recent month end.
 */
import { addDays, addMonthsToMonth, monthOf, startOfDate } from '../../../../shared/dates.ts';
import { minor, toMoney, toMoneyExact } from '../../../../shared/money.ts';
import type { Context } from '../../context.ts';
import { allExact, exactSumSql, readExactSum, type ExactRow } from '../../db/exact-sum.ts';
import type { Handler, HandlerMap } from '../../handler.ts';

export const EXPIRING_WITHIN_DAYS = 30;
export const HISTORY_MONTHS = 12;
export const LOW_BALANCE_LIST_MAX = 100;
const LATEST_INSTANT = '9999-12-31T23:59:59.999Z';

type Row = Record<string, number | string>;

/**
 * An open invoice is overdue debt once past its due date, unless it is a top-up request: that
 * asks for prepayment the customer may choose not to make, so it is never debt (docs/rules.md).
 */
const OVERDUE_DEBT = "due_date < ? AND kind <> 'top_up'";

/** Sums over every customer of a currency are exact (db/exact-sum.ts): no total can overflow. */
function totalsByCurrency(ctx: Context) {
  const balances = allExact(
    ctx.sqlite.prepare(
      `SELECT currency, COUNT(*) AS customers,
         ${exactSumSql('CASE WHEN balance_minor > 0 THEN balance_minor END', 'owed')},
         ${exactSumSql('CASE WHEN balance_minor < 0 THEN -balance_minor END', 'debt')}
       FROM customers GROUP BY currency`,
    ),
  );
  const invoices = allExact(
    ctx.sqlite.prepare(
      `SELECT currency, ${exactSumSql('amount_due_minor', 'receivable')},
         ${exactSumSql(`CASE WHEN ${OVERDUE_DEBT} THEN amount_due_minor END`, 'overdue')},
         COUNT(CASE WHEN ${OVERDUE_DEBT} THEN 1 END) AS overdue_count
       FROM invoices WHERE status = 'open' GROUP BY currency`,
    ),
    ctx.today,
    ctx.today,
    ctx.today,
  );
  const expiring = allExact(
    ctx.sqlite.prepare(
      `SELECT c.currency, ${exactSumSql('g.remaining_minor', 'expiring')}
       FROM grants g JOIN customers c ON c.id = g.customer_id
       WHERE g.remaining_minor > 0 AND g.expires_on IS NOT NULL AND g.expires_on <= ?
       GROUP BY c.currency`,
    ),
    addDays(ctx.today, EXPIRING_WITHIN_DAYS),
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
      expiringIn30Days: money(byCurrency(expiring, currency), 'expiring'),
      customerCount: Number(row.customers),
    };
  });
}

function lowBalanceCustomers(ctx: Context) {
  const rows = ctx.sqlite
    .prepare(
      `SELECT id, name, currency, balance_minor, replenishment_threshold_minor FROM customers
       WHERE replenishment_enabled = 1 AND replenishment_threshold_minor IS NOT NULL
         AND balance_minor < replenishment_threshold_minor
       ORDER BY name_key LIMIT ?`,
    )
    .all(LOW_BALANCE_LIST_MAX) as Row[];
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
 * Credit owed at each month end: each customer's balance after its last entry before then.
 * Every currency with customers has all 12 months, a month before any activity owing 0.00, so a
 * chart of a book whose activity all fell in one month still has a line to draw.
 */
function creditOwedHistory(ctx: Context) {
  const currencies = ctx.sqlite
    .prepare('SELECT DISTINCT currency FROM customers ORDER BY currency')
    .pluck()
    .all() as string[];
  const statement = ctx.sqlite.prepare(
    `SELECT c.currency,
       ${exactSumSql('CASE WHEN e.balance_after_minor > 0 THEN e.balance_after_minor END', 'owed')}
     FROM customers c JOIN ledger_entries e ON e.customer_id = c.id
     WHERE e.seq = (SELECT MAX(seq) FROM ledger_entries x WHERE x.customer_id = c.id AND x.occurred_at < ?)
     GROUP BY c.currency`,
  );
  const history = [];
  for (let back = HISTORY_MONTHS - 1; back >= 0; back -= 1) {
    const month = addMonthsToMonth(monthOf(ctx.today), -back);
    const end = startOfDate(`${addMonthsToMonth(month, 1)}-01`, ctx.timeZone).toISOString();
    // The current month's point is credit owed now: every entry so far, even one stamped at this
    // very instant or later (entry times never go back, even when the clock does).
    const rows = allExact(statement, end < ctx.nowAt ? end : LATEST_INSTANT);
    for (const currency of currencies) {
      const row = rows.find((each) => each.currency === currency);
      history.push({
        month,
        currency,
        creditOwed: toMoneyExact(readExactSum(row, 'owed'), currency),
      });
    }
  }
  return history;
}

const dashboard: Handler<'reports.dashboard'> = (_input, ctx) => ({
  currencies: totalsByCurrency(ctx),
  lowBalanceCustomers: lowBalanceCustomers(ctx),
  creditOwedHistory: creditOwedHistory(ctx),
  generatedAt: ctx.nowAt,
});

export const reportHandlers: HandlerMap<'reports.dashboard'> = { 'reports.dashboard': dashboard };
