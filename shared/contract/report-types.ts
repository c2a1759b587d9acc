/**
 * Output shapes of the accountant's reports (`reports.agedReceivables`, `reports.creditOwed`,
 * `reports.activity`, `reports.journal`): one block per currency, amounts as decimal strings,
 * each block's totals equal to the sum of its customers' rows.
 */
import type { MoneyString } from '../money.ts';
import type { AgeingBucket, InvoiceKind } from './types.ts';

export type AgeingAmounts = Record<AgeingBucket, MoneyString> & {
  /** Open invoices (standard and top-up) across every bucket. */
  invoices: MoneyString;
  /** Debt carried on the balance (what balance-due notices ask for), never aged twice. */
  balanceDebt: MoneyString;
  /** invoices + balanceDebt. */
  total: MoneyString;
};

export type AgedInvoice = {
  id: string;
  number: string | null;
  kind: InvoiceKind;
  dueDate: string;
  daysPastDue: number;
  bucket: AgeingBucket;
  amountDue: MoneyString;
};

export type AgedCustomer = AgeingAmounts & {
  customerId: string;
  name: string;
  invoiceList: AgedInvoice[];
};

export type AgedReceivables = {
  asOf: string;
  currencies: { currency: string; customers: AgedCustomer[]; totals: AgeingAmounts }[];
};

/** Credit owed that expires in one month (`YYYY-MM`), or never (`null`). */
export type CreditByExpiry = { month: string | null; paid: MoneyString; promotional: MoneyString };

export type CreditAmounts = {
  paid: MoneyString;
  promotional: MoneyString;
  /** paid + promotional: what the business owes in credit. */
  credit: MoneyString;
  /** What customers owe on their balances (a positive figure). */
  debt: MoneyString;
  byExpiry: CreditByExpiry[];
};

export type CreditOwedCustomer = CreditAmounts & { customerId: string; name: string };

export type CreditOwed = {
  asOf: string;
  currencies: { currency: string; customers: CreditOwedCustomer[]; totals: CreditAmounts }[];
};

export const ACTIVITY_MOVEMENTS = [
  'receivedPaid',
  'receivedPromotional',
  'creditNotes',
  'consumedByInvoices',
  'consumedByCharges',
  'consumedByTime',
  'expired',
  'refunded',
  'reversed',
  'adjusted',
] as const;
export type ActivityMovement = (typeof ACTIVITY_MOVEMENTS)[number];

/** A position at one moment: credit owed apart by kind, debt, and their net (the balances' sum). */
export type BalancePosition = {
  paid: MoneyString;
  promotional: MoneyString;
  debt: MoneyString;
  net: MoneyString;
};

export type ActivityFigures = {
  opening: BalancePosition;
  /** Signed: a credit to customers is positive, a debit negative. */
  movements: Record<ActivityMovement, MoneyString>;
  closing: BalancePosition;
};

export type Activity = {
  from: string;
  to: string;
  currencies: {
    currency: string;
    customers: (ActivityFigures & { customerId: string; name: string })[];
    totals: ActivityFigures;
  }[];
};

export const JOURNAL_ACCOUNTS = [
  'cash',
  'prepayments',
  'promotionalCredit',
  'promotionalExpense',
  'revenue',
  'receivables',
  'breakage',
  'adjustments',
] as const;
export type JournalAccount = (typeof JOURNAL_ACCOUNTS)[number];

export type JournalLine = {
  account: JournalAccount;
  /** The name (QuickBooks) or code (Xero) the account is mapped to. */
  accountName: string;
  side: 'debit' | 'credit';
  amount: MoneyString;
  /** Set on receivables lines, which the general ledger keeps per customer. */
  customerName: string | null;
  description: string;
};

/** One balanced journal: a day's lines in one currency. */
export type JournalDay = {
  date: string;
  currency: string;
  lines: JournalLine[];
  totalDebit: MoneyString;
  totalCredit: MoneyString;
};

export type Journal = { from: string; to: string; days: JournalDay[] };
