/** The columns of the customers table. */
import { Anchor, Badge, Group, Text } from '@mantine/core';
import type { CustomerSummary } from '../../../../shared/contract/types.ts';
import { openCustomer, routeHash } from '../../app/route-store.ts';
import type { Column } from '../../components/VirtualTable.tsx';
import { MoneyText } from '../../components/MoneyText.tsx';
import { BillingModeBadge } from './BillingModeBadge.tsx';

export const CUSTOMER_COLUMNS: readonly Column<CustomerSummary>[] = [
  {
    key: 'name',
    header: 'Name',
    width: 'minmax(180px, 2fr)',
    render: (row) => (
      <Group gap="xs" wrap="nowrap">
        <Anchor
          href={routeHash({ page: 'customer', customerId: row.id, tab: 'history' })}
          fw={600}
          size="sm"
          onClick={(event) => {
            event.preventDefault();
            event.stopPropagation();
            openCustomer(row.id);
          }}
        >
          {row.name}
        </Anchor>
        {row.archivedAt !== null && (
          <Badge size="sm" color="gray" variant="outline">
            Archived
          </Badge>
        )}
      </Group>
    ),
  },
  {
    key: 'email',
    header: 'Email',
    width: 'minmax(160px, 2fr)',
    render: (row) => (
      <Text size="sm" c="dimmed" truncate>
        {row.email || '—'}
      </Text>
    ),
  },
  {
    key: 'mode',
    header: 'Mode',
    width: '240px',
    render: (row) => <BillingModeBadge mode={row.billingMode} isBlocked={row.creditLimitBlocked} />,
  },
  {
    key: 'balance',
    header: 'Balance',
    width: '150px',
    align: 'right',
    render: (row) => <MoneyText amount={row.balance} currency={row.currency} fw={600} />,
  },
];
