/**
 * Several amounts of one record stacked in one cell, a label beside each (a statement's invoice,
 * a payment), so a row with four seven-figure amounts still fits a narrow window whole.
 */
import { Group, Stack, Text } from '@mantine/core';
import { MoneyText } from './MoneyText.tsx';

export type LabelledAmount = { label: string; amount: string; isStrong?: boolean };

export function LabelledAmounts({ rows, currency }: { rows: LabelledAmount[]; currency: string }) {
  return (
    <Stack gap={0} ml="auto" w="fit-content">
      {rows.map((row) => (
        <Group key={row.label} justify="space-between" gap="md" wrap="nowrap">
          <Text size="xs" c="dimmed">
            {row.label}
          </Text>
          <MoneyText
            amount={row.amount}
            currency={currency}
            tone="plain"
            size="sm"
            fw={row.isStrong === true ? 600 : undefined}
          />
        </Group>
      ))}
    </Stack>
  );
}
