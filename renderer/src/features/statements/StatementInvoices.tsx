/**
 * Invoices issued and payments received in the statement's period. Each invoice is one row: its
 * number, dates and status (a void one with its reason) beside its four amounts, each labelled,
 * so the amounts stay whole in a narrow window; text wraps, amounts never do.
 */
import { Stack, Table, Text } from '@mantine/core';
import type { Statement } from '../../../../shared/contract/types.ts';
import { PAYMENT_METHOD_LABELS } from '../../../../shared/labels.ts';
import { DateText } from '../../components/DateText.tsx';
import { LabelledAmounts, type LabelledAmount } from '../../components/LabelledAmounts.tsx';
import { MoneyText } from '../../components/MoneyText.tsx';
import { InvoiceStatusBadge } from '../invoices/InvoiceStatusBadge.tsx';

type StatementInvoice = Statement['invoices'][number];

function amountsOf(invoice: StatementInvoice): LabelledAmount[] {
  return [
    { label: 'Total', amount: invoice.total },
    { label: 'Credit applied', amount: invoice.creditApplied },
    { label: 'Paid', amount: invoice.amountPaid },
    { label: 'Due now', amount: invoice.amountDue, isStrong: true },
  ];
}

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
              <Table.Th>Invoice</Table.Th>
              <Table.Th ta="right">Amounts</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {statement.invoices.map((invoice) => (
              <Table.Tr key={invoice.id}>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    <Text size="sm" fw={600}>
                      {invoice.number}
                    </Text>
                    <Text size="xs" c="dimmed" component="div">
                      issued <DateText size="xs" date={invoice.issueDate} />, due{' '}
                      <DateText size="xs" date={invoice.dueDate} />
                    </Text>
                    <InvoiceStatusBadge
                      status={invoice.status}
                      pastDue={false}
                      voidReason={invoice.voidReason}
                    />
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <LabelledAmounts rows={amountsOf(invoice)} currency={c} />
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
        <Table
          aria-label="Payments received in the period"
          verticalSpacing={6}
          horizontalSpacing={8}
          style={{ overflowWrap: 'anywhere' }}
        >
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
