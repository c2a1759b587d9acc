/**
 * The columns of the customers table. In a narrow window the name and mode wrap and the email
 * gives way, while the balance column is measured to the widest balance shown, so it stays in
 * view and whole.
 */
import { Anchor, Badge, Group, Text } from '@mantine/core';
import type { CustomerSummary } from '../../../../shared/contract/types.ts';
import { openCustomer, routeHash } from '../../app/route-store.ts';
import type { Column } from '../../components/VirtualTable.tsx';
import { MoneyText } from '../../components/MoneyText.tsx';
import { mixedMoneyColumnWidth } from '../../lib/money-columns.ts';
import { BillingModeBadge } from './BillingModeBadge.tsx';

const TEXT_COLUMNS: readonly Column<CustomerSummary>[] = [
  {
    key: 'name',
    header: 'Name',
    width: 'minmax(120px, 2fr)',
    render: (row) => (
      <Group gap="xs">
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
    width: 'minmax(40px, 1.5fr)',
    render: (row) => (
      <Text size="sm" c="dimmed" truncate>
        {row.email || '—'}
      </Text>
    ),
  },
  {
    key: 'mode',
    header: 'Mode',
    width: 'minmax(130px, 1fr)',
    render: (row) => <BillingModeBadge mode={row.billingMode} isBlocked={row.creditLimitBlocked} />,
  },
];

export function customerColumns(rows: readonly CustomerSummary[]): Column<CustomerSummary>[] {
  const balances = rows.map((row) => ({ amount: row.balance, currency: row.currency }));
  return [
    ...TEXT_COLUMNS,
    {
      key: 'balance',
      header: 'Balance',
      width: mixedMoneyColumnWidth(balances, 'Balance'),
      align: 'right',
      isMoney: true,
      render: (row) => <MoneyText amount={row.balance} currency={row.currency} fw={600} />,
    },
  ];
}
