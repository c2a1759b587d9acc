/** Credit owed at each of the last 12 month ends, one currency at a time. */
import { Card, Group, SegmentedControl, Text } from '@mantine/core';
import { useState } from 'react';
import type { Dashboard } from '../../../../shared/contract/types.ts';
import { MoneyAreaChart } from '../../components/MoneyAreaChart.tsx';
import { chartPosition } from '../../lib/chart-values.ts';
import { formatMonth } from '../../lib/locale.ts';

type Props = { history: Dashboard['creditOwedHistory']; currencies: string[] };

export function CreditOwedChart({ history, currencies }: Props) {
  const [picked, setPicked] = useState<string | null>(null);
  const currency =
    picked !== null && currencies.includes(picked) ? picked : (currencies[0] ?? 'EUR');
  const points = history
    .filter((row) => row.currency === currency)
    .map((row) => ({
      label: formatMonth(row.month),
      position: chartPosition(row.creditOwed),
      amount: row.creditOwed,
    }));
  return (
    <Card h="100%">
      <Group justify="space-between" mb="md">
        <Text fw={600}>Credit owed, last 12 months</Text>
        {currencies.length > 1 && (
          <SegmentedControl
            size="xs"
            data={currencies}
            value={currency}
            onChange={setPicked}
            aria-label="Chart currency"
          />
        )}
      </Group>
      <MoneyAreaChart
        points={points}
        currency={currency}
        seriesLabel="Credit owed"
        ariaLabel={`Credit owed in ${currency} over the last 12 months`}
      />
    </Card>
  );
}
