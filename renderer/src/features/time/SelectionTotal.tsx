/** What a selection of unbilled time comes to, shown in the dialogs that bill it. */
import { Group, Text } from '@mantine/core';
import type { Customer } from '../../../../shared/contract/types.ts';
import { useQuery } from '../../api/useQuery.ts';
import { MoneyText } from '../../components/MoneyText.tsx';
import { sumMoney } from '../../lib/money-display.ts';

export function SelectionTotal(props: { customer: Customer; timeEntryIds: string[] }) {
  const { customer, timeEntryIds } = props;
  const entries = useQuery('time.list', { customerId: customer.id, status: 'unbilled' });
  const chosen = (entries.data ?? []).filter((entry) => timeEntryIds.includes(entry.id));
  const total = sumMoney(
    chosen.map((entry) => entry.amount),
    customer.currency,
  );
  return (
    <Group gap="xs">
      <Text size="sm" c="dimmed">
        Total
      </Text>
      <MoneyText amount={total} currency={customer.currency} fw={700} />
    </Group>
  );
}
