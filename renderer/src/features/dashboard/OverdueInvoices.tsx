/**
 * Open invoices past their due date, oldest issue first in the list the engine gives. Top-up
 * requests are left out, as the dashboard's overdue figure leaves them out (docs/rules.md: a
 * request to prepay is never overdue debt).
 */
import { Card, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useQuery } from '../../api/useQuery.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import { InvoiceTable } from '../invoices/InvoiceTable.tsx';

/** Overdue invoices are looked for among this many open invoices. */
const OPEN_INVOICES_SCANNED = 200;

export function OverdueInvoices() {
  const open = useQuery('invoices.list', { status: 'open', limit: OPEN_INVOICES_SCANNED });
  const overdue = open.data
    ? open.data.items.filter((invoice) => invoice.pastDue && invoice.kind !== 'top_up')
    : undefined;
  return (
    <Card component="section" aria-label="Overdue invoices">
      <Text fw={600} mb="sm">
        Overdue invoices
      </Text>
      <QueryView
        query={{ ...open, data: overdue }}
        loadingLabel="Loading overdue invoices"
        isEmpty={(items) => items.length === 0}
        empty={<EmptyState title="Nothing overdue" icon={<IconCircleCheck size={22} />} />}
      >
        {(items) => <InvoiceTable invoices={items} label="Overdue invoices" showCustomer />}
      </QueryView>
    </Card>
  );
}
