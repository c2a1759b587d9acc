/** From the full total down to what is still due: credit applied, paid and credit notes. */
import { Divider, Group, Stack, Text } from '@mantine/core';
import type { Invoice } from '../../../../shared/contract/types.ts';
import { MoneyText } from '../../components/MoneyText.tsx';
import { isPositiveMoney } from '../../lib/money-display.ts';

function Row({
  label,
  amount,
  currency,
  isStrong = false,
  isDeduction = false,
}: {
  label: string;
  amount: string;
  currency: string;
  isStrong?: boolean;
  isDeduction?: boolean;
}) {
  return (
    <Group justify="space-between" role="row" aria-label={label}>
      <Text
        size="sm"
        fw={isStrong ? 700 : 400}
        c={isStrong ? undefined : 'dimmed'}
        role="rowheader"
      >
        {label}
      </Text>
      <Text size={isStrong ? 'lg' : 'sm'} fw={isStrong ? 700 : 500} role="cell">
        {isDeduction && isPositiveMoney(amount) ? '− ' : ''}
        <MoneyText amount={amount} currency={currency} tone="plain" />
      </Text>
    </Group>
  );
}

export function InvoiceTotals({ invoice }: { invoice: Invoice }) {
  const c = invoice.currency;
  return (
    <Stack gap={6} role="table" aria-label="Invoice totals" maw={360} ml="auto" w="100%">
      <Row label="Subtotal" amount={invoice.subtotal} currency={c} />
      <Row label="Tax" amount={invoice.tax} currency={c} />
      <Row label="Total" amount={invoice.total} currency={c} isStrong />
      <Divider />
      <Row label="Credit applied" amount={invoice.creditApplied} currency={c} isDeduction />
      <Row label="Paid" amount={invoice.amountPaid} currency={c} isDeduction />
      <Row label="Credit notes" amount={invoice.creditNoted} currency={c} isDeduction />
      <Divider />
      <Row
        label={invoice.status === 'void' ? 'Amount due (void)' : 'Amount due'}
        amount={invoice.amountDue}
        currency={c}
        isStrong
      />
    </Stack>
  );
}
