/**
 * The one registry of channels: name, input schema, whether it changes data, which roles may call
 * it, and whether the engine runs it as a batched pass. The engine's router and handler types, the
 * Electron IPC layer, the preload's allow-list and the renderer's typed client all read it, so a
 * channel exists in exactly one place; what a change makes stale is typed over it, beside it
 * (`stale-after.ts`).
 */
import type { z } from 'zod';
import * as admin from './schemas/admin.ts';
import * as balance from './schemas/balance.ts';
import * as book from './schemas/book.ts';
import * as customers from './schemas/customers.ts';
import * as imports from './schemas/imports.ts';
import * as invoices from './schemas/invoices.ts';
import * as reports from './schemas/reports.ts';
import * as statements from './schemas/statements.ts';
import * as work from './schemas/work.ts';
import type { MoneyString } from '../money.ts';
import type * as R from './report-types.ts';
import type * as T from './types.ts';
import type * as I from './import-types.ts';
import type { Role } from './types.ts';

const ANYONE: readonly Role[] = ['admin', 'accountant', 'viewer'];
const STAFF: readonly Role[] = ['admin', 'accountant'];
const ADMIN: readonly Role[] = ['admin'];

/**
 * `batched`: the engine answers with a pass of short transactions rather than one (a long pass,
 * or an export whose file is written after its reading transaction).
 */
type ChannelSpec = { input: z.ZodType; mutates: boolean; roles: readonly Role[]; batched?: true };

function read<S extends z.ZodType>(input: S, roles = ANYONE) {
  return { input, mutates: false as const, roles } satisfies ChannelSpec;
}

function write<S extends z.ZodType>(input: S, roles = STAFF) {
  return { input, mutates: true as const, roles } satisfies ChannelSpec;
}

function batched<S extends ChannelSpec>(spec: S) {
  return { ...spec, batched: true as const } satisfies ChannelSpec;
}

export const channels = {
  'customers.create': write(customers.customersCreate),
  'customers.update': write(customers.customersUpdate),
  'customers.get': read(customers.customersGet),
  'customers.list': read(customers.customersList),
  'customers.setBillingMode': write(customers.customersSetBillingMode, ADMIN),
  'customers.unblockCreditLimit': write(customers.customersUnblockCreditLimit, ADMIN),
  'customers.setReplenishment': write(customers.customersSetReplenishment),
  'customers.setHoursBudget': write(customers.customersSetHoursBudget),
  'customers.archive': write(customers.customersArchive),
  'customers.unarchive': write(customers.customersUnarchive),
  'balance.get': read(balance.balanceGet),
  'balance.history': read(balance.balanceHistory),
  'balance.topUp': write(balance.balanceTopUp),
  'balance.adjust': write(balance.balanceAdjust),
  'balance.charge': write(balance.balanceCharge),
  'balance.refund': write(balance.balanceRefund),
  'balance.reverse': write(balance.balanceReverse),
  'balance.applyToInvoice': write(invoices.balanceApplyToInvoice),
  'invoices.create': write(invoices.invoicesCreate),
  'invoices.update': write(invoices.invoicesUpdate),
  'invoices.issue': write(invoices.invoicesIssue),
  'invoices.void': write(invoices.invoicesVoid),
  'invoices.markUncollectible': write(invoices.invoicesMarkUncollectible),
  'invoices.get': read(invoices.invoicesGet),
  'invoices.list': read(invoices.invoicesList),
  'payments.record': write(invoices.paymentsRecord),
  'payments.list': read(invoices.paymentsList),
  'creditNotes.create': write(invoices.creditNotesCreate),
  'time.create': write(work.timeCreate),
  'time.list': read(work.timeList),
  'time.deduct': write(work.timeDeduct),
  'time.invoice': write(work.timeInvoice),
  'schedules.create': write(work.schedulesCreate),
  'schedules.list': read(work.schedulesList),
  'schedules.cancel': write(work.schedulesCancel),
  // Idempotent by design (each step records its progress), so it takes no requestId.
  'jobs.runDue': batched(read(work.jobsRunDue, STAFF)),
  'statements.get': read(statements.statementsGet),
  // Exports change no data but are logged; a viewer may export.
  'statements.exportCsv': batched(read(statements.statementsExportCsv)),
  'statements.exportPdf': batched(read(statements.statementsExportPdf)),
  'invoices.exportPdf': batched(read(statements.invoicesExportPdf)),
  // Kept statements (SPEC 11): listed and opened as sent, verified, drafted as email. Opening and
  // drafting write a file and are logged, as exports are; a draft also records "sent".
  'statements.snapshots': read(statements.statementsSnapshots),
  'statements.openSnapshot': batched(read(statements.statementsOpenSnapshot)),
  'statements.verify': batched(read(statements.statementsVerify)),
  'statements.draft': batched(read(statements.statementsDraft)),
  // The whole book, as a viewer may read it all: SPEC gives viewers "read and export".
  'book.export': batched(read(book.bookExport)),
  // The whole book into a new server book or file (#19): every record, so the admin only.
  'book.copyTo': batched(write(book.bookCopyTo, ADMIN)),
  // Bringing the books in writes money: the staff (admin, accountant), never a viewer.
  'imports.preview': read(imports.importsPreview, STAFF),
  'imports.commit': write(imports.importsCommit),
  'imports.list': read(imports.importsList, STAFF),
  'imports.undo': write(imports.importsUndo),
  'users.create': write(admin.usersCreate, ADMIN),
  'users.setPin': write(admin.usersSetPin, ADMIN),
  'users.update': write(admin.usersUpdate, ADMIN),
  'users.remove': write(admin.usersRemove, ADMIN),
  'users.list': read(admin.usersList),
  'users.listAll': read(admin.usersListAll),
  'users.signIn': read(admin.usersSignIn),
  'settings.get': read(admin.settingsGet),
  'settings.update': write(admin.settingsUpdate, ADMIN),
  'audit.list': read(admin.auditList),
  'audit.verify': read(admin.auditVerify),
  'reports.dashboard': read(admin.reportsDashboard),
  'reports.agedReceivables': read(reports.reportsAgedReceivables),
  'reports.creditOwed': read(reports.reportsCreditOwed),
  'reports.activity': read(reports.reportsActivity),
  'reports.journal': read(reports.reportsJournal),
  // Exports change no data but are logged; a viewer may export.
  'reports.exportCsv': batched(read(reports.reportsExport)),
  'reports.exportPdf': batched(read(reports.reportsExport)),
  'reports.exportJournalCsv': batched(read(reports.reportsExportJournalCsv)),
} as const satisfies Record<string, ChannelSpec>;

export type ChannelName = keyof typeof channels;

type Specs = typeof channels;

/** Channels that change data and so take a `requestId`. */
export type MutatingChannel = {
  [C in ChannelName]: Specs[C] extends { mutates: true } ? C : never;
}[ChannelName];

/** Channels whose handler is a batched pass rather than one transaction. */
export type BatchedChannel = {
  [C in ChannelName]: Specs[C] extends { batched: true } ? C : never;
}[ChannelName];

/** A channel's input as the engine's handler receives it: parsed, defaults filled in. */
export type ChannelInput<C extends ChannelName> = z.output<(typeof channels)[C]['input']>;

/** A channel's input as a caller sends it: as ChannelInput, but a defaulted field may be left out. */
export type ChannelCallInput<C extends ChannelName> = z.input<(typeof channels)[C]['input']>;

/** What each channel returns on success. */
export type ChannelOutputs = {
  'customers.create': T.Customer;
  'customers.update': T.Customer;
  'customers.get': T.Customer;
  'customers.list': T.Page<T.CustomerSummary>;
  'customers.setBillingMode': T.Customer;
  'customers.unblockCreditLimit': T.Customer;
  'customers.setReplenishment': T.Customer;
  'customers.archive': T.Customer;
  'customers.unarchive': T.Customer;
  'balance.get': T.Balance;
  'balance.history': T.Page<T.LedgerEntry>;
  'balance.topUp': T.BalanceChange;
  'balance.adjust': T.BalanceChange;
  'balance.charge': T.BalanceChange;
  'balance.refund': T.BalanceChange;
  'balance.reverse': T.BalanceChange;
  'balance.applyToInvoice': T.BalanceChange & { invoice: T.Invoice };
  'invoices.create': T.Invoice;
  'invoices.update': T.Invoice;
  'invoices.issue': T.Invoice & { causedInvoices?: T.CausedInvoice[] };
  'invoices.void': T.Invoice;
  'invoices.markUncollectible': T.Invoice;
  'invoices.get': T.Invoice;
  'invoices.list': T.Page<T.Invoice>;
  'customers.setHoursBudget': T.Balance;
  'payments.record': {
    payment: T.Payment;
    invoice?: T.Invoice;
    balance: T.Balance;
    /** A plain payment that settled debt notices: every payment row it wrote, in order. */
    payments?: T.Payment[];
    /** The balance-due invoices a plain payment settled first, oldest first. */
    settledInvoices?: T.Invoice[];
  };
  'payments.list': T.Page<T.Payment>;
  'creditNotes.create': { creditNote: T.CreditNote; invoice: T.Invoice; balance: T.Balance };
  /** `beyondBudget`: the part past a `charge` budget in hours, at the overage rate (SPEC 12). */
  'time.create': T.TimeEntry & { beyondBudget?: T.TimeEntry };
  'time.list': T.TimeEntry[];
  'time.deduct': {
    entries: T.LedgerEntry[];
    balance: T.Balance;
    /** The sum of the entries (negative), for one summary of the whole deduction. */
    total?: MoneyString;
    causedInvoices?: T.CausedInvoice[];
  };
  'time.invoice': T.Invoice;
  'schedules.create': T.Schedule;
  'schedules.list': T.Schedule[];
  'schedules.cancel': T.Schedule;
  'jobs.runDue': T.JobCounts;
  'statements.get': T.Statement;
  'statements.exportCsv': {
    path: string;
    rows: number;
    bytes: number;
    from: string;
    to: string;
    auditHead?: T.AuditHead | null;
  };
  'statements.exportPdf': T.FileWritten & {
    from: string;
    to: string;
    /** The snapshot kept of it and the verification code it prints (SPEC 11). */
    snapshotId: string;
    code: string;
  };
  'invoices.exportPdf': T.FileWritten;
  'statements.snapshots': T.Page<T.StatementSnapshot>;
  'statements.openSnapshot': T.FileWritten & { snapshotId: string };
  'statements.verify': T.StatementVerification;
  'statements.draft': T.StatementDraftWritten;
  'book.export': T.BookExport;
  'book.copyTo': T.BookCopy;
  'imports.preview': I.ImportPreview;
  'imports.commit': I.ImportCommitted;
  'imports.list': I.ImportBatch[];
  'imports.undo': I.ImportBatch;
  'users.create': T.User;
  'users.setPin': T.User;
  'users.update': T.User;
  'users.remove': T.UserRecord;
  'users.list': T.User[];
  'users.listAll': T.UserRecord[];
  'users.signIn': T.User;
  'settings.get': T.SettingsWithLogo;
  'settings.update': T.SettingsWithLogo;
  'audit.list': T.Page<T.AuditEvent>;
  'audit.verify': T.AuditVerification;
  'reports.dashboard': T.Dashboard;
  'reports.agedReceivables': R.AgedReceivables;
  'reports.creditOwed': R.CreditOwed;
  'reports.activity': R.Activity;
  'reports.journal': R.Journal;
  'reports.exportCsv': { path: string; bytes: number; rows: number };
  'reports.exportPdf': T.FileWritten;
  /** Xero takes at most 300 lines a file: a longer journal is several files, `paths` in order. */
  'reports.exportJournalCsv': { path: string; paths: string[]; bytes: number; days: number };
};

export type ChannelOutput<C extends ChannelName> = ChannelOutputs[C];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(channels, name);
}
