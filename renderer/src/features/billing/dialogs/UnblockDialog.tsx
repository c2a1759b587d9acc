/** Lifts a blocked credit limit before the overdue invoices are paid, with a reason (admin). */
import { Text } from '@mantine/core';
import { ActionDialog } from '../../../components/ActionDialog.tsx';
import { ReasonField } from '../../../components/fields.tsx';
import { notifyDone } from '../../../lib/notify.ts';
import { useActionForm } from '../../../lib/useActionForm.ts';

type Props = { customerId: string; onClose: () => void };

export function UnblockDialog({ customerId, onClose }: Props) {
  const { form, submit, isPending, error } = useActionForm({
    channel: 'customers.unblockCreditLimit',
    initialValues: { reason: '' },
    toInput: (values, requestId) => ({ customerId, reason: values.reason, requestId }),
    required: ['reason'],
    onSuccess: (customer) => {
      notifyDone('Credit limit unblocked', customer.name);
      onClose();
    },
  });
  return (
    <ActionDialog
      title="Unblock credit limit"
      onClose={onClose}
      onSubmit={submit}
      isPending={isPending}
      submitLabel="Unblock"
      error={error}
    >
      <Text size="sm">
        Charges may use the credit limit again, although a balance-due invoice is still overdue.
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
