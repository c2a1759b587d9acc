/** What the dashboard shows: totals per currency, low balances, credit owed over time. */
import type { MoneyString } from '../money.ts';
import type { StatementNetLine } from './statement-types.ts';

export type CurrencyTotals = {
  currency: string;
  /** Sum of positive balances: credit the business owes its customers. */
  creditOwed: MoneyString;
  /** Sum of negative balances: debt customers owe on their balance. */
  balanceDebt: MoneyString;
  /** Amount due on open invoices, debt notices left out (their debt is in `balanceDebt`). */
  receivables: MoneyString;
  /** Amount due on open invoices past their due date: neither top-up requests nor notices. */
  overdue: MoneyString;
  overdueCount: number;
  /**
   * What open balance-due invoices (debt notices) still ask for: part of `balanceDebt`, shown
   * apart, never added to it. Absent only in a result stored before it existed.
   */
  debtNotices?: MoneyString;
  debtNoticeCount?: number;
  /** Credit that expires within 30 days if it is not spent. */
  expiringIn30Days: MoneyString;
  customerCount: number;
  /**
   * The statement's net line (SPEC 11) as at now, summed over the customers whose line says
   * "Amount to pay" (debt on the balance and open invoices counted once, less credit held) and
   * over those whose line says "Credit available": never netted between customers.
   */
  amountToPay: MoneyString;
  payCount: number;
  creditAvailable: MoneyString;
  creditCount: number;
};

export type LowBalanceCustomer = {
  customerId: string;
  name: string;
  currency: string;
  balance: MoneyString;
  threshold: MoneyString;
  /** The customer's net line as at now, as its statement would end. */
  netLine: StatementNetLine;
};

export type Dashboard = {
  currencies: CurrencyTotals[];
  lowBalanceCustomers: LowBalanceCustomer[];
  /** Credit owed at the end of each of the last 12 months, per currency, for a chart. */
  creditOwedHistory: { month: string; currency: string; creditOwed: MoneyString }[];
  generatedAt: string;
};
