/** Live subtotal, tax and total of lines being edited, for display only. */
import { Group, Stack, Text } from '@mantine/core';
import { MoneyText } from '../../../components/MoneyText.tsx';
import { invoiceTotals, type LineDraft } from '../../../lib/money-display.ts';

export function DraftTotals({
  lines,
  currency,
}: {
  lines: readonly LineDraft[];
  currency: string;
}) {
  const totals = invoiceTotals(lines, currency);
  const rows: [string, string][] = [
    ['Subtotal', totals.subtotal],
    ['Tax', totals.tax],
    ['Total', totals.total],
  ];
  return (
    <Stack gap={2} miw={220} aria-label="Draft totals">
      {rows.map(([label, amount]) => (
        <Group key={label} justify="space-between" gap="xl">
          <Text
            size="sm"
            c={label === 'Total' ? undefined : 'dimmed'}
            fw={label === 'Total' ? 700 : 400}
          >
            {label}
          </Text>
          <MoneyText
            amount={amount}
            currency={currency}
            tone="plain"
            size="sm"
            fw={label === 'Total' ? 700 : 500}
          />
        </Group>
      ))}
    </Stack>
  );
}
