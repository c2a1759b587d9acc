/**
 * Customers whose balance fell under their replenishment threshold, each a link to their page,
 * with the line their statement would end with.
 */
import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import type { LowBalanceCustomer } from '../../../../shared/contract/types.ts';
import { openCustomer, routeHash } from '../../app/route-store.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { MoneyText } from '../../components/MoneyText.tsx';
import { CustomerNetLine } from './NetLine.tsx';

export function LowBalanceCustomers({ customers }: { customers: LowBalanceCustomer[] }) {
  return (
    <Card h="100%" component="section" aria-label="Under their replenishment threshold">
      <Text fw={600} mb="sm">
        Under their replenishment threshold
      </Text>
      {customers.length === 0 ? (
        <EmptyState
          title="Everyone is above their threshold"
          icon={<IconCircleCheck size={22} />}
        />
      ) : (
        <Stack gap="xs">
          {customers.map((customer) => (
            <Group key={customer.customerId} justify="space-between" wrap="nowrap">
              <Stack gap={0}>
                <Anchor
                  href={routeHash({
                    page: 'customer',
                    customerId: customer.customerId,
                    tab: 'history',
                  })}
                  onClick={(event) => {
                    event.preventDefault();
                    openCustomer(customer.customerId);
                  }}
                  size="sm"
                >
                  {customer.name}
                </Anchor>
                <CustomerNetLine customer={customer} />
              </Stack>
              <Group gap={4} wrap="nowrap">
                <MoneyText
                  amount={customer.balance}
                  currency={customer.currency}
                  size="sm"
                  fw={600}
                />
                <Text size="xs" c="dimmed">
                  of
                </Text>
                <MoneyText
                  amount={customer.threshold}
                  currency={customer.currency}
                  size="xs"
                  c="dimmed"
                  tone="plain"
                />
              </Group>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}
