/**
 * Removes a customer's budget in hours (`customers.setHoursBudget` with `hours: null`, audited
 * with the budget before): the time already recorded, charged or invoiced stays as it is.
 */
import { Text } from '@mantine/core';
import { ActionDialog } from '../../../components/ActionDialog.tsx';
import { notifyDone } from '../../../lib/notify.ts';
import { useActionForm } from '../../../lib/useActionForm.ts';

type Props = { customerId: string; onClose: () => void };

export function RemoveHoursBudgetDialog({ customerId, onClose }: Props) {
  const { submit, isPending, error } = useActionForm({
    channel: 'customers.setHoursBudget',
    initialValues: {},
    toInput: (_values, requestId) => ({ customerId, hours: null, requestId }),
    onSuccess: () => {
      notifyDone('Hours budget removed');
      onClose();
    },
  });
  return (
    <ActionDialog
      title="Remove the hours budget"
      onClose={onClose}
      onSubmit={submit}
      isPending={isPending}
      submitLabel="Remove budget"
      submitColor="red"
      error={error}
    >
      <Text size="sm">
        Hours are no longer counted against a budget. Time already recorded, charged or invoiced
        stays as it is; a new budget can be set at any time.
      </Text>
    </ActionDialog>
  );
}
