/**
 * Payments received from the customer: date, method, reference, amount, and where it went (the
 * amounts stacked and labelled in one cell, so they stay whole in a narrow window).
 */
import { Button, Center, Table, Text } from '@mantine/core';
import { IconCash } from '@tabler/icons-react';
import type { Customer } from '../../../../../shared/contract/types.ts';
import { PAYMENT_METHOD_LABELS } from '../../../../../shared/labels.ts';
import { usePagedQuery } from '../../../api/usePagedQuery.ts';
import { DateText } from '../../../components/DateText.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { LabelledAmounts } from '../../../components/LabelledAmounts.tsx';
import { QueryView } from '../../../components/QueryView.tsx';
import { InvoiceLink } from '../../invoices/InvoiceLink.tsx';

export function PaymentsTab({ customer }: { customer: Customer }) {
  const payments = usePagedQuery('payments.list', { customerId: customer.id, limit: 50 });
  const c = customer.currency;
  return (
    <QueryView
      query={{ ...payments, data: payments.status === 'success' ? payments.items : undefined }}
      loadingLabel="Loading payments"
      isEmpty={(items) => items.length === 0}
      empty={<EmptyState title="No payments recorded" icon={<IconCash size={22} />} />}
    >
      {(items) => (
        <>
          <Table
            aria-label="Payments"
            verticalSpacing="sm"
            horizontalSpacing={8}
            highlightOnHover
            style={{ overflowWrap: 'anywhere' }}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Received</Table.Th>
                <Table.Th>Reference, invoice</Table.Th>
                <Table.Th ta="right">Amounts</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((payment) => (
                <Table.Tr key={payment.id}>
                  <Table.Td>
                    <DateText size="sm" date={payment.receivedOn} />
                    <Text size="xs" c="dimmed">
                      {PAYMENT_METHOD_LABELS[payment.method]}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {payment.reference || '—'}
                    </Text>
                    {payment.invoiceId !== null && <InvoiceLink invoiceId={payment.invoiceId} />}
                  </Table.Td>
                  <Table.Td>
                    <LabelledAmounts
                      currency={c}
                      rows={[
                        { label: 'Amount', amount: payment.amount, isStrong: true },
                        { label: 'To invoice', amount: payment.appliedToInvoice },
                        { label: 'To balance', amount: payment.creditedToBalance },
                      ]}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {payments.hasMore && (
            <Center mt="md">
              <Button variant="light" loading={payments.isFetching} onClick={payments.loadMore}>
                Load more payments
              </Button>
            </Center>
          )}
        </>
      )}
    </QueryView>
  );
}
