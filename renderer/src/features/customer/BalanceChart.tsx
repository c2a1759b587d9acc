/** The balance after each of the latest entries (`balance.history`), oldest on the left. */
import { Text } from '@mantine/core';
import type { Customer } from '../../../../shared/contract/types.ts';
import { useQuery } from '../../api/useQuery.ts';
import { LoadingState } from '../../components/LoadingState.tsx';
import { MoneyAreaChart } from '../../components/MoneyAreaChart.tsx';
import { chartPosition } from '../../lib/chart-values.ts';
import { formatDay, localDateOf } from '../../lib/locale.ts';

/** The chart shows at most this many of the latest entries. */
const CHART_ENTRIES = 200;

export function BalanceChart({ customer }: { customer: Customer }) {
  const history = useQuery('balance.history', { customerId: customer.id, limit: CHART_ENTRIES });
  if (history.data === undefined)
    return <LoadingState label="Loading the balance chart" rows={3} />;
  const entries = [...history.data.items].reverse();
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        The chart appears once money has moved.
      </Text>
    );
  }
  const points = entries.map((entry) => ({
    label: formatDay(localDateOf(entry.occurredAt)),
    position: chartPosition(entry.balanceAfter),
    amount: entry.balanceAfter,
  }));
  return (
    <MoneyAreaChart
      points={points}
      currency={customer.currency}
      seriesLabel="Balance"
      height={196}
      isSigned
      ariaLabel={`Balance of ${customer.name} after each of the latest ${entries.length} entries`}
    />
  );
}
