/**
 * The ledger, newest first, with the running balance, type, description, reason, who recorded it
 * and the document behind it. Virtualised and paged with the cursor, so 100,000 entries scroll
 * smoothly.
 */
import { IconListDetails } from '@tabler/icons-react';
import type { Customer } from '../../../../../shared/contract/types.ts';
import { usePagedQuery } from '../../../api/usePagedQuery.ts';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { QueryView } from '../../../components/QueryView.tsx';
import { VirtualTable } from '../../../components/VirtualTable.tsx';
import { openDialog } from '../../../app/dialog-store.ts';
import { useCan } from '../../session/useCan.ts';
import { useUserNames } from '../../session/useUserNames.ts';
import { historyColumns } from './history-columns.tsx';

/** Rows fetched per page of history (the engine's maximum is 500). */
const HISTORY_PAGE = 200;

export function HistoryTab({ customer }: { customer: Customer }) {
  const history = usePagedQuery('balance.history', {
    customerId: customer.id,
    limit: HISTORY_PAGE,
  });
  const nameOf = useUserNames();
  const canReverse = useCan('balance.reverse') && customer.archivedAt === null;
  return (
    <QueryView
      query={{ ...history, data: history.status === 'success' ? history.items : undefined }}
      loadingLabel="Loading the balance history"
      rows={8}
      isEmpty={(items) => items.length === 0}
      empty={
        <EmptyState
          title="No money has moved yet"
          description="Top up, charge or issue an invoice to start the ledger."
          icon={<IconListDetails size={22} />}
        />
      }
    >
      {(items) => (
        <VirtualTable
          label="Balance history"
          rows={items}
          columns={historyColumns(customer.currency, nameOf, items, {
            canReverse,
            onReverse: (row) => {
              openDialog({ kind: 'reverse', customerId: customer.id, entry: row });
            },
          })}
          rowKey={(row) => row.id}
          height={480}
          rowHeight={56}
          hasMore={history.hasMore}
          isLoadingMore={history.isFetching}
          onLoadMore={history.loadMore}
        />
      )}
    </QueryView>
  );
}
