/** Loads the invoice a dialog acts on, then renders the dialog's form with it. */
import { Modal } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Invoice } from '../../../../shared/contract/types.ts';
import { useQuery } from '../../api/useQuery.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';

export type WithInvoiceProps = {
  invoiceId: string;
  title: string;
  onClose: () => void;
  children: (invoice: Invoice) => ReactNode;
};

export function WithInvoice({ invoiceId, title, onClose, children }: WithInvoiceProps) {
  const invoice = useQuery('invoices.get', { invoiceId });
  if (invoice.data !== undefined) return <>{children(invoice.data)}</>;
  return (
    <Modal opened onClose={onClose} title={title} centered>
      {invoice.status === 'error' ? (
        <ErrorAlert error={invoice.error} onRetry={invoice.refetch} />
      ) : (
        <LoadingState label="Loading the invoice" rows={3} />
      )}
    </Modal>
  );
}

/** "INV-0001" or "Draft invoice" for a draft, which has no number yet. */
export function invoiceName(invoice: Pick<Invoice, 'number'>): string {
  return invoice.number ?? 'Draft invoice';
}
