/**
 * Adds a person who may sign in, with a role and a PIN (`users.create`, admin only): the dialog
 * offers six random digits, which the admin may replace with 4 to 12 of their own or clear.
 */
import { NativeSelect, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ActionDialog } from '../../../components/ActionDialog.tsx';
import { optional } from '../../../lib/form-validation.ts';
import { notifyDone } from '../../../lib/notify.ts';
import { useActionForm } from '../../../lib/useActionForm.ts';
import { ROLE_LABELS, ROLE_OPTIONS } from '../../session/role-labels.ts';
import { suggestPin } from '../../../../../shared/suggest-pin.ts';
import { PinField } from './PinField.tsx';

type UserValues = { name: string; role: keyof typeof ROLE_LABELS; pin: string };

export function AddUserDialog({ onClose }: { onClose: () => void }) {
  const [suggested] = useState(() => suggestPin());
  const { form, submit, isPending, error } = useActionForm<'users.create', UserValues>({
    channel: 'users.create',
    initialValues: { name: '', role: 'accountant', pin: suggested },
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
      <PinField
        label="PIN"
        description="Asked at sign-in: six random digits to pass on, 4 to 12 of your own, or none"
        key={form.key('pin')}
        {...form.getInputProps('pin')}
      />
    </ActionDialog>
  );
}
