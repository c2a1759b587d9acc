/**
 * The engine's preview in words: the counts (read, accepted, refused; created and updated
 * customers), what the accepted rows add per currency, and every problem listed by row, column
 * and why in a virtualised table (the first 5,000; the count says if there were more).
 */
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { ImportPreview, ImportProblem } from '../../../../shared/contract/import-types.ts';
import type { ImportField } from '../../../../shared/contract/schemas/imports.ts';
import { MoneyText } from '../../components/MoneyText.tsx';
import { VirtualTable, type Column } from '../../components/VirtualTable.tsx';
import { IMPORT_FIELD_LABELS } from './templates.ts';

const countOf = (count: number, one: string) =>
  `${count.toLocaleString()} ${count === 1 ? one : `${one}s`}`;

export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const { counts } = preview;
  return (
    <Stack gap="sm">
      <Group gap="xs" role="group" aria-label="Import counts">
        <Badge variant="light">{countOf(counts.rows, 'row')}</Badge>
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
          {total.currency}: {countOf(total.rows, preview.kind === 'customers' ? 'customer' : 'row')}
          {/* A customers file brings no money: its balances are always zero. */}
          {preview.kind !== 'customers' && (
            <>
              , balances <MoneyText amount={total.balance} currency={total.currency} />
            </>
          )}
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

type KeyedProblem = ImportProblem & { key: string };

/**
 * The file's header of a problem's cell; a field the file has no column for comes as the
 * engine's name for it, shown in words.
 */
function columnInWords(column: string | null, headers: readonly string[]): string {
  if (column === null) return 'whole row';
  if (headers.includes(column) || !Object.hasOwn(IMPORT_FIELD_LABELS, column)) return column;
  return `${IMPORT_FIELD_LABELS[column as ImportField]} (no column)`;
}

function problemColumns(headers: readonly string[]): Column<KeyedProblem>[] {
  return [
    { key: 'row', header: 'Row', width: '80px', render: (problem) => problem.row },
    {
      key: 'column',
      header: 'Column',
      width: 'minmax(120px, 1fr)',
      render: (problem) => columnInWords(problem.column, headers),
    },
    { key: 'why', header: 'Why', width: '3fr', render: (problem) => problem.message },
  ];
}

/** Every problem the engine sent, drawn a screen at a time (VirtualTable). */
function ProblemsTable({ preview }: { preview: ImportPreview }) {
  const rows = useMemo(
    () =>
      preview.problems.map((problem, index) => ({ ...problem, key: `${problem.row}-${index}` })),
    [preview.problems],
  );
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {preview.problemCount.toLocaleString()}{' '}
        {preview.problemCount === 1 ? 'problem' : 'problems'}
        {preview.problemCount > rows.length &&
          ` (the first ${rows.length.toLocaleString()} listed)`}
      </Text>
      <VirtualTable
        label="Problems"
        rows={rows}
        columns={problemColumns(preview.headers)}
        rowKey={(problem) => problem.key}
        height={320}
        rowHeight={36}
      />
    </Stack>
  );
}
