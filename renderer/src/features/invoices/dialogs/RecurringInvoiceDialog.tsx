/**
 * A recurring invoice from a contract (`schedules.create`): lines, every month, quarter or year
 * from a start date to an optional end date, issued automatically or left as drafts; a standard
 * invoice, or a top-up request (a retainer: money asked for ahead, kept as credit).
 */
import { SegmentedControl, SimpleGrid, Switch } from '@mantine/core';
import type { Customer } from '../../../../../shared/contract/types.ts';
import { ActionDialog } from '../../../components/ActionDialog.tsx';
import { ScheduleTimingFields } from '../../../components/ScheduleTimingFields.tsx';
import { optional } from '../../../lib/form-validation.ts';
import { todayLocal } from '../../../lib/locale.ts';
import { notifyDone } from '../../../lib/notify.ts';
import { useActionForm } from '../../../lib/useActionForm.ts';
import { WithCustomer } from '../../customers/WithCustomer.tsx';
import { LinesAndMemo } from './LinesAndMemo.tsx';
import { BLANK_LINE, lineMoneyRules, linesInput, type LineValues } from './LinesEditor.tsx';

type Props = { customerId: string; onClose: () => void };
type RecurringValues = {
  kind: 'standard' | 'top_up';
  lines: LineValues[];
  interval: 'month' | 'quarter' | 'year';
  startDate: string | null;
  endDate: string | null;
  autoIssue: boolean;
  memo: string;
};

export function RecurringInvoiceDialog({ customerId, onClose }: Props) {
  return (
    <WithCustomer customerId={customerId} title="Recurring invoice" onClose={onClose}>
      {(customer) => <RecurringForm customer={customer} onClose={onClose} />}
    </WithCustomer>
  );
}

function RecurringForm({ customer, onClose }: { customer: Customer; onClose: () => void }) {
  const { form, submit, isPending, error } = useActionForm<'schedules.create', RecurringValues>({
    channel: 'schedules.create',
    initialValues: {
      kind: 'standard',
      lines: [{ ...BLANK_LINE }],
      interval: 'month',
      startDate: todayLocal(),
      endDate: null,
      autoIssue: true,
      memo: '',
    },
    toInput: (values, requestId) => ({
      customerId: customer.id,
      kind: values.kind,
      lines: linesInput(values.lines),
      interval: values.interval,
      startDate: values.startDate ?? '',
      endDate: values.endDate ?? undefined,
      autoIssue: values.autoIssue,
      memo: optional(values.memo),
      requestId,
    }),
    money: (values) => lineMoneyRules(values.lines),
    currency: customer.currency,
    onSuccess: () => {
      notifyDone('Recurring invoice created', customer.name);
      onClose();
    },
  });
  return (
    <ActionDialog
      title={`Recurring invoice for ${customer.name}`}
      onClose={onClose}
      onSubmit={submit}
      isPending={isPending}
      submitLabel="Create schedule"
      error={error}
      size={860}
    >
      <SegmentedControl
        aria-label="Each period issues"
        data={[
          { value: 'standard', label: 'An invoice for the work' },
          { value: 'top_up', label: 'A top-up request (retainer)' },
        ]}
        key={form.key('kind')}
        {...form.getInputProps('kind')}
      />
      <SimpleGrid cols={3}>
        <ScheduleTimingFields form={form} />
      </SimpleGrid>
      <LinesAndMemo form={form} currency={customer.currency} />
      <Switch
        label="Issue each invoice automatically (otherwise leave it as a draft)"
        key={form.key('autoIssue')}
        {...form.getInputProps('autoIssue', { type: 'checkbox' })}
      />
    </ActionDialog>
  );
}
