/**
 * All invoices, newest first, filtered by status, kind and past due (each filter applied by the
 * engine, so every page holds only matching invoices); a row opens the drawer.
 */
import { Card, Group, NativeSelect, Switch } from '@mantine/core';
import { IconFileInvoice } from '@tabler/icons-react';
import { INVOICE_KINDS, INVOICE_STATUSES } from '../../../../shared/contract/schemas/invoices.ts';
import { INVOICE_KIND_LABELS, INVOICE_STATUS_LABELS } from '../../../../shared/labels.ts';
import { usePagedQuery } from '../../api/usePagedQuery.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import { useInvoiceStore } from './invoice-store.ts';
import { InvoiceTable } from './InvoiceTable.tsx';

const PAGE_SIZE = 50;
const ALL = '';

function options<K extends string>(labels: Record<K, string>, all: string) {
  return [
    { value: ALL, label: all },
    ...Object.entries<string>(labels).map(([value, label]) => ({ value, label })),
  ];
}

export function InvoicesPage() {
  const { status, kind, isPastDueOnly, setStatus, setKind, setPastDueOnly } = useInvoiceStore();
  const invoices = usePagedQuery('invoices.list', {
    ...(status === null ? {} : { status }),
    ...(kind === null ? {} : { kind }),
    ...(isPastDueOnly ? { pastDue: 'all' as const } : {}),
    limit: PAGE_SIZE,
  });
  return (
    <>
      <PageHeader title="Invoices" description="Every invoice, newest first." />
      <Card>
        <Group mb="md" align="flex-end">
          <NativeSelect
            label="Status"
            data={options(INVOICE_STATUS_LABELS, 'All statuses')}
            value={status ?? ALL}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setStatus(INVOICE_STATUSES.find((known) => known === value) ?? null);
            }}
          />
          <NativeSelect
            label="Kind"
            data={options(INVOICE_KIND_LABELS, 'All kinds')}
            value={kind ?? ALL}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setKind(INVOICE_KINDS.find((known) => known === value) ?? null);
            }}
          />
          <Switch
            label="Past due only"
            mb={8}
            checked={isPastDueOnly}
            onChange={(event) => {
              setPastDueOnly(event.currentTarget.checked);
            }}
          />
        </Group>
        <QueryView
          query={{ ...invoices, data: invoices.status === 'success' ? invoices.items : undefined }}
          loadingLabel="Loading invoices"
          rows={6}
          isEmpty={(items) => items.length === 0 && !invoices.hasMore}
          empty={
            <EmptyState
              title="No invoices here"
              description="Invoices you create on a customer's page appear here."
              icon={<IconFileInvoice size={22} />}
            />
          }
        >
          {(items) => (
            <InvoiceTable
              invoices={items}
              label="Invoices"
              showCustomer
              hasMore={invoices.hasMore}
              isLoadingMore={invoices.isFetching}
              onLoadMore={invoices.loadMore}
            />
          )}
        </QueryView>
      </Card>
    </>
  );
}
