/**
 * A credit note against an issued invoice (`creditNotes.create`): it first reduces what is due,
 * and the rest (or all of it on a paid invoice) becomes credit on the balance.
 */
import { Group, Text } from '@mantine/core';
import type { Invoice } from '../../../../../shared/contract/types.ts';
import { ActionDialog } from '../../../components/ActionDialog.tsx';
import { ReasonField } from '../../../components/fields.tsx';
import { MoneyInput } from '../../../components/MoneyInput.tsx';
import { MoneyText } from '../../../components/MoneyText.tsx';
import { minorOrNull } from '../../../lib/money-display.ts';
import { notifyDone } from '../../../lib/notify.ts';
import { useActionForm } from '../../../lib/useActionForm.ts';
import { toMoney, minor } from '../../../../../shared/money.ts';
import { invoiceName, WithInvoice } from '../WithInvoice.tsx';

type Props = { invoiceId: string; onClose: () => void };

export function CreditNoteDialog({ invoiceId, onClose }: Props) {
  return (
    <WithInvoice invoiceId={invoiceId} title="Credit note" onClose={onClose}>
      {(invoice) => <CreditNoteForm invoice={invoice} onClose={onClose} />}
    </WithInvoice>
  );
}

/** Total less earlier credit notes: the most a new credit note may be. */
function creditable(invoice: Invoice): string {
  const total = minorOrNull(invoice.total, invoice.currency) ?? 0;
  const noted = minorOrNull(invoice.creditNoted, invoice.currency) ?? 0;
  return toMoney(minor(total - noted), invoice.currency);
}

function CreditNoteForm({ invoice, onClose }: { invoice: Invoice; onClose: () => void }) {
  const { form, submit, isPending, error } = useActionForm({
    channel: 'creditNotes.create',
    initialValues: { amount: '', reason: '' },
    toInput: (values, requestId) => ({
      invoiceId: invoice.id,
      amount: values.amount.trim(),
      reason: values.reason,
      requestId,
    }),
    money: [{ path: 'amount', label: 'Amount' }],
    currency: invoice.currency,
    required: ['reason'],
    onSuccess: () => {
      notifyDone(`Credit note recorded on ${invoiceName(invoice)}`);
      onClose();
    },
  });
  return (
    <ActionDialog
      title={`Credit note on ${invoiceName(invoice)}`}
      onClose={onClose}
      onSubmit={submit}
      isPending={isPending}
      submitLabel="Create credit note"
      error={error}
    >
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          At most
        </Text>
        <MoneyText amount={creditable(invoice)} currency={invoice.currency} size="sm" fw={600} />
      </Group>
      <MoneyInput
        label="Amount"
        currency={invoice.currency}
        withAsterisk
        data-autofocus
        key={form.key('amount')}
        {...form.getInputProps('amount')}
      />
      <ReasonField withAsterisk key={form.key('reason')} {...form.getInputProps('reason')} />
    </ActionDialog>
  );
}
