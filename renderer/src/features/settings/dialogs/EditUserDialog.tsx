/**
 * An admin renames someone and/or changes their role (`users.update`). Only what changed is sent,
 * and with nothing changed there is nothing to save. The engine keeps at least one admin in the
 * file and says so on the role field; the session is asked again afterwards, since an admin may
 * have renamed or demoted themselves.
 */
import { NativeSelect, TextInput } from '@mantine/core';
import type { Role, User } from '../../../../../shared/contract/types.ts';
import { ActionDialog } from '../../../components/ActionDialog.tsx';
import { notifyDone } from '../../../lib/notify.ts';
import { useActionForm } from '../../../lib/useActionForm.ts';
import { refreshSession } from '../../session/refresh-session.ts';
import { ROLE_OPTIONS } from '../../session/role-labels.ts';

type Props = { user: User; onClose: () => void };

type UserValues = { name: string; role: Role };

type UserChanges = { name?: string; role?: Role };

/** The fields that differ from the saved person; a name differing only in spaces is unchanged. */
function changesOf(user: User, values: UserValues): UserChanges {
  return {
    ...(values.name.trim() === user.name ? {} : { name: values.name }),
    ...(values.role === user.role ? {} : { role: values.role }),
  };
}

export function EditUserDialog({ user, onClose }: Props) {
  const { form, submit, isPending, error } = useActionForm<'users.update', UserValues>({
    channel: 'users.update',
    initialValues: { name: user.name, role: user.role },
    toInput: (values, requestId) => ({ userId: user.id, ...changesOf(user, values), requestId }),
    onSuccess: (saved) => {
      notifyDone(`Saved ${saved.name}`);
      void refreshSession();
      onClose();
    },
  });
  const values = form.getValues();
  const hasChanges = Object.keys(changesOf(user, values)).length > 0;
  const isDemoting = user.role === 'admin' && values.role !== 'admin';
  return (
    <ActionDialog
      title={`Edit ${user.name}`}
      onClose={onClose}
      onSubmit={submit}
      isPending={isPending}
      submitLabel="Save"
      canSubmit={hasChanges}
      error={error}
    >
      <TextInput
        label="Name"
        withAsterisk
        data-autofocus
        key={form.key('name')}
        {...form.getInputProps('name')}
      />
      <NativeSelect
        label="Role"
        data={ROLE_OPTIONS}
        description={isDemoting ? 'At least one admin must remain.' : undefined}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        key={form.key('role')}
        {...form.getInputProps('role')}
      />
    </ActionDialog>
  );
}
