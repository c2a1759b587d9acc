/**
 * Charge services or usage straight to the balance (`balance.charge`). The billing mode decides
 * whether it may go below zero; a refusal shows the engine's shortfall in words.
 */
import { Group, Text, TextInput } from '@mantine/core';
import type { Customer } from '../../../../../shared/contract/types.ts';
import { useQuery } from '../../../api/useQuery.ts';
import { ActionDialog } from '../../../components/ActionDialog.tsx';
import { EffectiveDateField } from '../../../components/fields.tsx';
import { MoneyInput } from '../../../components/MoneyInput.tsx';
import { MoneyText } from '../../../components/MoneyText.tsx';
import { notifyDone } from '../../../lib/notify.ts';
import { useActionForm } from '../../../lib/useActionForm.ts';
import { WithCustomer } from '../../customers/WithCustomer.tsx';
import { describeChange } from './describe-change.ts';
import { UnusualAmountCheck, useUnusualAmount } from './UnusualAmountCheck.tsx';

type Props = { customerId: string; onClose: () => void };
type ChargeValues = { amount: string; description: string; effectiveOn: string | null };

export function ChargeDialog({ customerId, onClose }: Props) {
  return (
    <WithCustomer customerId={customerId} title="Charge" onClose={onClose}>
      {(customer) => <ChargeForm customer={customer} onClose={onClose} />}
    </WithCustomer>
  );
}

function ChargeForm({ customer, onClose }: { customer: Customer; onClose: () => void }) {
  const balance = useQuery('balance.get', { customerId: customer.id });
  const { form, submit, isPending, error } = useActionForm<'balance.charge', ChargeValues>({
    channel: 'balance.charge',
    initialValues: { amount: '', description: '', effectiveOn: null },
    toInput: (values, requestId) => ({
      customerId: customer.id,
      amount: values.amount.trim(),
      description: values.description,
      effectiveOn: values.effectiveOn ?? undefined,
      requestId,
    }),
    money: [{ path: 'amount', label: 'Amount' }],
    currency: customer.currency,
    onSuccess: (data) => {
      notifyDone('Charge recorded', describeChange(data, customer.currency));
      onClose();
    },
  });
  const available =
    balance.data?.spendableNow === undefined ? balance.data?.available : balance.data.spendableNow;
  const gate = useUnusualAmount(customer.id, customer.currency, form.getValues().amount);
  return (
    <ActionDialog
      title={`Charge ${customer.name}`}
      onClose={onClose}
      onSubmit={gate.guard(submit)}
      isPending={isPending}
      submitLabel="Charge"
      error={error}
    >
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          Available to spend:
        </Text>
        {available === undefined || available === null ? (
          <Text size="sm">{available === null ? 'No limit (post-paid)' : '…'}</Text>
        ) : (
          <MoneyText amount={available} currency={customer.currency} size="sm" fw={600} />
        )}
      </Group>
      <MoneyInput
        label="Amount"
        currency={customer.currency}
        data-autofocus
        withAsterisk
        key={form.key('amount')}
        {...form.getInputProps('amount')}
      />
      <UnusualAmountCheck gate={gate} currency={customer.currency} />
      <TextInput
        label="Description"
        withAsterisk
        placeholder="e.g. Hosting, March"
        key={form.key('description')}
        {...form.getInputProps('description')}
      />
      <EffectiveDateField key={form.key('effectiveOn')} {...form.getInputProps('effectiveOn')} />
    </ActionDialog>
  );
}
