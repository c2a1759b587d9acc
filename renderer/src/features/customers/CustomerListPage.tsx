/**
 * Customers, searchable (debounced, searched by the engine) and paged with the cursor as you
 * scroll; only the visible rows are rendered, so 10,000 customers stay fast. The header also
 * starts month-end statements, one PDF for every customer.
 */
import { Button, Card, Group, Kbd, Switch, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFileStack, IconPlus, IconSearch, IconUsers } from '@tabler/icons-react';
import { useMemo, useRef } from 'react';
import { openDialog } from '../../app/dialog-store.ts';
import { openCustomer } from '../../app/route-store.ts';
import { useShortcuts } from '../../app/useShortcuts.ts';
import { usePagedQuery } from '../../api/usePagedQuery.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import { VirtualTable } from '../../components/VirtualTable.tsx';
import { useCan } from '../session/useCan.ts';
import { customerColumns } from './customer-columns.tsx';
import { useCustomersStore } from './customers-store.ts';

const PAGE_SIZE = 100;

export function CustomerListPage() {
  const search = useCustomersStore((state) => state.search);
  const setSearch = useCustomersStore((state) => state.setSearch);
  const includeArchived = useCustomersStore((state) => state.includeArchived);
  const setIncludeArchived = useCustomersStore((state) => state.setIncludeArchived);
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const canCreate = useCan('customers.create');
  const searchRef = useRef<HTMLInputElement>(null);
  const customers = usePagedQuery('customers.list', {
    ...(debounced === '' ? {} : { search: debounced }),
    ...(includeArchived ? { includeArchived } : {}),
    limit: PAGE_SIZE,
  });
  const shortcuts = useMemo(
    () => ({
      '/': () => searchRef.current?.focus(),
      n: () => {
        if (canCreate) openDialog({ kind: 'newCustomer' });
      },
    }),
    [canCreate],
  );
  useShortcuts(shortcuts);

  return (
    <>
      <PageHeader
        title="Customers"
        description="Balances and billing modes of every customer."
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconFileStack size={16} />}
              onClick={() => {
                openDialog({ kind: 'monthEndStatements' });
              }}
            >
              Month-end statements
            </Button>
            {canCreate && (
              <Button
                leftSection={<IconPlus size={16} />}
                onClick={() => {
                  openDialog({ kind: 'newCustomer' });
                }}
              >
                New customer
              </Button>
            )}
          </>
        }
      />
      <Card>
        <Group mb="md" align="flex-end">
          <TextInput
            ref={searchRef}
            label="Search customers"
            placeholder="Name or email"
            leftSection={<IconSearch size={16} />}
            rightSection={<Kbd size="xs">/</Kbd>}
            w={360}
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
            }}
          />
          <Switch
            label="Show archived customers"
            mb={8}
            checked={includeArchived}
            onChange={(event) => {
              setIncludeArchived(event.currentTarget.checked);
            }}
          />
        </Group>
        <QueryView
          query={{
            ...customers,
            data: customers.status === 'success' ? customers.items : undefined,
          }}
          loadingLabel="Loading customers"
          rows={8}
          isEmpty={(items) => items.length === 0}
          empty={
            <EmptyState
              title={debounced === '' ? 'No customers yet' : 'No customer matches'}
              description={
                debounced === ''
                  ? 'Add a customer to start keeping their balance.'
                  : `Nothing found for “${debounced}”.`
              }
              icon={<IconUsers size={22} />}
            />
          }
        >
          {(items) => (
            <VirtualTable
              label="Customers"
              rows={items}
              columns={customerColumns(items)}
              rowKey={(row) => row.id}
              height="calc(100dvh - 330px)"
              rowHeight={52}
              hasMore={customers.hasMore}
              isLoadingMore={customers.isFetching}
              onLoadMore={customers.loadMore}
              onRowClick={(row) => {
                openCustomer(row.id);
              }}
            />
          )}
        </QueryView>
      </Card>
    </>
  );
}
