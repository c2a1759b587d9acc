/**
 * The statement's entries with their running balance, opening and closing rows around them. The
 * layout is fixed: money columns as wide as their widest figure, the date with the entry's type
 * under it, and the description takes the rest and wraps even inside one long word (as the PDF
 * does), so the amounts keep their room in a narrow window.
 */
import { Box, Table, Text } from '@mantine/core';
import type { Statement } from '../../../../shared/contract/types.ts';
import { ENTRY_TYPE_LABELS } from '../../../../shared/labels.ts';
import { DateText } from '../../components/DateText.tsx';
import { MoneyText } from '../../components/MoneyText.tsx';
import { moneyColumnWidth } from '../../lib/money-columns.ts';

const WRAP_ANYWHERE = { overflowWrap: 'anywhere', whiteSpace: 'normal' } as const;

/** Fixed width of the date-and-type column; the description takes what is left. */
const DATE_WIDTH = '112px';

/** Money columns as wide as their widest figure; the layout is fixed so nothing else can widen. */
function Columns({ statement }: { statement: Statement }) {
  const c = statement.currency;
  const amounts = statement.entries.map((entry) => entry.amount);
  const balances = [
    statement.openingBalance,
    statement.closingBalance,
    ...statement.entries.map((entry) => entry.runningBalance),
  ];
  return (
    <colgroup>
      <col style={{ width: DATE_WIDTH }} />
      <col />
      <col style={{ width: moneyColumnWidth(amounts, c, 'Amount') }} />
      <col style={{ width: moneyColumnWidth(balances, c, 'Balance') }} />
    </colgroup>
  );
}

export function StatementEntries({ statement }: { statement: Statement }) {
  const c = statement.currency;
  return (
    <Box mah={420} style={{ overflowY: 'auto' }}>
      <Table
        aria-label="Statement entries"
        verticalSpacing={6}
        horizontalSpacing={8}
        striped
        stickyHeader
        layout="fixed"
      >
        <Columns statement={statement} />
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Date, type</Table.Th>
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
            <Table.Td colSpan={2}>
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
                <Text size="xs" c="dimmed" style={WRAP_ANYWHERE}>
                  {ENTRY_TYPE_LABELS[entry.type]}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={WRAP_ANYWHERE}>
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
            <Table.Td colSpan={2}>
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
    </Box>
  );
}
