/**
 * The engine's preview in words: the counts (read, accepted, refused; created and updated
 * customers), what the accepted rows add per currency, and every problem listed by row, column
 * and why (the first 5,000; the count says if there were more).
 */
import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { ImportPreview } from '../../../../shared/contract/import-types.ts';
import { MoneyText } from '../../components/MoneyText.tsx';

export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const { counts } = preview;
  return (
    <Stack gap="sm">
      <Group gap="xs" role="group" aria-label="Import counts">
        <Badge variant="light">{counts.rows.toLocaleString()} rows</Badge>
        <Badge variant="light" color="green">
          {counts.accepted.toLocaleString()} accepted
        </Badge>
        <Badge variant="light" color={counts.refused > 0 ? 'red' : 'gray'}>
          {counts.refused.toLocaleString()} refused
        </Badge>
        {preview.kind === 'customers' && (
          <Badge variant="light" color="gray">
            {counts.creates} new, {counts.updates} updated
          </Badge>
        )}
      </Group>
      {preview.totals.map((total) => (
        <Text key={total.currency} size="sm">
          {total.currency}: {total.rows.toLocaleString()} rows, balances{' '}
          <MoneyText amount={total.balance} currency={total.currency} />
          {preview.kind === 'open_invoices' && (
            <>
              , still due <MoneyText amount={total.invoicesDue} currency={total.currency} />
            </>
          )}
        </Text>
      ))}
      {preview.problemCount > 0 && <ProblemsTable preview={preview} />}
    </Stack>
  );
}

function ProblemsTable({ preview }: { preview: ImportPreview }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {preview.problemCount.toLocaleString()}{' '}
        {preview.problemCount === 1 ? 'problem' : 'problems'}
      </Text>
      <Table.ScrollContainer minWidth={400} maxHeight={320}>
        <Table aria-label="Problems" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Row</Table.Th>
              <Table.Th>Column</Table.Th>
              <Table.Th>Why</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.problems.map((problem, index) => (
              <Table.Tr key={`${problem.row}-${index}`}>
                <Table.Td>{problem.row}</Table.Td>
                <Table.Td>{problem.column ?? 'whole row'}</Table.Td>
                <Table.Td>{problem.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
