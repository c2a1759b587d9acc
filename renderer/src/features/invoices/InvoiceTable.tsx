/**
 * A list of invoices: number with its kind beneath, customer (on the global list), dates, amount
 * due with the total beneath, and status. A row opens the invoice in the drawer; the number is a button for the keyboard.
 */
import { Anchor, Button, Center, Table, Text } from '@mantine/core';
import type { Invoice, InvoiceKind } from '../../../../shared/contract/types.ts';
import { DateText } from '../../components/DateText.tsx';
import { MoneyText } from '../../components/MoneyText.tsx';
import { CustomerName } from '../customers/CustomerName.tsx';
import { openInvoice } from './invoice-store.ts';
import { InvoiceStatusBadge } from './InvoiceStatusBadge.tsx';
import { invoiceName } from './WithInvoice.tsx';

export type InvoiceTableProps = {
  invoices: Invoice[];
  label: string;
  showCustomer?: boolean;
  hasMore?: boolean;
  isLoadingMore?: boolean;
  onLoadMore?: () => void;
};

/** Kinds in a list, where the column already says "Kind": short, so every column fits. */
const KIND_IN_A_LIST: Record<InvoiceKind, string> = {
  standard: 'Invoice',
  top_up: 'Top-up',
  balance_due: 'Balance due',
};

export function InvoiceTable(props: InvoiceTableProps) {
  const { invoices, showCustomer = false } = props;
  return (
    <>
      {/* Money never wraps and sizes its column; in a narrow window the customer's name and the
      status wrap while the number, its kind and the dates keep whole lines, so every amount stays
      in view without a sideways scroll. */}
      <Table.ScrollContainer minWidth={0} type="native">
        <Table
          highlightOnHover
          verticalSpacing="sm"
          horizontalSpacing={8}
          aria-label={props.label}
          style={{ overflowWrap: 'anywhere' }}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Number, kind</Table.Th>
              {showCustomer && <Table.Th>Customer</Table.Th>}
              <Table.Th>Issued, due</Table.Th>
              <Table.Th ta="right">Amount due, total</Table.Th>
              <Table.Th>Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invoices.map((invoice) => (
              <Table.Tr
                key={invoice.id}
                style={{ cursor: 'pointer' }}
                onClick={() => {
                  openInvoice(invoice.id);
                }}
              >
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor
                    component="button"
                    type="button"
                    fw={600}
                    size="sm"
                    onClick={(event) => {
                      event.stopPropagation();
                      openInvoice(invoice.id);
                    }}
                  >
                    {invoiceName(invoice)}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {KIND_IN_A_LIST[invoice.kind]}
                  </Text>
                </Table.Td>
                {showCustomer && (
                  <Table.Td>
                    <CustomerName customerId={invoice.customerId} />
                  </Table.Td>
                )}
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <DateText size="sm" date={invoice.issueDate} />
                  <Text size="xs" c="dimmed" component="div">
                    due <DateText size="xs" date={invoice.dueDate} />
                  </Text>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <MoneyText
                    size="sm"
                    fw={600}
                    amount={invoice.amountDue}
                    currency={invoice.currency}
                    tone="plain"
                  />
                  <Text size="xs" c="dimmed">
                    of{' '}
                    <MoneyText
                      size="xs"
                      amount={invoice.total}
                      currency={invoice.currency}
                      tone="plain"
                    />
                  </Text>
                </Table.Td>
                <Table.Td>
                  <InvoiceStatusBadge
                    status={invoice.status}
                    pastDue={invoice.pastDue}
                    voidReason={invoice.voidReason}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {props.hasMore === true && (
        <Center mt="md">
          <Button variant="light" loading={props.isLoadingMore} onClick={props.onLoadMore}>
            Load more invoices
          </Button>
        </Center>
      )}
    </>
  );
}
