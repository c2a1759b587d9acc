/**
 * Top up a balance: paid or promotional credit, an optional expiry date, how it was paid, a
 * reference and a reason. Checked as you type with `balance.topUp`'s schema and the currency.
 */
import { Input, SegmentedControl, SimpleGrid, TextInput } from '@mantine/core';
import type { Customer, PaymentMethod } from '../../../../../shared/contract/types.ts';
import { ActionDialog } from '../../../components/ActionDialog.tsx';
import {
  DateField,
  EffectiveDateField,
  MethodSelect,
  ReasonField,
} from '../../../components/fields.tsx';
import { MoneyInput } from '../../../components/MoneyInput.tsx';
import { optional } from '../../../lib/form-validation.ts';
import { todayLocal } from '../../../lib/locale.ts';
import { notifyDone } from '../../../lib/notify.ts';
import { useActionForm } from '../../../lib/useActionForm.ts';
import { WithCustomer } from '../../customers/WithCustomer.tsx';
import { describeChange } from './describe-change.ts';
import { UnusualAmountCheck, useUnusualAmount } from './UnusualAmountCheck.tsx';
import { OpenDebtNotice } from './OpenDebtNotice.tsx';

type Props = { customerId: string; onClose: () => void };

type TopUpValues = {
  amount: string;
  kind: 'paid' | 'promotional';
  expiresOn: string | null;
  effectiveOn: string | null;
  /** '' when not recorded. */
  method: PaymentMethod | '';
  reference: string;
  reason: string;
};

export function TopUpDialog({ customerId, onClose }: Props) {
  return (
    <WithCustomer customerId={customerId} title="Top up" onClose={onClose}>
      {(customer) => <TopUpForm customer={customer} onClose={onClose} />}
    </WithCustomer>
  );
}

function TopUpForm({ customer, onClose }: { customer: Customer; onClose: () => void }) {
  const { form, submit, isPending, error } = useActionForm<'balance.topUp', TopUpValues>({
    channel: 'balance.topUp',
    initialValues: {
      amount: '',
      kind: 'paid',
      expiresOn: null,
      effectiveOn: null,
      method: '',
      reference: '',
      reason: '',
    },
    toInput: (values, requestId) => ({
      customerId: customer.id,
      amount: values.amount.trim(),
      kind: values.kind,
      expiresOn: values.expiresOn ?? undefined,
      effectiveOn: values.effectiveOn ?? undefined,
      method: values.method === '' ? undefined : values.method,
      reference: optional(values.reference),
      reason: optional(values.reason),
      requestId,
    }),
    money: [{ path: 'amount', label: 'Amount' }],
    currency: customer.currency,
    onSuccess: (data) => {
      notifyDone('Top-up recorded', describeChange(data, customer.currency));
      onClose();
    },
  });
  const gate = useUnusualAmount(customer.id, customer.currency, form.getValues().amount);
  return (
    <ActionDialog
      title={`Top up ${customer.name}`}
      onClose={onClose}
      onSubmit={gate.guard(submit)}
      isPending={isPending}
      submitLabel="Top up"
      error={error}
    >
      <OpenDebtNotice customerId={customer.id} currency={customer.currency} />
      <MoneyInput
        label="Amount"
        currency={customer.currency}
        data-autofocus
        withAsterisk
        key={form.key('amount')}
        {...form.getInputProps('amount')}
      />
      <UnusualAmountCheck gate={gate} currency={customer.currency} />
      <Input.Wrapper label="Kind of credit">
        <SegmentedControl
          fullWidth
          mt={4}
          aria-label="Kind of credit"
          data={[
            { value: 'paid', label: 'Paid' },
            { value: 'promotional', label: 'Promotional' },
          ]}
          key={form.key('kind')}
          {...form.getInputProps('kind')}
        />
      </Input.Wrapper>
      <DateField
        label="Expires on"
        description="Optional: unused credit leaves the balance when this day ends"
        clearable
        minDate={todayLocal()}
        key={form.key('expiresOn')}
        {...form.getInputProps('expiresOn')}
      />
      <SimpleGrid cols={2}>
        <MethodSelect isOptional key={form.key('method')} {...form.getInputProps('method')} />
        <TextInput
          label="Reference"
          key={form.key('reference')}
          {...form.getInputProps('reference')}
        />
      </SimpleGrid>
      <EffectiveDateField key={form.key('effectiveOn')} {...form.getInputProps('effectiveOn')} />
      <ReasonField key={form.key('reason')} {...form.getInputProps('reason')} />
    </ActionDialog>
  );
}
