/**
 * The statement's net line (SPEC 11) on the dashboard, as the engine sums it: per currency, what
 * customers are asked to pay and the credit customers hold, apart (never netted between
 * customers), with debt on balances and open invoices counted once; and one customer's own line.
 */
import { Card, Group, Text } from '@mantine/core';
import type { CurrencyTotals, LowBalanceCustomer } from '../../../../shared/contract/types.ts';
import { MoneyText } from '../../components/MoneyText.tsx';

const WORDS = { pay: 'Amount to pay', credit: 'Credit available', nothing: 'Nothing to pay' };

function customers(count: number): string {
  return `${count} ${count === 1 ? 'customer' : 'customers'}`;
}

export function CurrencyNetLine({ totals }: { totals: CurrencyTotals }) {
  const { currency } = totals;
  return (
    <Card padding="sm" role="group" aria-label={`Net line ${currency}`}>
      <Group gap="xl" wrap="wrap">
        <Group gap={6} wrap="nowrap">
          <Text fw={700}>{WORDS.pay}</Text>
          <MoneyText amount={totals.amountToPay} currency={currency} tone="plain" fw={700} />
          <Text size="xs" c="dimmed">
            by {customers(totals.payCount)}, debt and open invoices counted once
          </Text>
        </Group>
        <Group gap={6} wrap="nowrap">
          <Text fw={700}>{WORDS.credit}</Text>
          <MoneyText amount={totals.creditAvailable} currency={currency} tone="plain" fw={700} />
          <Text size="xs" c="dimmed">
            to {customers(totals.creditCount)}
          </Text>
        </Group>
      </Group>
    </Card>
  );
}

export function CustomerNetLine({ customer }: { customer: LowBalanceCustomer }) {
  const { kind, amount } = customer.netLine;
  return (
    <Group gap={4} wrap="nowrap" aria-label={`Net line of ${customer.name}`}>
      <Text size="xs" c={kind === 'pay' ? 'red' : 'dimmed'}>
        {WORDS[kind]}
      </Text>
      {kind !== 'nothing' && (
        <MoneyText amount={amount} currency={customer.currency} tone="plain" size="xs" />
      )}
    </Group>
  );
}
