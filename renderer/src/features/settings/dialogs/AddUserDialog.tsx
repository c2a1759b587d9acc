/** Adds a person who may sign in, with a role and an optional PIN (`users.create`, admin only). */
import { NativeSelect, PasswordInput, TextInput } from '@mantine/core';
import { ActionDialog } from '../../../components/ActionDialog.tsx';
import { optional } from '../../../lib/form-validation.ts';
import { notifyDone } from '../../../lib/notify.ts';
import { useActionForm } from '../../../lib/useActionForm.ts';
import { ROLE_LABELS, ROLE_OPTIONS } from '../../session/role-labels.ts';

type UserValues = { name: string; role: keyof typeof ROLE_LABELS; pin: string };

export function AddUserDialog({ onClose }: { onClose: () => void }) {
  const { form, submit, isPending, error } = useActionForm<'users.create', UserValues>({
    channel: 'users.create',
    initialValues: { name: '', role: 'accountant', pin: '' },
    toInput: (values, requestId) => ({
      name: values.name,
      role: values.role,
      pin: optional(values.pin),
      requestId,
    }),
    onSuccess: (user) => {
      notifyDone('Person added', `${user.name} can now sign in.`);
      onClose();
    },
  });
  return (
    <ActionDialog
      title="Add a person"
      onClose={onClose}
      onSubmit={submit}
      isPending={isPending}
      submitLabel="Add person"
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
        description="Admins do everything; accountants keep the books; viewers read and export"
        data={ROLE_OPTIONS}
        key={form.key('role')}
        {...form.getInputProps('role')}
      />
      <PasswordInput
        label="PIN"
        description="Optional: 4 to 12 digits asked at sign-in"
        inputMode="numeric"
        autoComplete="new-password"
        key={form.key('pin')}
        {...form.getInputProps('pin')}
      />
    </ActionDialog>
  );
}
