/**
 * An admin removes someone who should no longer sign in or act (`users.remove`), with a reason
 * for the audit log; what they recorded keeps their name. The engine refuses removing yourself,
 * the file's first user and the last admin, and the dialog shows its words.
 */
import { Text } from '@mantine/core';
import type { User } from '../../../../../shared/contract/types.ts';
import { ActionDialog } from '../../../components/ActionDialog.tsx';
import { ReasonField } from '../../../components/fields.tsx';
import { notifyDone } from '../../../lib/notify.ts';
import { useActionForm } from '../../../lib/useActionForm.ts';

type Props = { user: User; onClose: () => void };

export function RemoveUserDialog({ user, onClose }: Props) {
  const { form, submit, isPending, error } = useActionForm<'users.remove', { reason: string }>({
    channel: 'users.remove',
    initialValues: { reason: '' },
    toInput: (values, requestId) => ({ userId: user.id, reason: values.reason, requestId }),
    required: ['reason'],
    onSuccess: (removed) => {
      notifyDone(`Removed ${removed.name}`, 'Their history stays under their name.');
      onClose();
    },
  });
  return (
    <ActionDialog
      title={`Remove ${user.name}`}
      onClose={onClose}
      onSubmit={submit}
      isPending={isPending}
      submitLabel={`Remove ${user.name}`}
      submitColor="red"
      error={error}
    >
      <Text size="sm">
        {user.name} will no longer be able to sign in. Everything they recorded stays in the history
        under their name.
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
