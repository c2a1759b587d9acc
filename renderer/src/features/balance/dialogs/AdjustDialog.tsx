/** A manual correction of the balance, up or down, always with a reason (`balance.adjust`). */
import { Input, SegmentedControl } from '@mantine/core';
import type { Customer } from '../../../../../shared/contract/types.ts';
import { ActionDialog } from '../../../components/ActionDialog.tsx';
import { EffectiveDateField, ReasonField } from '../../../components/fields.tsx';
import { MoneyInput } from '../../../components/MoneyInput.tsx';
import { notifyDone } from '../../../lib/notify.ts';
import { useActionForm } from '../../../lib/useActionForm.ts';
import { WithCustomer } from '../../customers/WithCustomer.tsx';
import { describeChange } from './describe-change.ts';

type Props = { customerId: string; onClose: () => void };
type AdjustValues = {
  direction: 'credit' | 'debit';
  amount: string;
  effectiveOn: string | null;
  reason: string;
};

export function AdjustDialog({ customerId, onClose }: Props) {
  return (
    <WithCustomer customerId={customerId} title="Adjust balance" onClose={onClose}>
      {(customer) => <AdjustForm customer={customer} onClose={onClose} />}
    </WithCustomer>
  );
}

function AdjustForm({ customer, onClose }: { customer: Customer; onClose: () => void }) {
  const { form, submit, isPending, error } = useActionForm<'balance.adjust', AdjustValues>({
    channel: 'balance.adjust',
    initialValues: { direction: 'credit', amount: '', effectiveOn: null, reason: '' },
    toInput: (values, requestId) => ({
      customerId: customer.id,
      direction: values.direction,
      amount: values.amount.trim(),
      effectiveOn: values.effectiveOn ?? undefined,
      reason: values.reason,
      requestId,
    }),
    money: [{ path: 'amount', label: 'Amount' }],
    currency: customer.currency,
    required: ['reason'],
    onSuccess: (data) => {
      notifyDone('Adjustment recorded', describeChange(data, customer.currency));
      onClose();
    },
  });
  return (
    <ActionDialog
      title={`Adjust ${customer.name}`}
      onClose={onClose}
      onSubmit={submit}
      isPending={isPending}
      submitLabel="Adjust"
      error={error}
    >
      <Input.Wrapper label="Direction">
        <SegmentedControl
          fullWidth
          mt={4}
          aria-label="Direction"
          data={[
            { value: 'credit', label: 'Credit (add)' },
            { value: 'debit', label: 'Debit (take away)' },
          ]}
          key={form.key('direction')}
          {...form.getInputProps('direction')}
        />
      </Input.Wrapper>
      <MoneyInput
        label="Amount"
        currency={customer.currency}
        data-autofocus
        withAsterisk
        key={form.key('amount')}
        {...form.getInputProps('amount')}
      />
      <EffectiveDateField key={form.key('effectiveOn')} {...form.getInputProps('effectiveOn')} />
      <ReasonField
        withAsterisk
        description="Required: say why, for the audit log"
        key={form.key('reason')}
        {...form.getInputProps('reason')}
      />
    </ActionDialog>
  );
}
