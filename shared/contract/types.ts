/** Shapes that the engine returns: the contract's output side, shared by both processes. */
import type { MoneyString } from '../money.ts';
import type { PAYMENT_METHODS } from './schemas/common.ts';
import type { JournalAccount } from './report-types.ts';
import type { EntryDocument, EntryLot } from './entry-types.ts';
import type { HoursBudget } from './plan-types.ts';

export type * from './entry-types.ts';
export type * from './plan-types.ts';
export type * from './dashboard-types.ts';
export { ENTRY_DOCUMENT_KINDS } from './entry-types.ts';
import type { StatementBusiness, StatementHours, StatementNetLine } from './statement-types.ts';

export type Role = 'admin' | 'accountant' | 'viewer';
export type BillingMode = 'prepaid' | 'credit_limit' | 'postpaid';
export type GrantKind = 'paid' | 'promotional';

export const LEDGER_ENTRY_TYPES = [
  'top_up',
  'promotional_credit',
  'credit_note',
  'overpayment',
  'adjustment',
  'applied_to_invoice',
  'unapplied_from_invoice',
  'charge',
  'refund',
  'expiration',
  'debt_payment',
  // Brought in by an import (issue #14): credit (+) or debt (-) as the books stood.
  'opening_balance',
  'reversal',
] as const;
export type LedgerEntryType = (typeof LEDGER_ENTRY_TYPES)[number];

export type Page<T> = { items: T[]; nextCursor: string | null };

export type Replenishment = {
  enabled: boolean;
  threshold: MoneyString | null;
  amount: MoneyString | null;
  recurrence: 'once' | 'always' | null;
};

export type Customer = {
  id: string;
  name: string;
  currency: string;
  email: string;
  address: string;
  billingMode: BillingMode;
  creditLimit: MoneyString | null;
  creditLimitBlocked: boolean;
  paymentTermsDays: number;
  hourlyRate: MoneyString | null;
  autoApplyCredit: boolean;
  replenishment: Replenishment;
  /** When the customer was archived (hidden from lists, history kept); null while active. */
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type CustomerSummary = Pick<
  Customer,
  'id' | 'name' | 'currency' | 'email' | 'billingMode' | 'creditLimitBlocked' | 'archivedAt'
> & { balance: MoneyString };

export type Grant = {
  id: string;
  kind: GrantKind;
  original: MoneyString;
  remaining: MoneyString;
  expiresOn: string | null;
  /** The business date the lot was received: that of the entry that formed it. */
  openedOn: string;
  createdAt: string;
};

export type Balance = {
  customerId: string;
  currency: string;
  balance: MoneyString;
  /** Balance plus the usable credit limit; null when post-paid (no bound). */
  available: MoneyString | null;
  /** What a debit may take now: `available`, never below zero (a blocked limit in debt: 0). */
  spendableNow?: MoneyString | null;
  /**
   * What a refund may take now: paid credit only, never promotional (`balance.refund`'s limit).
   * Always given by the engine; absent only in a result stored before it existed (a replay).
   */
  refundable?: MoneyString;
  grants: Grant[];
  hoursRemaining: string | null;
  /** `balance.get` only: the budget in hours and its use now; null without one (SPEC 12). */
  hoursBudget?: HoursBudget | null;
};

export type LedgerEntry = {
  id: string;
  customerId: string;
  seq: number;
  type: LedgerEntryType;
  amount: MoneyString;
  balanceAfter: MoneyString;
  occurredAt: string;
  actorId: string;
  reason: string | null;
  description: string | null;
  invoiceId: string | null;
  paymentId: string | null;
  creditNoteId: string | null;
  timeEntryId: string | null;
  grantId: string | null;
  /** The business date it takes effect (YYYY-MM-DD); `occurredAt` is when it was recorded. */
  effectiveOn: string;
  /** On a reversal: the entry it undoes. */
  reversesEntryId: string | null;
  /** The reversal that undid this entry, if any. */
  reversedByEntryId: string | null;
  /** Whether `balance.reverse` would accept it now (the engine's rule, not the renderer's). */
  reversible: boolean;
  /** What the entry took from each grant (debits only). */
  allocations: { grantId: string; amount: MoneyString }[];
  /** `balance.history` only: the lots a debit took, in the order it took them (SPEC 12). */
  lots?: EntryLot[];
  /** `balance.history` only: every document behind the entry, to link to. */
  documents?: EntryDocument[];
};

/** An invoice an action issued on its own (a replenishment top-up request), for its message. */
export type CausedInvoice = {
  id: string;
  number: string | null;
  kind: InvoiceKind;
  total: MoneyString;
};

export type BalanceChange = {
  entry: LedgerEntry;
  balance: Balance;
  /** Invoices the action caused the application to issue (replenishment); absent when none. */
  causedInvoices?: CausedInvoice[];
};

export type User = { id: string; name: string; role: Role; hasPin: boolean; createdAt: string };

/** A user as `users.listAll` gives them: `removedAt` is set once an admin removed them. */
export type UserRecord = User & { removedAt: string | null };

export type Settings = {
  businessName: string;
  address: string;
  invoicePrefix: string;
  defaultPaymentTermsDays: number;
  /** The journal's account name (QuickBooks) or code (Xero) per account; unset ones are absent. */
  journalAccounts: Partial<Record<JournalAccount, string>>;
  /** Entries dated on or before it are refused (YYYY-MM-DD); null while no period is closed. */
  closingDate: string | null;
  updatedAt: string;
  taxId: string;
  bankDetails: string;
  statementMessage: string;
  emailSubjectTemplate: string;
  emailBodyTemplate: string;
  /** SHA-256 of the logo's bytes (the logo itself in `logo`), null without one. */
  logoSha256: string | null;
};

export type AuditEvent = {
  id: string;
  seq: number;
  at: string;
  actorId: string;
  action: string;
  entityType: string;
  entityId: string;
  reason: string | null;
  before: unknown;
  after: unknown;
};

export type AuditVerification = {
  ok: boolean;
  checked: number;
  problems: string[];
  /** What is not a break but a bookkeeper should know (e.g. triggers the engine put back). */
  notices?: string[];
};

export type InvoiceKind = 'standard' | 'top_up' | 'balance_due';
export type InvoiceStatus = 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';

export type InvoiceLine = {
  description: string;
  quantity: string;
  unitPrice: MoneyString;
  taxRate: string | null;
  amount: MoneyString;
  tax: MoneyString;
};

export type Invoice = {
  id: string;
  number: string | null;
  customerId: string;
  kind: InvoiceKind;
  status: InvoiceStatus;
  /** Open and past its due date in the business time zone. */
  pastDue: boolean;
  issueDate: string | null;
  dueDate: string | null;
  currency: string;
  memo: string;
  lines: InvoiceLine[];
  subtotal: MoneyString;
  tax: MoneyString;
  total: MoneyString;
  creditApplied: MoneyString;
  amountPaid: MoneyString;
  creditNoted: MoneyString;
  /** What is still owed: a void invoice owes nothing, so `0.00`. */
  amountDue: MoneyString;
  /** The reason given when the invoice was voided; null unless void. */
  voidReason?: string | null;
  origin: string | null;
  createdAt: string;
  updatedAt: string;
};

export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export type Payment = {
  id: string;
  customerId: string;
  amount: MoneyString;
  method: PaymentMethod;
  reference: string;
  receivedOn: string;
  invoiceId: string | null;
  appliedToInvoice: MoneyString;
  creditedToBalance: MoneyString;
  actorId: string;
  createdAt: string;
};

export type CreditNote = {
  id: string;
  invoiceId: string;
  customerId: string;
  amount: MoneyString;
  reducedDue: MoneyString;
  creditedToBalance: MoneyString;
  reason: string;
  actorId: string;
  createdAt: string;
};

export type TimeEntry = {
  id: string;
  customerId: string;
  date: string;
  hours: string;
  description: string;
  hourlyRate: MoneyString;
  amount: MoneyString;
  status: 'unbilled' | 'deducted' | 'invoiced';
  entryId: string | null;
  invoiceId: string | null;
  actorId: string;
  createdAt: string;
};

export type JobCounts = {
  expired: number;
  recurringIssued: number;
  balanceDueIssued: number;
  blocked: number;
  unblocked: number;
  replenishmentsIssued: number;
};

export type StatementEntry = {
  id: string;
  seq: number;
  occurredAt: string;
  /** The business date the entry takes effect (`effectiveOn`), which orders the statement. */
  date: string;
  type: LedgerEntryType;
  description: string | null;
  reason: string | null;
  amount: MoneyString;
  runningBalance: MoneyString;
  invoiceId: string | null;
  invoiceNumber: string | null;
  paymentId: string | null;
  creditNoteId: string | null;
  actorId: string;
  /** The lots a debit took, in spending order; absent for a credit or a debit that took none. */
  lots?: EntryLot[];
};

export type StatementInvoice = Pick<
  Invoice,
  | 'id'
  | 'number'
  | 'kind'
  | 'status'
  | 'issueDate'
  | 'dueDate'
  | 'total'
  | 'creditApplied'
  | 'amountPaid'
  | 'creditNoted'
  | 'amountDue'
  | 'voidReason'
>;

export type AgeingBucket = 'current' | 'd1_30' | 'd31_60' | 'd61_90' | 'over90';

export type OpenReceivable = {
  id: string;
  number: string | null;
  kind: InvoiceKind;
  issueDate: string;
  dueDate: string;
  /** What was still due at the end of the statement's last day. */
  amountDue: MoneyString;
  daysPastDue: number;
  bucket: AgeingBucket;
};

export type Statement = {
  business: StatementBusiness;
  customer: Customer;
  currency: string;
  from: string;
  to: string;
  openingBalance: MoneyString;
  closingBalance: MoneyString;
  totalCredits: MoneyString;
  totalDebits: MoneyString;
  entries: StatementEntry[];
  invoices: StatementInvoice[];
  payments: Payment[];
  openReceivables: OpenReceivable[];
  ageing: Record<AgeingBucket, MoneyString>;
  totalReceivable: MoneyString;
  /** The budget in hours and its use in the period running on `to`; absent without one. */
  hoursBudget?: HoursBudget;
  /** Hours used and what the credit buys; absent when the customer has no hourly rate. */
  hours?: StatementHours;
  netLine: StatementNetLine;
  generatedAt: string;
};

/** The head of the audit chain: its newest event's number and hash. */
export type AuditHead = { seq: number; hash: string };

export type FileWritten = {
  path: string;
  pages: number;
  bytes: number;
  /** The audit chain's head as the export was read, to check the book against later. */
  auditHead?: AuditHead | null;
};

/** One file of the whole-book export: its name, full path, data rows (0 for README.txt), size. */
export type BookFile = { name: string; path: string; rows: number; bytes: number };

/** `book.export`: the folder made, how many files and bytes went into it, and each file. */
export type BookExport = {
  path: string;
  files: number;
  bytes: number;
  exportedAt: string;
  contents: BookFile[];
  auditHead: AuditHead | null;
};

/**
 * `book.copyTo`: where the book went (a server book's address never with its password), how many
 * rows of each table, and what was checked on the copy before it was committed.
 */
export type BookCopy = {
  target: { kind: 'server'; address: string } | { kind: 'file'; path: string };
  copiedAt: string;
  rows: Record<string, number>;
  auditHead: AuditHead | null;
  verified: { ok: true; checked: number; customers: number; lots: number; openInvoices: number };
};

export type * from './statement-types.ts';
