/**
 * Archives a customer with a reason (`customers.archive`), or brings one back
 * (`customers.unarchive`). The engine refuses while money or work is open and says what; the
 * dialog shows its words.
 */
import { Text } from '@mantine/core';
import { ActionDialog } from '../../../components/ActionDialog.tsx';
import { ReasonField } from '../../../components/fields.tsx';
import { notifyDone } from '../../../lib/notify.ts';
import { useActionForm } from '../../../lib/useActionForm.ts';

type Props = { customerId: string; onClose: () => void };

export function ArchiveDialog({ customerId, onClose }: Props) {
  const { form, submit, isPending, error } = useActionForm({
    channel: 'customers.archive',
    initialValues: { reason: '' },
    toInput: (values, requestId) => ({ customerId, reason: values.reason, requestId }),
    required: ['reason'],
    onSuccess: (customer) => {
      notifyDone('Customer archived', customer.name);
      onClose();
    },
  });
  return (
    <ActionDialog
      title="Archive customer"
      onClose={onClose}
      onSubmit={submit}
      isPending={isPending}
      submitLabel="Archive"
      error={error}
    >
      <Text size="sm">
        The customer leaves the lists; their history, invoices and statements stay. Only a customer
        with a zero balance and nothing open can be archived.
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

export function UnarchiveDialog({ customerId, onClose }: Props) {
  const { form, submit, isPending, error } = useActionForm({
    channel: 'customers.unarchive',
    initialValues: { reason: '' },
    toInput: (values, requestId) => ({
      customerId,
      reason: values.reason.trim() || undefined,
      requestId,
    }),
    onSuccess: (customer) => {
      notifyDone('Customer back in the lists', customer.name);
      onClose();
    },
  });
  return (
    <ActionDialog
      title="Unarchive customer"
      onClose={onClose}
      onSubmit={submit}
      isPending={isPending}
      submitLabel="Unarchive"
      error={error}
    >
      <Text size="sm">The customer appears in the lists again.</Text>
      <ReasonField data-autofocus key={form.key('reason')} {...form.getInputProps('reason')} />
    </ActionDialog>
  );
}
