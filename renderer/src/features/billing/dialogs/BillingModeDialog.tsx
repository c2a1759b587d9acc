/** Switches a customer's billing mode, with a limit for credit-limit mode and a reason (admin). */
import { Radio, Stack, Text } from '@mantine/core';
import type { BillingMode, Customer } from '../../../../../shared/contract/types.ts';
import { ActionDialog } from '../../../components/ActionDialog.tsx';
import { ReasonField } from '../../../components/fields.tsx';
import { MoneyInput } from '../../../components/MoneyInput.tsx';
import { optional } from '../../../lib/form-validation.ts';
import { notifyDone } from '../../../lib/notify.ts';
import { useActionForm } from '../../../lib/useActionForm.ts';
import { WithCustomer } from '../../customers/WithCustomer.tsx';
import { BILLING_MODE_HINTS, BILLING_MODE_LABELS } from '../billing-labels.ts';
import { BALANCE_MINOR_MAX } from '../../../../../shared/money-limits.ts';

type Props = { customerId: string; onClose: () => void };

const MODES: readonly BillingMode[] = ['prepaid', 'credit_limit', 'postpaid'];

export function BillingModeDialog({ customerId, onClose }: Props) {
  return (
    <WithCustomer customerId={customerId} title="Billing mode" onClose={onClose}>
      {(customer) => <BillingModeForm customer={customer} onClose={onClose} />}
    </WithCustomer>
  );
}

function BillingModeForm({ customer, onClose }: { customer: Customer; onClose: () => void }) {
  const { form, submit, isPending, error } = useActionForm({
    channel: 'customers.setBillingMode',
    initialValues: {
      mode: customer.billingMode,
      creditLimit: customer.creditLimit ?? '',
      reason: '',
    },
    toInput: (values, requestId) => ({
      customerId: customer.id,
      mode: values.mode,
      creditLimit: values.mode === 'credit_limit' ? optional(values.creditLimit) : undefined,
      reason: values.reason,
      requestId,
    }),
    money: [{ path: 'creditLimit', label: 'Credit limit', maxMinor: BALANCE_MINOR_MAX }],
    currency: customer.currency,
    required: ['reason'],
    onSuccess: (updated) => {
      notifyDone(
        'Billing mode changed',
        `${updated.name} is now ${BILLING_MODE_LABELS[updated.billingMode]}.`,
      );
      onClose();
    },
  });
  const mode = form.getValues().mode;
  return (
    <ActionDialog
      title={`Billing mode for ${customer.name}`}
      onClose={onClose}
      onSubmit={submit}
      isPending={isPending}
      submitLabel="Change mode"
      error={error}
    >
      <Radio.Group label="Mode" key={form.key('mode')} {...form.getInputProps('mode')}>
        <Stack gap="xs" mt="xs">
          {MODES.map((value) => (
            <Radio
              key={value}
              value={value}
              label={BILLING_MODE_LABELS[value]}
              description={BILLING_MODE_HINTS[value]}
            />
          ))}
        </Stack>
      </Radio.Group>
      {mode === 'credit_limit' && (
        <MoneyInput
          label="Credit limit"
          withAsterisk
          currency={customer.currency}
          key={form.key('creditLimit')}
          {...form.getInputProps('creditLimit')}
        />
      )}
      {mode === 'prepaid' && customer.billingMode !== 'prepaid' && (
        <Text size="sm" c="dimmed">
          Any existing debt stays; no further debt is allowed.
        </Text>
      )}
      <ReasonField withAsterisk key={form.key('reason')} {...form.getInputProps('reason')} />
    </ActionDialog>
  );
}
