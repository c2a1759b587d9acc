/** A link to an invoice by id, showing its number once known; it opens the invoice drawer. */
import { Anchor } from '@mantine/core';
import { useQuery } from '../../api/useQuery.ts';
import { openInvoice } from './invoice-store.ts';
import { invoiceName } from './WithInvoice.tsx';

export function InvoiceLink({ invoiceId }: { invoiceId: string }) {
  const invoice = useQuery('invoices.get', { invoiceId });
  return (
    <Anchor
      component="button"
      type="button"
      size="sm"
      onClick={(event) => {
        event.stopPropagation();
        openInvoice(invoiceId);
      }}
    >
      {invoice.data ? invoiceName(invoice.data) : 'Invoice'}
    </Anchor>
  );
}
