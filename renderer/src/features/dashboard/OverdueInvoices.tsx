/**
 * Overdue invoices, newest first, as the engine lists them (`invoices.list` `pastDue: 'debt'`):
 * open, owing, due before today, and not top-up requests, which the dashboard's overdue figure
 * leaves out too (docs/rules.md: a request to prepay is never overdue debt). Paged by the engine,
 * so none is missed however many invoices are open.
 */
import { Card, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { usePagedQuery } from '../../api/usePagedQuery.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import { InvoiceTable } from '../invoices/InvoiceTable.tsx';

const PAGE_SIZE = 50;

export function OverdueInvoices() {
  const overdue = usePagedQuery('invoices.list', { pastDue: 'debt', limit: PAGE_SIZE });
  return (
    <Card component="section" aria-label="Overdue invoices">
      <Text fw={600} mb="sm">
        Overdue invoices
      </Text>
      <QueryView
        query={{ ...overdue, data: overdue.status === 'success' ? overdue.items : undefined }}
        loadingLabel="Loading overdue invoices"
        isEmpty={(items) => items.length === 0}
        empty={<EmptyState title="Nothing overdue" icon={<IconCircleCheck size={22} />} />}
      >
        {(items) => (
          <InvoiceTable
            invoices={items}
            label="Overdue invoices"
            showCustomer
            hasMore={overdue.hasMore}
            isLoadingMore={overdue.isFetching}
            onLoadMore={overdue.loadMore}
          />
        )}
      </QueryView>
    </Card>
  );
}
