/** The customer's invoices, newest first, with quick buttons for a new or recurring invoice. */
import { Button, Group } from '@mantine/core';
import { IconFileInvoice } from '@tabler/icons-react';
import type { Customer } from '../../../../../shared/contract/types.ts';
import { openDialog } from '../../../app/dialog-store.ts';
import { usePagedQuery } from '../../../api/usePagedQuery.ts';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { QueryView } from '../../../components/QueryView.tsx';
import { InvoiceTable } from '../../invoices/InvoiceTable.tsx';
import { useCan } from '../../session/useCan.ts';

export function InvoicesTab({ customer }: { customer: Customer }) {
  const invoices = usePagedQuery('invoices.list', { customerId: customer.id, limit: 50 });
  const canWrite = useCan('invoices.create');
  return (
    <>
      {canWrite && (
        <Group mb="md" gap="xs">
          <Button
            size="xs"
            onClick={() => {
              openDialog({ kind: 'newInvoice', customerId: customer.id });
            }}
          >
            New invoice
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={() => {
              openDialog({ kind: 'recurringInvoice', customerId: customer.id });
            }}
          >
            Recurring invoice
          </Button>
        </Group>
      )}
      <QueryView
        query={{ ...invoices, data: invoices.status === 'success' ? invoices.items : undefined }}
        loadingLabel="Loading invoices"
        isEmpty={(items) => items.length === 0}
        empty={<EmptyState title="No invoices yet" icon={<IconFileInvoice size={22} />} />}
      >
        {(items) => (
          <InvoiceTable
            invoices={items}
            label={`Invoices of ${customer.name}`}
            hasMore={invoices.hasMore}
            isLoadingMore={invoices.isFetching}
            onLoadMore={invoices.loadMore}
          />
        )}
      </QueryView>
    </>
  );
}
