/**
 * Invoices issued and payments received in the statement's period. Amounts never wrap; in a
 * narrow window the text wraps and the dates stack, and a void invoice shows 0 due and its reason.
 */
import { Stack, Table, Text } from '@mantine/core';
import type { Statement } from '../../../../shared/contract/types.ts';
import { PAYMENT_METHOD_LABELS } from '../../../../shared/labels.ts';
import { DateText } from '../../components/DateText.tsx';
import { MoneyText } from '../../components/MoneyText.tsx';
import { InvoiceStatusBadge } from '../invoices/InvoiceStatusBadge.tsx';

export function StatementInvoices({ statement }: { statement: Statement }) {
  const c = statement.currency;
  return (
    <Stack gap="md">
      <Text fw={600}>Invoices issued in the period</Text>
      {statement.invoices.length === 0 ? (
        <Text size="sm" c="dimmed">
          None.
        </Text>
      ) : (
        <Table
          aria-label="Invoices issued in the period"
          verticalSpacing={6}
          horizontalSpacing={8}
          style={{ overflowWrap: 'anywhere' }}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Number</Table.Th>
              <Table.Th>Issued, due</Table.Th>
              <Table.Th ta="right">Total</Table.Th>
              <Table.Th ta="right">Credit applied</Table.Th>
              <Table.Th ta="right">Paid</Table.Th>
              <Table.Th ta="right">Due now</Table.Th>
              <Table.Th>Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {statement.invoices.map((invoice) => (
              <Table.Tr key={invoice.id}>
                <Table.Td fw={600}>{invoice.number}</Table.Td>
                <Table.Td>
                  <DateText size="sm" date={invoice.issueDate} />
                  <Text size="xs" c="dimmed" component="div">
                    due <DateText size="xs" date={invoice.dueDate} />
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <MoneyText amount={invoice.total} currency={c} tone="plain" />
                </Table.Td>
                <Table.Td ta="right">
                  <MoneyText amount={invoice.creditApplied} currency={c} tone="plain" />
                </Table.Td>
                <Table.Td ta="right">
                  <MoneyText amount={invoice.amountPaid} currency={c} tone="plain" />
                </Table.Td>
                <Table.Td ta="right">
                  <MoneyText amount={invoice.amountDue} currency={c} tone="plain" fw={600} />
                </Table.Td>
                <Table.Td>
                  <InvoiceStatusBadge
                    status={invoice.status}
                    pastDue={false}
                    voidReason={invoice.voidReason}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text fw={600}>Payments received</Text>
      {statement.payments.length === 0 ? (
        <Text size="sm" c="dimmed">
          None.
        </Text>
      ) : (
        <Table aria-label="Payments received in the period" verticalSpacing={6}>
          <Table.Tbody>
            {statement.payments.map((payment) => (
              <Table.Tr key={payment.id}>
                <Table.Td>
                  <DateText size="sm" date={payment.receivedOn} />
                </Table.Td>
                <Table.Td>{PAYMENT_METHOD_LABELS[payment.method]}</Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {payment.reference}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <MoneyText amount={payment.amount} currency={c} tone="plain" fw={600} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
