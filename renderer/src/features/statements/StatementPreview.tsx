/**
 * A statement as it will print: business and customer, the period, opening balance, every entry
 * with its running balance, invoices and payments of the period, closing balance, and what is
 * still receivable at the end with its ageing.
 */
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Statement } from '../../../../shared/contract/types.ts';
import { DateText } from '../../components/DateText.tsx';
import { MoneyText } from '../../components/MoneyText.tsx';
import { formatDay } from '../../lib/locale.ts';
import { StatementAgeing } from './StatementAgeing.tsx';
import { StatementEntries } from './StatementEntries.tsx';
import { StatementInvoices } from './StatementInvoices.tsx';

/** Totals share a row and wrap onto the next when an amount needs the room: never cut. */
const GROWS = { flex: '1 0 auto' } as const;

function Total({ label, amount, currency }: { label: string; amount: string; currency: string }) {
  return (
    <Stack gap={0} role="group" aria-label={label} style={GROWS}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <MoneyText amount={amount} currency={currency} size="lg" fw={700} />
    </Stack>
  );
}

export function StatementPreview({ statement }: { statement: Statement }) {
  const c = statement.currency;
  return (
    <Paper withBorder p="lg" aria-label="Statement preview" component="section">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={2} size="h4">
              {statement.business.name || 'Statement'}
            </Title>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
              {statement.business.address}
            </Text>
          </Stack>
          <Stack gap={2} align="flex-end">
            <Text fw={600}>Statement for {statement.customer.name}</Text>
            <Text size="sm" c="dimmed">
              {formatDay(statement.from)} – {formatDay(statement.to)}
            </Text>
            <Text size="xs" c="dimmed">
              Generated <DateText instant={statement.generatedAt} />
            </Text>
          </Stack>
        </Group>
        <Group gap="lg" align="flex-start">
          <Total label="Opening balance" amount={statement.openingBalance} currency={c} />
          <Total label="Credits" amount={statement.totalCredits} currency={c} />
          <Total label="Debits" amount={statement.totalDebits} currency={c} />
          <Total label="Closing balance" amount={statement.closingBalance} currency={c} />
        </Group>
        <StatementEntries statement={statement} />
        <StatementInvoices statement={statement} />
        <StatementAgeing statement={statement} />
      </Stack>
    </Paper>
  );
}
