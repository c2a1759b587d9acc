/**
 * Pay credit back to the customer (`balance.refund`). The engine says how much is refundable
 * (`balance.get` `refundable`: paid credit only, never promotional); the dialog shows that figure
 * before you type and, as you type, refuses more in the engine's own words.
 */
import { Group, Loader, SimpleGrid, Text, TextInput } from '@mantine/core';
import { refundBeyondRefundable } from '../../../../../shared/contract/refundable.ts';
import type { Customer, PaymentMethod } from '../../../../../shared/contract/types.ts';
import { parseMoney } from '../../../../../shared/money.ts';
import { useQuery } from '../../../api/useQuery.ts';
import { ActionDialog } from '../../../components/ActionDialog.tsx';
import { EffectiveDateField, MethodSelect, ReasonField } from '../../../components/fields.tsx';
import { MoneyInput } from '../../../components/MoneyInput.tsx';
import { MoneyText } from '../../../components/MoneyText.tsx';
import { optional } from '../../../lib/form-validation.ts';
import { notifyDone } from '../../../lib/notify.ts';
import { useActionForm } from '../../../lib/useActionForm.ts';
import { WithCustomer } from '../../customers/WithCustomer.tsx';
import { describeChange } from './describe-change.ts';

type Props = { customerId: string; onClose: () => void };

type RefundValues = {
  amount: string;
  method: PaymentMethod;
  reference: string;
  effectiveOn: string | null;
  reason: string;
};

export function RefundDialog({ customerId, onClose }: Props) {
  return (
    <WithCustomer customerId={customerId} title="Refund" onClose={onClose}>
      {(customer) => <RefundForm customer={customer} onClose={onClose} />}
    </WithCustomer>
  );
}

function RefundForm({ customer, onClose }: { customer: Customer; onClose: () => void }) {
  const balance = useQuery('balance.get', { customerId: customer.id });
  const refundable = balance.data?.refundable;
  const cap =
    refundable === undefined
      ? undefined
      : {
          maxMinor: parseMoney(refundable, customer.currency, 'refundable'),
          message: refundBeyondRefundable(refundable, customer.currency),
        };
  const { form, submit, isPending, error } = useActionForm<'balance.refund', RefundValues>({
    channel: 'balance.refund',
    initialValues: {
      amount: '',
      method: 'bank_transfer',
      reference: '',
      effectiveOn: null,
      reason: '',
    },
    toInput: (values, requestId) => ({
      customerId: customer.id,
      amount: values.amount.trim(),
      method: values.method,
      reference: optional(values.reference),
      effectiveOn: values.effectiveOn ?? undefined,
      reason: values.reason,
      requestId,
    }),
    money: [{ path: 'amount', label: 'Amount', cap }],
    currency: customer.currency,
    required: ['reason'],
    onSuccess: (data) => {
      notifyDone('Refund recorded', describeChange(data, customer.currency));
      onClose();
    },
  });
  return (
    <ActionDialog
      title={`Refund ${customer.name}`}
      onClose={onClose}
      onSubmit={submit}
      isPending={isPending}
      submitLabel="Refund"
      error={error}
    >
      <Group gap="xs" aria-label="Refundable credit">
        <Text size="sm" c="dimmed">
          Refundable (paid credit only):
        </Text>
        {refundable !== undefined ? (
          <MoneyText amount={refundable} currency={customer.currency} size="sm" fw={600} />
        ) : balance.status === 'error' ? (
          // The engine still refuses more than is refundable, and says how much in its answer.
          <Text size="sm">not known now</Text>
        ) : (
          <Loader size="xs" aria-label="Loading the refundable credit" />
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
      <SimpleGrid cols={2}>
        <MethodSelect key={form.key('method')} {...form.getInputProps('method')} />
        <TextInput
          label="Reference"
          key={form.key('reference')}
          {...form.getInputProps('reference')}
        />
      </SimpleGrid>
      <EffectiveDateField key={form.key('effectiveOn')} {...form.getInputProps('effectiveOn')} />
      <ReasonField withAsterisk key={form.key('reason')} {...form.getInputProps('reason')} />
    </ActionDialog>
  );
}
