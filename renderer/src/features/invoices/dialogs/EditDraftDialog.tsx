/**
 * Edits a draft invoice: its lines, due date and memo (`invoices.update`). "Save and issue" then
 * issues it, reusing the dialog's request id, so a retry never issues twice. Issued invoices are
 * never edited: they are corrected with a credit note.
 */
import { Button, SimpleGrid } from '@mantine/core';
import { useRef } from 'react';
import type { Invoice } from '../../../../../shared/contract/types.ts';
import type { Attempt } from '../../../api/client.ts';
import { useMutation } from '../../../api/useMutation.ts';
import { ActionDialog } from '../../../components/ActionDialog.tsx';
import { DateField } from '../../../components/fields.tsx';
import { notifyDone } from '../../../lib/notify.ts';
import { describeIssue } from '../describe-issue.ts';
import { useActionForm } from '../../../lib/useActionForm.ts';
import { WithInvoice } from '../WithInvoice.tsx';
import { LinesAndMemo } from './LinesAndMemo.tsx';
import { lineMoneyRules, linesInput, type LineValues } from './LinesEditor.tsx';

type Props = { invoiceId: string; onClose: () => void };
type DraftValues = { lines: LineValues[]; dueDate: string | null; memo: string };

export function EditDraftDialog({ invoiceId, onClose }: Props) {
  return (
    <WithInvoice invoiceId={invoiceId} title="Edit draft" onClose={onClose}>
      {(invoice) => <EditDraftForm invoice={invoice} onClose={onClose} />}
    </WithInvoice>
  );
}

/** The draft's lines as the form edits them: a line without tax has a blank rate. */
export function linesOfDraft(invoice: Invoice): LineValues[] {
  return invoice.lines.map((line) => ({
    description: line.description,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    taxRate: line.taxRate ?? '',
  }));
}

function EditDraftForm({ invoice, onClose }: { invoice: Invoice; onClose: () => void }) {
  const thenIssue = useRef(false);
  const update = useMutation('invoices.update');
  const issue = useMutation('invoices.issue');
  const { form, submit, isPending, error } = useActionForm<'invoices.update', DraftValues, Invoice>(
    {
      channel: 'invoices.update',
      initialValues: {
        lines: linesOfDraft(invoice),
        dueDate: invoice.dueDate,
        memo: invoice.memo,
      },
      toInput: (values, requestId) => ({
        invoiceId: invoice.id,
        lines: linesInput(values.lines),
        dueDate: values.dueDate,
        memo: values.memo,
        requestId,
      }),
      money: (values) => lineMoneyRules(values.lines),
      currency: invoice.currency,
      perform: async (input, requestId): Promise<Attempt<Invoice>> => {
        const saved = await update.mutate(input);
        if (!saved.ok || !thenIssue.current) return saved;
        return issue.mutate({ invoiceId: invoice.id, requestId: `${requestId}:issue` });
      },
      onSuccess: (saved) => {
        if (saved.number === null) notifyDone('Draft saved');
        else notifyDone(`Invoice ${saved.number} issued`, describeIssue(saved));
        onClose();
      },
    },
  );
  return (
    <ActionDialog
      title="Edit draft invoice"
      onClose={onClose}
      onSubmit={(event) => {
        thenIssue.current = false;
        submit(event);
      }}
      isPending={isPending}
      submitLabel="Save draft"
      error={error}
      size={860}
      extraActions={
        <Button
          variant="light"
          disabled={isPending}
          onClick={() => {
            thenIssue.current = true;
            submit();
          }}
        >
          Save and issue
        </Button>
      }
    >
      <SimpleGrid cols={3}>
        <DateField
          label="Due date"
          description="Blank: the customer's payment terms from the issue date"
          clearable
          key={form.key('dueDate')}
          {...form.getInputProps('dueDate')}
        />
      </SimpleGrid>
      <LinesAndMemo form={form} currency={invoice.currency} />
    </ActionDialog>
  );
}
