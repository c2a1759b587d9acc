/**
 * One row of figures for one currency: credit owed, debt (and the notices asking for it),
 * receivables, overdue, expiring; then the net line beneath. The cards share the row and wrap
 * onto the next when a figure needs more room: money is never cut.
 */
import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { CurrencyTotals } from '../../../../shared/contract/types.ts';
import { MoneyText } from '../../components/MoneyText.tsx';
import { CurrencyNetLine } from './NetLine.tsx';

type Figure = { label: string; amount: string; hint: string; color?: string };

/** Six to a wide row, and never narrower than the figure it shows (cards clip what overflows). */
const CARD_GROWS = { flex: '1 1 140px', minWidth: 'min-content' } as const;

/** Debt notices ask for the debt on balances: named apart, never added to it (SPEC 12). */
function debtNoticeFigure(totals: CurrencyTotals): Figure[] {
  const count = totals.debtNoticeCount ?? 0;
  if (totals.debtNotices === undefined || count === 0) return [];
  const notices = `${count} balance-due ${count === 1 ? 'invoice' : 'invoices'}`;
  return [
    { label: 'Debt notices', amount: totals.debtNotices, hint: `${notices}, part of the debt` },
  ];
}

export function CurrencyCards({ totals }: { totals: CurrencyTotals }) {
  const figures: Figure[] = [
    { label: 'Credit owed', amount: totals.creditOwed, hint: 'Prepaid credit held for customers' },
    { label: 'Debt on balances', amount: totals.balanceDebt, hint: 'Owed by customers below zero' },
    ...debtNoticeFigure(totals),
    { label: 'Receivables', amount: totals.receivables, hint: 'Due on open invoices' },
    {
      label: 'Overdue',
      amount: totals.overdue,
      hint: `${totals.overdueCount} ${totals.overdueCount === 1 ? 'invoice' : 'invoices'} past due`,
      color: totals.overdueCount > 0 ? 'red' : undefined,
    },
    {
      label: 'Expiring in 30 days',
      amount: totals.expiringIn30Days,
      hint: 'Unspent credit about to expire',
    },
  ];
  return (
    <Stack gap="xs" component="section" aria-label={`${totals.currency} totals`}>
      <Group gap="xs">
        <Badge size="lg" variant="filled">
          {totals.currency}
        </Badge>
        <Text size="sm" c="dimmed">
          {totals.customerCount} {totals.customerCount === 1 ? 'customer' : 'customers'}
        </Text>
      </Group>
      <Group gap="md" align="stretch">
        {figures.map((figure) => (
          <Card
            key={figure.label}
            padding="md"
            aria-label={`${figure.label} ${totals.currency}`}
            role="group"
            style={CARD_GROWS}
          >
            <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
              {figure.label}
            </Text>
            <MoneyText
              amount={figure.amount}
              currency={totals.currency}
              tone="plain"
              size="xl"
              fw={700}
              c={figure.color}
              component="div"
              mt={4}
            />
            <Text size="xs" c={figure.color ?? 'dimmed'} mt={2}>
              {figure.hint}
            </Text>
          </Card>
        ))}
      </Group>
      <CurrencyNetLine totals={totals} />
    </Stack>
  );
}
