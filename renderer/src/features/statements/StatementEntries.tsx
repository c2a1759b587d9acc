/** The statement's entries with their running balance, opening and closing rows around them. */
import { ScrollArea, Table, Text } from '@mantine/core';
import type { Statement } from '../../../../shared/contract/types.ts';
import { ENTRY_TYPE_LABELS } from '../../../../shared/labels.ts';
import { DateText } from '../../components/DateText.tsx';
import { MoneyText } from '../../components/MoneyText.tsx';

export function StatementEntries({ statement }: { statement: Statement }) {
  const c = statement.currency;
  return (
    <ScrollArea.Autosize mah={420}>
      <Table aria-label="Statement entries" verticalSpacing={6} striped stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Date</Table.Th>
            <Table.Th>Type</Table.Th>
            <Table.Th>Description</Table.Th>
            <Table.Th ta="right">Amount</Table.Th>
            <Table.Th ta="right">Balance</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Td>
              <DateText size="sm" date={statement.from} />
            </Table.Td>
            <Table.Td colSpan={3}>
              <Text size="sm" fw={600}>
                Opening balance
              </Text>
            </Table.Td>
            <Table.Td ta="right">
              <MoneyText amount={statement.openingBalance} currency={c} fw={600} />
            </Table.Td>
          </Table.Tr>
          {statement.entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>
                <DateText size="sm" date={entry.date} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{ENTRY_TYPE_LABELS[entry.type]}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {[entry.invoiceNumber, entry.description, entry.reason]
                    .filter((part) => part !== null && part !== '')
                    .join(' · ') || '—'}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <MoneyText amount={entry.amount} currency={c} tone="signed" />
              </Table.Td>
              <Table.Td ta="right">
                <MoneyText amount={entry.runningBalance} currency={c} />
              </Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Td>
              <DateText size="sm" date={statement.to} />
            </Table.Td>
            <Table.Td colSpan={3}>
              <Text size="sm" fw={600}>
                Closing balance
              </Text>
            </Table.Td>
            <Table.Td ta="right">
              <MoneyText amount={statement.closingBalance} currency={c} fw={600} />
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
