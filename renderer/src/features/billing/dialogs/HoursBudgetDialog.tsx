/**
 * A budget in hours (`customers.setHoursBudget`): hours agreed per month, per quarter or once
 * between two dates, and what happens to time beyond it: left for an invoice, or charged at an
 * overage rate. (Removing one is the budget card's "Remove budget", RemoveHoursBudgetDialog.)
 */
import { NativeSelect, SegmentedControl, SimpleGrid, TextInput } from '@mantine/core';
import type {
  Customer,
  HoursBudgetPeriod,
  HoursOverage,
} from '../../../../../shared/contract/types.ts';
import { ActionDialog } from '../../../components/ActionDialog.tsx';
import { DateField } from '../../../components/fields.tsx';
import { MoneyInput } from '../../../components/MoneyInput.tsx';
import { optional } from '../../../lib/form-validation.ts';
import { notifyDone } from '../../../lib/notify.ts';
import { useActionForm } from '../../../lib/useActionForm.ts';
import { WithCustomer } from '../../customers/WithCustomer.tsx';

type Props = { customerId: string; onClose: () => void };

type BudgetValues = {
  hours: string;
  period: HoursBudgetPeriod;
  startsOn: string | null;
  endsOn: string | null;
  overage: HoursOverage;
  overageRate: string;
};

export function HoursBudgetDialog({ customerId, onClose }: Props) {
  return (
    <WithCustomer customerId={customerId} title="Hours budget" onClose={onClose}>
      {(customer) => <HoursBudgetForm customer={customer} onClose={onClose} />}
    </WithCustomer>
  );
}

function HoursBudgetForm({ customer, onClose }: { customer: Customer; onClose: () => void }) {
  const { form, submit, isPending, error } = useActionForm<
    'customers.setHoursBudget',
    BudgetValues
  >({
    channel: 'customers.setHoursBudget',
    initialValues: {
      hours: '',
      period: 'month',
      startsOn: null,
      endsOn: null,
      overage: 'invoice',
      overageRate: '',
    },
    toInput: (values, requestId) => ({
      customerId: customer.id,
      hours: values.hours.trim(),
      period: values.period,
      startsOn: values.period === 'once' ? (values.startsOn ?? undefined) : undefined,
      endsOn: values.period === 'once' ? (values.endsOn ?? undefined) : undefined,
      overage: values.overage,
      overageRate: values.overage === 'charge' ? optional(values.overageRate) : undefined,
      requestId,
    }),
    money: [{ path: 'overageRate', label: 'Overage rate' }],
    currency: customer.currency,
    onSuccess: (balance) => {
      notifyDone(
        balance.hoursBudget ? 'Hours budget saved' : 'Hours budget removed',
        customer.name,
      );
      onClose();
    },
  });
  const values = form.getValues();
  return (
    <ActionDialog
      title={`Hours budget for ${customer.name}`}
      onClose={onClose}
      onSubmit={submit}
      isPending={isPending}
      submitLabel="Save budget"
      error={error}
    >
      <SimpleGrid cols={2}>
        <TextInput
          label="Hours agreed"
          inputMode="decimal"
          withAsterisk
          data-autofocus
          key={form.key('hours')}
          {...form.getInputProps('hours')}
        />
        <NativeSelect
          label="Period"
          data={[
            { value: 'month', label: 'Every month' },
            { value: 'quarter', label: 'Every quarter' },
            { value: 'once', label: 'Once, between dates' },
          ]}
          key={form.key('period')}
          {...form.getInputProps('period')}
        />
      </SimpleGrid>
      {values.period === 'once' && (
        <SimpleGrid cols={2}>
          <DateField
            label="Starts on"
            key={form.key('startsOn')}
            {...form.getInputProps('startsOn')}
          />
          <DateField label="Ends on" key={form.key('endsOn')} {...form.getInputProps('endsOn')} />
        </SimpleGrid>
      )}
      <SegmentedControl
        fullWidth
        aria-label="Time beyond the budget"
        data={[
          { value: 'invoice', label: 'Leave for an invoice' },
          { value: 'charge', label: 'Charge at an overage rate' },
        ]}
        key={form.key('overage')}
        {...form.getInputProps('overage')}
      />
      {values.overage === 'charge' && (
        <MoneyInput
          label="Overage rate"
          currency={customer.currency}
          withAsterisk
          key={form.key('overageRate')}
          {...form.getInputProps('overageRate')}
        />
      )}
    </ActionDialog>
  );
}
