/**
 * Settings' "Past imports": every batch, newest first (file, kind, rows, who and when, undone or
 * not), each standing one with Undo (a reason asked in a dialog).
 */
import { Badge, Button, Card, Table } from '@mantine/core';
import { useState } from 'react';
import type { ImportBatch } from '../../../../shared/contract/import-types.ts';
import { useQuery } from '../../api/useQuery.ts';
import { DateText } from '../../components/DateText.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import { IMPORT_KIND_LABELS } from './templates.ts';
import { UndoImportDialog } from './UndoImportDialog.tsx';
import { SectionTitle } from '../../components/SectionTitle.tsx';

export const PAST_IMPORTS_TITLE = 'Past imports';

export function PastImportsSection() {
  const batches = useQuery('imports.list', {});
  const [undoing, setUndoing] = useState<ImportBatch | undefined>(undefined);
  return (
    <Card component="section" aria-label={PAST_IMPORTS_TITLE}>
      <SectionTitle mb="md">{PAST_IMPORTS_TITLE}</SectionTitle>
      <QueryView
        query={batches}
        loadingLabel="Loading past imports"
        isEmpty={(list) => list.length === 0}
        empty={<EmptyState title="No imports yet" description="Files you import appear here." />}
      >
        {(list) => <BatchTable batches={list} onUndo={setUndoing} />}
      </QueryView>
      {undoing && (
        <UndoImportDialog
          batch={undoing}
          onClose={() => {
            setUndoing(undefined);
          }}
        />
      )}
    </Card>
  );
}

type TableProps = { batches: ImportBatch[]; onUndo: (batch: ImportBatch) => void };

function BatchTable({ batches, onUndo }: TableProps) {
  return (
    <Table aria-label={PAST_IMPORTS_TITLE}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>File</Table.Th>
          <Table.Th>Kind</Table.Th>
          <Table.Th>Rows</Table.Th>
          <Table.Th>Imported</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {batches.map((batch) => (
          <Table.Tr key={batch.id}>
            <Table.Td>{batch.fileName}</Table.Td>
            <Table.Td>{IMPORT_KIND_LABELS[batch.kind]}</Table.Td>
            <Table.Td>{batch.rowCount.toLocaleString()}</Table.Td>
            <Table.Td>
              <DateText instant={batch.importedAt} size="sm" /> by {batch.importedBy}
            </Table.Td>
            <Table.Td>
              {batch.undoneAt ? (
                <Badge color="gray" variant="light">
                  Undone
                </Badge>
              ) : (
                <Button
                  size="xs"
                  variant="light"
                  color="red"
                  aria-label={`Undo the import of ${batch.fileName}`}
                  onClick={() => {
                    onUndo(batch);
                  }}
                >
                  Undo
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
