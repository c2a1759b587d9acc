/**
 * Reverses one ledger entry, always with a reason (`balance.reverse`): the engine puts back the
 * lots it formed or took. Opened from a history row the engine marked `reversible`.
 */
import { Text } from '@mantine/core';
import type { Customer, LedgerEntry } from '../../../../../shared/contract/types.ts';
import { ENTRY_TYPE_LABELS } from '../../../../../shared/labels.ts';
import { ActionDialog } from '../../../components/ActionDialog.tsx';
import { ReasonField } from '../../../components/fields.tsx';
import { MoneyText } from '../../../components/MoneyText.tsx';
import { notifyDone } from '../../../lib/notify.ts';
import { useActionForm } from '../../../lib/useActionForm.ts';
import { WithCustomer } from '../../customers/WithCustomer.tsx';
import { describeChange } from './describe-change.ts';

/** What the dialog shows of the entry it reverses. */
export type ReversedEntry = Pick<LedgerEntry, 'id' | 'seq' | 'type' | 'amount'>;

type Props = { customerId: string; entry: ReversedEntry; onClose: () => void };

export function ReverseDialog({ customerId, entry, onClose }: Props) {
  return (
    <WithCustomer customerId={customerId} title="Reverse entry" onClose={onClose}>
      {(customer) => <ReverseForm customer={customer} entry={entry} onClose={onClose} />}
    </WithCustomer>
  );
}

type FormProps = { customer: Customer; entry: ReversedEntry; onClose: () => void };

function ReverseForm({ customer, entry, onClose }: FormProps) {
  const { form, submit, isPending, error } = useActionForm<'balance.reverse', { reason: string }>({
    channel: 'balance.reverse',
    initialValues: { reason: '' },
    toInput: (values, requestId) => ({ entryId: entry.id, reason: values.reason, requestId }),
    money: [],
    currency: customer.currency,
    required: ['reason'],
    onSuccess: (data) => {
      notifyDone('Entry reversed', describeChange(data, customer.currency));
      onClose();
    },
  });
  return (
    <ActionDialog
      title={`Reverse entry #${entry.seq}`}
      onClose={onClose}
      onSubmit={submit}
      isPending={isPending}
      submitLabel="Reverse"
      error={error}
    >
      <Text size="sm">
        {ENTRY_TYPE_LABELS[entry.type]} of{' '}
        <MoneyText amount={entry.amount} currency={customer.currency} tone="signed" />: the reversal
        puts back the credit it gave or took, lot by lot.
      </Text>
      <ReasonField
        withAsterisk
        data-autofocus
        description="Required: say why, for the audit log"
        key={form.key('reason')}
        {...form.getInputProps('reason')}
      />
    </ActionDialog>
  );
}
