/**
 * Undoes one import (`imports.undo`) with a reason for the audit log: its entries are reversed,
 * never deleted. The engine refuses, naming what spent the credit, once any of it is spent; the
 * dialog shows its words.
 */
import { Text } from '@mantine/core';
import type { ImportBatch } from '../../../../shared/contract/import-types.ts';
import { ActionDialog } from '../../components/ActionDialog.tsx';
import { ReasonField } from '../../components/fields.tsx';
import { notifyDone } from '../../lib/notify.ts';
import { useActionForm } from '../../lib/useActionForm.ts';

type Props = { batch: ImportBatch; onClose: () => void };

export function UndoImportDialog({ batch, onClose }: Props) {
  const { form, submit, isPending, error } = useActionForm<'imports.undo', { reason: string }>({
    channel: 'imports.undo',
    initialValues: { reason: '' },
    toInput: (values, requestId) => ({ batchId: batch.id, reason: values.reason, requestId }),
    required: ['reason'],
    onSuccess: (undone) => {
      notifyDone(`Undid the import of ${undone.fileName}`, 'Its entries were reversed.');
      onClose();
    },
  });
  return (
    <ActionDialog
      title={`Undo the import of ${batch.fileName}`}
      onClose={onClose}
      onSubmit={submit}
      isPending={isPending}
      submitLabel="Undo the import"
      submitColor="red"
      error={error}
    >
      <Text size="sm">
        The {batch.rowCount.toLocaleString()} rows it wrote are taken back by reversing entries;
        nothing is deleted, and the history shows both.
      </Text>
      <ReasonField
        withAsterisk
        data-autofocus
        key={form.key('reason')}
        {...form.getInputProps('reason')}
      />
    </ActionDialog>
  );
}
