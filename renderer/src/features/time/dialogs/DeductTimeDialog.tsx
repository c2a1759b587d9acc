/**
 * Deducts the selected unbilled time entries from the balance (`time.deduct`): one charge per
 * entry, refused whole if the billing mode does not allow it. The notification sums up the whole
 * deduction (every entry, the total) and any top-up invoice it caused.
 */
import { Text } from '@mantine/core';
import type { Customer } from '../../../../../shared/contract/types.ts';
import { ActionDialog } from '../../../components/ActionDialog.tsx';
import { notifyDone } from '../../../lib/notify.ts';
import { useActionForm } from '../../../lib/useActionForm.ts';
import { WithCustomer } from '../../customers/WithCustomer.tsx';
import { SelectionTotal } from '../SelectionTotal.tsx';
import { useTimeStore } from '../time-store.ts';
import { describeAfter, describeDeduction } from '../../balance/dialogs/describe-change.ts';
import { sumMoney } from '../../../lib/money-display.ts';

type Props = { customerId: string; timeEntryIds: string[]; onClose: () => void };

export function DeductTimeDialog({ customerId, timeEntryIds, onClose }: Props) {
  return (
    <WithCustomer customerId={customerId} title="Deduct time" onClose={onClose}>
      {(customer) => (
        <DeductForm customer={customer} timeEntryIds={timeEntryIds} onClose={onClose} />
      )}
    </WithCustomer>
  );
}

function DeductForm(props: { customer: Customer; timeEntryIds: string[]; onClose: () => void }) {
  const { customer, timeEntryIds } = props;
  const clearSelection = useTimeStore((state) => state.clear);
  const { submit, isPending, error } = useActionForm({
    channel: 'time.deduct',
    initialValues: {},
    toInput: (_values, requestId) => ({ customerId: customer.id, timeEntryIds, requestId }),
    onSuccess: (data) => {
      clearSelection();
      const total =
        data.total ??
        sumMoney(
          data.entries.map((entry) => entry.amount),
          customer.currency,
        );
      notifyDone(
        describeDeduction(data.entries.length, total, customer.currency),
        describeAfter(data, customer.currency),
      );
      props.onClose();
    },
  });
  return (
    <ActionDialog
      title="Deduct time from the balance"
      onClose={props.onClose}
      onSubmit={submit}
      isPending={isPending}
      submitLabel="Deduct"
      error={error}
    >
      <Text size="sm">
        {timeEntryIds.length} {timeEntryIds.length === 1 ? 'entry' : 'entries'} will be charged to
        the balance, one charge each.
      </Text>
      <SelectionTotal customer={customer} timeEntryIds={timeEntryIds} />
    </ActionDialog>
  );
}
