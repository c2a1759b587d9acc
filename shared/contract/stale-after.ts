/**
 * What a successful call makes stale, next to the channel registry: for every channel that
 * changes data (each mutating channel and each batched pass), the customers and invoices it
 * touched, or everything. The renderer's query cache invalidates by it. The map is typed over
 * the registry, so a new mutating channel that does not say what it touches does not compile,
 * and each rule reads its channel's own input and output types (no guessing from field names).
 */
import type { BatchedChannel, ChannelInput, ChannelOutput, MutatingChannel } from './channels.ts';

/** The records a call changed; lists across customers (and the audit log) always go stale. */
export type Touched = { customerIds: readonly string[]; invoiceIds: readonly string[] };

/** `everything`: the change reaches any record (a scheduled pass, a setting printed everywhere). */
export type Staleness = 'everything' | Touched;

export type StaleChannel = MutatingChannel | BatchedChannel;

export type StaleRule<C extends StaleChannel> = (
  input: ChannelInput<C>,
  output: ChannelOutput<C>,
) => Staleness;

function touched(customerIds: readonly string[], invoiceIds: readonly string[] = []): Touched {
  return { customerIds, invoiceIds };
}

const everything = (): Staleness => 'everything';
const lists = (): Staleness => touched([]);
const itsCustomer = (input: { customerId: string }): Staleness => touched([input.customerId]);
const itsInvoice = (input: { invoiceId: string }, output: { customerId: string }): Staleness =>
  touched([output.customerId], [input.invoiceId]);
const causedIds = (output: { causedInvoices?: readonly { id: string }[] }) =>
  (output.causedInvoices ?? []).map((invoice) => invoice.id);
const itsBalance = (
  input: { customerId: string },
  output: { causedInvoices?: readonly { id: string }[] },
): Staleness => touched([input.customerId], causedIds(output));

export const staleAfter: { [C in StaleChannel]: StaleRule<C> } = {
  'customers.create': (_input, output) => touched([output.id]),
  'customers.update': itsCustomer,
  'customers.setBillingMode': itsCustomer,
  'customers.unblockCreditLimit': itsCustomer,
  'customers.setReplenishment': itsCustomer,
  'customers.setHoursBudget': itsCustomer,
  'customers.archive': itsCustomer,
  'customers.unarchive': itsCustomer,
  'balance.topUp': itsBalance,
  'balance.adjust': itsBalance,
  'balance.charge': itsBalance,
  'balance.refund': itsBalance,
  'balance.reverse': (_input, output) => touched([output.entry.customerId]),
  'balance.applyToInvoice': (input, output) =>
    touched([output.invoice.customerId], [input.invoiceId, ...causedIds(output)]),
  'invoices.create': (_input, output) => touched([output.customerId], [output.id]),
  'invoices.update': itsInvoice,
  'invoices.issue': (input, output) =>
    touched([output.customerId], [input.invoiceId, ...causedIds(output)]),
  'invoices.void': itsInvoice,
  'invoices.markUncollectible': itsInvoice,
  'payments.record': (input, output) =>
    touched(
      [input.customerId],
      [
        ...(input.invoiceId === undefined ? [] : [input.invoiceId]),
        ...(output.settledInvoices ?? []).map((invoice) => invoice.id),
      ],
    ),
  'creditNotes.create': (input, output) => touched([output.invoice.customerId], [input.invoiceId]),
  'time.create': itsCustomer,
  'time.deduct': itsBalance,
  'time.invoice': (input, output) => touched([input.customerId], [output.id]),
  'schedules.create': itsCustomer,
  'schedules.cancel': (_input, output) => touched([output.customerId]),
  // Expiry, recurring and balance-due invoices, blocks and top-ups, for any customer.
  'jobs.runDue': everything,
  // Exports change no record; they are logged, so the audit log (a list) goes stale.
  'statements.exportCsv': lists,
  'statements.exportPdf': itsCustomer,
  'invoices.exportPdf': lists,
  // A kept statement or a draft's "sent" shows on its customer's Statements tab.
  'statements.openSnapshot': lists,
  'statements.verify': lists,
  'statements.draft': (_input, output) => touched([output.customerId]),
  'book.export': lists,
  // A copy changes no record of this book; it is logged.
  'book.copyTo': lists,
  // An import reaches customers by the thousand: everything is stale after it and its undo.
  'imports.commit': everything,
  'imports.undo': everything,
  'reports.exportCsv': lists,
  'reports.exportPdf': lists,
  'reports.exportJournalCsv': lists,
  'users.create': lists,
  'users.setPin': lists,
  'users.update': lists,
  'users.remove': lists,
  // The business name, address and invoice prefix appear on every document and page.
  'settings.update': everything,
};
