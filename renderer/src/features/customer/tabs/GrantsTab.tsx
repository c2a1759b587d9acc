/** The customer's lots of credit: kind, original, remaining and expiry, in spending order. */
import { Badge, Table, Text } from '@mantine/core';
import { IconCoins } from '@tabler/icons-react';
import type { Customer } from '../../../../../shared/contract/types.ts';
import { useQuery } from '../../../api/useQuery.ts';
import { DateText } from '../../../components/DateText.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { MoneyText } from '../../../components/MoneyText.tsx';
import { QueryView } from '../../../components/QueryView.tsx';

export function GrantsTab({ customer }: { customer: Customer }) {
  const balance = useQuery('balance.get', { customerId: customer.id });
  const c = customer.currency;
  return (
    <QueryView
      query={{ ...balance, data: balance.data?.grants }}
      loadingLabel="Loading grants"
      isEmpty={(grants) => grants.length === 0}
      empty={
        <EmptyState
          title="No credit left to spend"
          description="Top-ups and credit notes create grants."
          icon={<IconCoins size={22} />}
        />
      }
    >
      {(grants) => (
        <Table aria-label="Grants" verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Received</Table.Th>
              <Table.Th ta="right">Original</Table.Th>
              <Table.Th ta="right">Remaining</Table.Th>
              <Table.Th>Expires on</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {grants.map((grant) => (
              <Table.Tr key={grant.id}>
                <Table.Td>
                  <Badge color={grant.kind === 'paid' ? 'teal' : 'lime'}>
                    {grant.kind === 'paid' ? 'Paid' : 'Promotional'}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <DateText size="sm" date={grant.openedOn} />
                </Table.Td>
                <Table.Td ta="right">
                  <MoneyText amount={grant.original} currency={c} tone="plain" />
                </Table.Td>
                <Table.Td ta="right">
                  <MoneyText amount={grant.remaining} currency={c} fw={600} />
                </Table.Td>
                <Table.Td>
                  {grant.expiresOn === null ? (
                    <Text size="sm" c="dimmed">
                      Never
                    </Text>
                  ) : (
                    <DateText size="sm" date={grant.expiresOn} />
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </QueryView>
  );
}
