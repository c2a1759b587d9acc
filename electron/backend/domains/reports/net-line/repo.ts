/**
 * The statement's net line (SPEC 11, `statement-summary/net-line.ts`) on the dashboard, as at
 * now: each customer's balance and open invoices give "credit available" or "amount to pay",
 * debt counted once (a debt notice adds nothing to the debt on the balance), credit held paying
 * open standard invoices, never a top-up request. Per currency the dashboard sums each kind over
 * customers (one customer's credit never pays another's debt); a listed customer gets its own
 * line from `netLine` itself. The totals are the same rule in SQL, summed exactly over INTEGER
 * columns however many customers there are (the dashboard test holds them to `netLine`).
 */
import { sql } from 'drizzle-orm';
import type { StatementNetLine } from '../../../../../shared/contract/statement-types.ts';
import type { InvoiceKind } from '../../../../../shared/contract/types.ts';
import { minor, toMoney, toMoneyExact, type MoneyString } from '../../../../../shared/money.ts';
import type { Context } from '../../../context.ts';
import { exactSumSql, readExactSum } from '../../../db/exact-sum.ts';
import { netLine } from '../../../statement-summary/net-line.ts';

export type CurrencyNet = {
  amountToPay: MoneyString;
  payCount: number;
  creditAvailable: MoneyString;
  creditCount: number;
};

/** Open invoices per customer: what standard invoices and top-up requests still ask for. */
const OPEN_DUE = `SELECT customer_id,
    CAST(SUM(CASE WHEN kind = 'standard' THEN amount_due_minor ELSE 0 END) AS BIGINT) AS std,
    CAST(SUM(CASE WHEN kind = 'top_up' THEN amount_due_minor ELSE 0 END) AS BIGINT) AS top_up
  FROM invoices WHERE status = 'open' AND amount_due_minor > 0 GROUP BY customer_id`;

/** Per customer: debt and credit on the balance, and what open invoices ask for. */
const PARTS = `SELECT c.currency,
    CASE WHEN c.balance_minor < 0 THEN -c.balance_minor ELSE 0 END AS debt,
    CASE WHEN c.balance_minor > 0 THEN c.balance_minor ELSE 0 END AS credit,
    COALESCE(o.std, 0) AS std, COALESCE(o.top_up, 0) AS top_up
  FROM customers c LEFT JOIN (${OPEN_DUE}) o ON o.customer_id = c.id`;

/**
 * Per customer, `netLine`'s sum: credit used is the smaller of credit held and invoices due;
 * `to_pay` = debt + invoices due - credit used + top-ups due; `credit_left` = credit - used.
 */
const PER_CUSTOMER = `SELECT u.currency, u.debt + u.std - u.used + u.top_up AS to_pay,
    u.credit - u.used AS credit_left
  FROM (SELECT p.*, CASE WHEN p.credit < p.std THEN p.credit ELSE p.std END AS used
    FROM (${PARTS}) p) u`;

/** Each kind of line summed per currency: a customer whose line says pay, or credit. */
const BY_CURRENCY = `SELECT n.currency,
    ${exactSumSql('CASE WHEN n.to_pay > 0 THEN n.to_pay END', 'pay')},
    COUNT(CASE WHEN n.to_pay > 0 THEN 1 END) AS pay_count,
    ${exactSumSql('CASE WHEN n.to_pay <= 0 AND n.credit_left > 0 THEN n.credit_left END', 'credit')},
    COUNT(CASE WHEN n.to_pay <= 0 AND n.credit_left > 0 THEN 1 END) AS credit_count
  FROM (${PER_CUSTOMER}) n GROUP BY n.currency ORDER BY n.currency`;

export async function netByCurrency(ctx: Context): Promise<Map<string, CurrencyNet>> {
  const rows = await ctx.tx.allExact(sql.raw(BY_CURRENCY));
  return new Map(
    rows.map((row) => {
      const currency = String(row.currency);
      const money = (alias: string) => toMoneyExact(readExactSum(row, alias), currency);
      const net: CurrencyNet = {
        amountToPay: money('pay'),
        payCount: Number(row.pay_count),
        creditAvailable: money('credit'),
        creditCount: Number(row.credit_count),
      };
      return [currency, net];
    }),
  );
}

type Listed = { customerId: string; currency: string; balance: MoneyString };

/** The net line of each listed customer (at most a page of them), by `netLine` itself. */
export async function netLinesOf(
  ctx: Context,
  listed: readonly Listed[],
): Promise<Map<string, StatementNetLine>> {
  const ids = listed.map((customer) => customer.customerId);
  const due =
    ids.length === 0
      ? []
      : await ctx.tx.all<{ customerId: string; kind: InvoiceKind; dueMinor: number }>(
          sql`SELECT customer_id AS "customerId", kind, amount_due_minor AS "dueMinor"
            FROM invoices WHERE status = 'open' AND amount_due_minor > 0
              AND customer_id IN (${sql.join(
                ids.map((id) => sql`${id}`),
                sql`, `,
              )})`,
        );
  return new Map(
    listed.map((customer) => {
      const openReceivables = due
        .filter((invoice) => invoice.customerId === customer.customerId)
        .map((invoice) => ({
          kind: invoice.kind,
          amountDue: toMoney(minor(invoice.dueMinor), customer.currency),
        }));
      const line = netLine({
        currency: customer.currency,
        closingBalance: customer.balance,
        openReceivables,
      });
      return [customer.customerId, line];
    }),
  );
}
