/**
 * A recurring allowance (`schedules.create` with `kind: 'allowance'`, SPEC 12): promotional
 * credit granted every month, quarter or year from a start date to an optional end date, each
 * grant expiring at its period's end; periods missed while the app was closed are caught up once
 * each, like recurring invoices.
 */
import { SimpleGrid, Text } from '@mantine/core';
import type { Customer } from '../../../../../shared/contract/types.ts';
import { ActionDialog } from '../../../components/ActionDialog.tsx';
import { ScheduleTimingFields } from '../../../components/ScheduleTimingFields.tsx';
import { MoneyInput } from '../../../components/MoneyInput.tsx';
import { optional } from '../../../lib/form-validation.ts';
import { todayLocal } from '../../../lib/locale.ts';
import { notifyDone } from '../../../lib/notify.ts';
import { useActionForm } from '../../../lib/useActionForm.ts';
import { WithCustomer } from '../../customers/WithCustomer.tsx';

type Props = { customerId: string; onClose: () => void };
type AllowanceValues = {
  amount: string;
  interval: 'month' | 'quarter' | 'year';
  startDate: string | null;
  endDate: string | null;
};

export function AllowanceDialog({ customerId, onClose }: Props) {
  return (
    <WithCustomer customerId={customerId} title="Recurring allowance" onClose={onClose}>
      {(customer) => <AllowanceForm customer={customer} onClose={onClose} />}
    </WithCustomer>
  );
}

function AllowanceForm({ customer, onClose }: { customer: Customer; onClose: () => void }) {
  const { form, submit, isPending, error } = useActionForm<'schedules.create', AllowanceValues>({
    channel: 'schedules.create',
    initialValues: { amount: '', interval: 'month', startDate: todayLocal(), endDate: null },
    toInput: (values, requestId) => ({
      customerId: customer.id,
      kind: 'allowance',
      amount: optional(values.amount),
      interval: values.interval,
      startDate: values.startDate ?? '',
      endDate: values.endDate ?? undefined,
      autoIssue: true,
      requestId,
    }),
    money: [{ path: 'amount', label: 'Amount' }],
    currency: customer.currency,
    required: ['amount'],
    onSuccess: () => {
      notifyDone('Recurring allowance created', customer.name);
      onClose();
    },
  });
  return (
    <ActionDialog
      title={`Recurring allowance for ${customer.name}`}
      onClose={onClose}
      onSubmit={submit}
      isPending={isPending}
      submitLabel="Create allowance"
      error={error}
    >
      <Text size="sm">
        Promotional credit granted each period; what is left unspent expires at the end of its
        period. Promotional credit is never refunded.
      </Text>
      <SimpleGrid cols={2}>
        <MoneyInput
          label="Credit each period"
          currency={customer.currency}
          withAsterisk
          data-autofocus
          key={form.key('amount')}
          {...form.getInputProps('amount')}
        />
        <ScheduleTimingFields form={form} />
      </SimpleGrid>
    </ActionDialog>
  );
}
