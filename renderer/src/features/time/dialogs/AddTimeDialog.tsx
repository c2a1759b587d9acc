/** Adds a time entry (`time.create`): date, hours, description and the rate (customer's default). */
import { SimpleGrid, TextInput } from '@mantine/core';
import type { Customer } from '../../../../../shared/contract/types.ts';
import { ActionDialog } from '../../../components/ActionDialog.tsx';
import { DecimalInput } from '../../../components/DecimalInput.tsx';
import { DateField } from '../../../components/fields.tsx';
import { MoneyInput } from '../../../components/MoneyInput.tsx';
import { optional } from '../../../lib/form-validation.ts';
import { todayLocal } from '../../../lib/locale.ts';
import { notifyDone } from '../../../lib/notify.ts';
import { useActionForm } from '../../../lib/useActionForm.ts';
import { WithCustomer } from '../../customers/WithCustomer.tsx';

type Props = { customerId: string; onClose: () => void };
type TimeValues = { date: string | null; hours: string; description: string; hourlyRate: string };

export function AddTimeDialog({ customerId, onClose }: Props) {
  return (
    <WithCustomer customerId={customerId} title="Add time" onClose={onClose}>
      {(customer) => <AddTimeForm customer={customer} onClose={onClose} />}
    </WithCustomer>
  );
}

function AddTimeForm({ customer, onClose }: { customer: Customer; onClose: () => void }) {
  const { form, submit, isPending, error } = useActionForm<'time.create', TimeValues>({
    channel: 'time.create',
    initialValues: {
      date: todayLocal(),
      hours: '',
      description: '',
      hourlyRate: customer.hourlyRate ?? '',
    },
    toInput: (values, requestId) => ({
      customerId: customer.id,
      date: values.date ?? '',
      hours: values.hours.trim(),
      description: values.description,
      hourlyRate: optional(values.hourlyRate),
      requestId,
    }),
    money: [{ path: 'hourlyRate', label: 'Hourly rate' }],
    currency: customer.currency,
    onSuccess: () => {
      notifyDone('Time added', customer.name);
      onClose();
    },
  });
  return (
    <ActionDialog
      title={`Add time for ${customer.name}`}
      onClose={onClose}
      onSubmit={submit}
      isPending={isPending}
      submitLabel="Add time"
      error={error}
    >
      <SimpleGrid cols={2}>
        <DateField
          label="Date"
          withAsterisk
          key={form.key('date')}
          {...form.getInputProps('date')}
        />
        <DecimalInput
          label="Hours"
          withAsterisk
          placeholder="1.5"
          data-autofocus
          key={form.key('hours')}
          {...form.getInputProps('hours')}
        />
      </SimpleGrid>
      <TextInput
        label="Description"
        withAsterisk
        key={form.key('description')}
        {...form.getInputProps('description')}
      />
      <MoneyInput
        label="Hourly rate"
        currency={customer.currency}
        description={
          customer.hourlyRate === null
            ? 'Required: the customer has no default rate'
            : 'The customer’s default rate'
        }
        key={form.key('hourlyRate')}
        {...form.getInputProps('hourlyRate')}
      />
    </ActionDialog>
  );
}
