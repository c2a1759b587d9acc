/**
 * The caller's half, for tests: the model book's rows as they stood at the end of a day (entries,
 * lots and takings dated by then; invoices issued by then and still owing; their settlements).
 */
import type { ReceivableRows } from '../../electron/backend/accounting/ageing.ts';
import { due, type Book } from './book-model.ts';

export function rowsAt(book: Book, asOf: string): ReceivableRows {
  const entries = book.entries.filter((entry) => entry.day <= asOf);
  const ids = new Set(entries.map((entry) => entry.id));
  return {
    customers: book.customers,
    entries,
    grants: book.grants.filter((grant) => ids.has(grant.entryId)),
    allocations: book.allocations.filter((allocation) => ids.has(allocation.entryId)),
    invoices: book.invoices.filter(
      (invoice) => (invoice.issueDate ?? '') <= asOf && due(invoice, asOf) > 0,
    ),
    payments: book.payments.filter((payment) => payment.day <= asOf),
    creditNotes: book.creditNotes.filter((note) => note.day <= asOf),
  };
}
