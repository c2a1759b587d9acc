/**
 * The lines of an invoice: description, quantity, unit price, tax rate and line amount. The
 * description wraps, even inside one long word, so the amounts keep their room.
 */
import { Table, Text } from '@mantine/core';
import type { Invoice } from '../../../../shared/contract/types.ts';
import { MoneyText } from '../../components/MoneyText.tsx';

export function InvoiceLines({ invoice }: { invoice: Invoice }) {
  return (
    <Table aria-label="Invoice lines" verticalSpacing="xs" horizontalSpacing={8} withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Description</Table.Th>
          <Table.Th ta="right">Qty</Table.Th>
          <Table.Th ta="right">Unit price</Table.Th>
          <Table.Th ta="right">Tax</Table.Th>
          <Table.Th ta="right">Amount</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {invoice.lines.map((line, index) => (
          <Table.Tr key={index}>
            <Table.Td>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {line.description}
              </Text>
            </Table.Td>
            <Table.Td ta="right">{line.quantity}</Table.Td>
            <Table.Td ta="right">
              <MoneyText amount={line.unitPrice} currency={invoice.currency} tone="plain" />
            </Table.Td>
            <Table.Td ta="right">{line.taxRate === null ? '—' : `${line.taxRate}%`}</Table.Td>
            <Table.Td ta="right">
              <MoneyText amount={line.amount} currency={invoice.currency} tone="plain" />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
