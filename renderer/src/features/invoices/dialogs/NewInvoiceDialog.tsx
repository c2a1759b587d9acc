/**
 * A new invoice: kind, lines with live totals, optional dates and memo; "Issue now" creates and
 * issues it (the engine then settles it from the balance), "Save draft" only creates it. Both
 * steps reuse the dialog's request id, so a retry or a double click never makes two invoices.
 */
import { Button, Group, NativeSelect, SimpleGrid, Text } from '@mantine/core';
import { useRef } from 'react';
import type { Customer, Invoice } from '../../../../../shared/contract/types.ts';
import type { Attempt } from '../../../api/client.ts';
import { useMutation } from '../../../api/useMutation.ts';
import { useQuery } from '../../../api/useQuery.ts';
import { ActionDialog } from '../../../components/ActionDialog.tsx';
import { DateField } from '../../../components/fields.tsx';
import { MoneyText } from '../../../components/MoneyText.tsx';
import { optional } from '../../../lib/form-validation.ts';
import { isPositiveMoney } from '../../../lib/money-display.ts';
import { notifyDone } from '../../../lib/notify.ts';
import { describeIssue } from '../describe-issue.ts';
import { useActionForm } from '../../../lib/useActionForm.ts';
import { WithCustomer } from '../../customers/WithCustomer.tsx';
import { openInvoice } from '../invoice-store.ts';
import { LinesAndMemo } from './LinesAndMemo.tsx';
import { BLANK_LINE, lineMoneyRules, linesInput, type LineValues } from './LinesEditor.tsx';

type Props = { customerId: string; onClose: () => void };
type Intent = 'issue' | 'draft';
type InvoiceValues = {
  kind: 'standard' | 'top_up';
  lines: LineValues[];
  dueDate: string | null;
  memo: string;
};

export function NewInvoiceDialog({ customerId, onClose }: Props) {
  return (
    <WithCustomer customerId={customerId} title="New invoice" onClose={onClose}>
      {(customer) => <NewInvoiceForm customer={customer} onClose={onClose} />}
    </WithCustomer>
  );
}

function NewInvoiceForm({ customer, onClose }: { customer: Customer; onClose: () => void }) {
  const intent = useRef<Intent>('issue');
  const create = useMutation('invoices.create');
  const issue = useMutation('invoices.issue');
  const balance = useQuery('balance.get', { customerId: customer.id });
  const { form, submit, isPending, error } = useActionForm<
    'invoices.create',
    InvoiceValues,
    Invoice
  >({
    channel: 'invoices.create',
    initialValues: {
      kind: 'standard',
      lines: [{ ...BLANK_LINE }],
      dueDate: null,
      memo: '',
    },
    toInput: (values, requestId) => ({
      customerId: customer.id,
      kind: values.kind,
      lines: linesInput(values.lines),
      dueDate: values.dueDate ?? undefined,
      memo: optional(values.memo),
      requestId,
    }),
    money: (values) => lineMoneyRules(values.lines),
    currency: customer.currency,
    perform: async (input, requestId): Promise<Attempt<Invoice>> => {
      const draft = await create.mutate(input);
      if (!draft.ok || intent.current === 'draft') return draft;
      return issue.mutate({ invoiceId: draft.data.id, requestId: `${requestId}:issue` });
    },
    onSuccess: (invoice) => {
      if (invoice.number === null) notifyDone('Draft saved');
      else notifyDone(`Invoice ${invoice.number} issued`, describeIssue(invoice));
      onClose();
      openInvoice(invoice.id);
    },
  });
  const values = form.getValues();
  const credit = balance.data?.balance;
  const willApply =
    values.kind === 'standard' &&
    customer.autoApplyCredit &&
    credit !== undefined &&
    isPositiveMoney(credit);
  return (
    <ActionDialog
      title={`New invoice for ${customer.name}`}
      onClose={onClose}
      onSubmit={(event) => {
        intent.current = 'issue';
        submit(event);
      }}
      isPending={isPending}
      submitLabel="Issue now"
      error={error}
      size={860}
      extraActions={
        <Button
          variant="light"
          disabled={isPending}
          onClick={() => {
            intent.current = 'draft';
            submit();
          }}
        >
          Save draft
        </Button>
      }
    >
      <SimpleGrid cols={3}>
        <NativeSelect
          label="Kind"
          data={[
            { value: 'standard', label: 'Invoice' },
            { value: 'top_up', label: 'Top-up invoice (request to prepay)' },
          ]}
          key={form.key('kind')}
          {...form.getInputProps('kind')}
        />
        <DateField
          label="Due date"
          description={`Default: ${customer.paymentTermsDays} days after issue`}
          clearable
          key={form.key('dueDate')}
          {...form.getInputProps('dueDate')}
        />
      </SimpleGrid>
      <LinesAndMemo form={form} currency={customer.currency} />
      {willApply && (
        <Group gap={6}>
          <Text size="sm" c="dimmed">
            On issue, available credit of
          </Text>
          <MoneyText amount={credit} currency={customer.currency} size="sm" fw={600} />
          <Text size="sm" c="dimmed">
            settles it first.
          </Text>
        </Group>
      )}
    </ActionDialog>
  );
}
