/**
 * Automatic top-up invoices (`customers.setReplenishment`): when a debit takes the balance below
 * the threshold, a top-up invoice for the amount is issued, once or every time.
 */
import { Input, SegmentedControl, SimpleGrid, Switch } from '@mantine/core';
import type { Customer } from '../../../../../shared/contract/types.ts';
import { ActionDialog } from '../../../components/ActionDialog.tsx';
import { MoneyInput } from '../../../components/MoneyInput.tsx';
import { optional } from '../../../lib/form-validation.ts';
import { notifyDone } from '../../../lib/notify.ts';
import { useActionForm } from '../../../lib/useActionForm.ts';
import { WithCustomer } from '../../customers/WithCustomer.tsx';
import { BALANCE_MINOR_MAX } from '../../../../../shared/money-limits.ts';

type Props = { customerId: string; onClose: () => void };

export function ReplenishmentDialog({ customerId, onClose }: Props) {
  return (
    <WithCustomer customerId={customerId} title="Replenishment" onClose={onClose}>
      {(customer) => <ReplenishmentForm customer={customer} onClose={onClose} />}
    </WithCustomer>
  );
}

function ReplenishmentForm({ customer, onClose }: { customer: Customer; onClose: () => void }) {
  const current = customer.replenishment;
  const { form, submit, isPending, error } = useActionForm({
    channel: 'customers.setReplenishment',
    initialValues: {
      enabled: current.enabled,
      threshold: current.threshold ?? '',
      amount: current.amount ?? '',
      recurrence: current.recurrence ?? 'always',
    },
    toInput: (values, requestId) => ({
      customerId: customer.id,
      enabled: values.enabled,
      threshold: optional(values.threshold),
      amount: optional(values.amount),
      recurrence: values.recurrence,
      requestId,
    }),
    money: [
      { path: 'threshold', label: 'Threshold', maxMinor: BALANCE_MINOR_MAX },
      { path: 'amount', label: 'Top-up amount' },
    ],
    currency: customer.currency,
    onSuccess: (updated) => {
      notifyDone(
        updated.replenishment.enabled ? 'Replenishment on' : 'Replenishment off',
        updated.name,
      );
      onClose();
    },
  });
  const isEnabled = form.getValues().enabled;
  return (
    <ActionDialog
      title={`Replenishment for ${customer.name}`}
      onClose={onClose}
      onSubmit={submit}
      isPending={isPending}
      submitLabel="Save"
      error={error}
    >
      <Switch
        label="Issue a top-up invoice when the balance falls below the threshold"
        key={form.key('enabled')}
        {...form.getInputProps('enabled', { type: 'checkbox' })}
      />
      <SimpleGrid cols={2}>
        <MoneyInput
          label="Threshold"
          currency={customer.currency}
          disabled={!isEnabled}
          key={form.key('threshold')}
          {...form.getInputProps('threshold')}
        />
        <MoneyInput
          label="Top-up amount"
          currency={customer.currency}
          disabled={!isEnabled}
          key={form.key('amount')}
          {...form.getInputProps('amount')}
        />
      </SimpleGrid>
      <Input.Wrapper label="How often">
        <SegmentedControl
          fullWidth
          mt={4}
          disabled={!isEnabled}
          aria-label="How often"
          data={[
            { value: 'always', label: 'Every time' },
            { value: 'once', label: 'Once' },
          ]}
          key={form.key('recurrence')}
          {...form.getInputProps('recurrence')}
        />
      </Input.Wrapper>
    </ActionDialog>
  );
}
