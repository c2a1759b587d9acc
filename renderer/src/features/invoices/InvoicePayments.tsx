/** Payments recorded against one invoice. */
import { Stack, Table, Text } from '@mantine/core';
import type { Invoice } from '../../../../shared/contract/types.ts';
import { PAYMENT_METHOD_LABELS } from '../../../../shared/labels.ts';
import { useQuery } from '../../api/useQuery.ts';
import { DateText } from '../../components/DateText.tsx';
import { MoneyText } from '../../components/MoneyText.tsx';

export function InvoicePayments({ invoice }: { invoice: Invoice }) {
  const payments = useQuery('payments.list', {
    customerId: invoice.customerId,
    invoiceId: invoice.id,
  });
  const items = payments.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        Payments
      </Text>
      <Table aria-label="Payments on this invoice" verticalSpacing="xs">
        <Table.Tbody>
          {items.map((payment) => (
            <Table.Tr key={payment.id}>
              <Table.Td>
                <DateText size="sm" date={payment.receivedOn} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{PAYMENT_METHOD_LABELS[payment.method]}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {payment.reference}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <MoneyText
                  size="sm"
                  amount={payment.amount}
                  currency={invoice.currency}
                  tone="plain"
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
