/**
 * Void an open invoice (credit applied to it returns to the balance) or write it off as
 * uncollectible; both need a reason for the audit log.
 */
import { Text } from '@mantine/core';
import { ActionDialog } from '../../../components/ActionDialog.tsx';
import { ReasonField } from '../../../components/fields.tsx';
import { notifyDone } from '../../../lib/notify.ts';
import { useActionForm } from '../../../lib/useActionForm.ts';
import { invoiceName, WithInvoice } from '../WithInvoice.tsx';

type Props = { invoiceId: string; onClose: () => void };

const WORDS = {
  'invoices.void': {
    title: 'Void',
    done: 'voided',
    explain: 'The invoice stops counting; any credit applied to it returns to the balance.',
  },
  'invoices.markUncollectible': {
    title: 'Write off',
    done: 'written off',
    explain: 'The invoice is marked uncollectible; a payment can still be recorded later.',
  },
} as const;

type Channel = keyof typeof WORDS;

export function VoidInvoiceDialog(props: Props) {
  return <InvoiceReasonDialog channel="invoices.void" {...props} />;
}

export function WriteOffInvoiceDialog(props: Props) {
  return <InvoiceReasonDialog channel="invoices.markUncollectible" {...props} />;
}

function InvoiceReasonDialog({ channel, invoiceId, onClose }: Props & { channel: Channel }) {
  const words = WORDS[channel];
  return (
    <WithInvoice invoiceId={invoiceId} title={words.title} onClose={onClose}>
      {(invoice) => (
        <ReasonForm
          channel={channel}
          invoiceId={invoiceId}
          name={invoiceName(invoice)}
          onClose={onClose}
        />
      )}
    </WithInvoice>
  );
}

function ReasonForm(props: {
  channel: Channel;
  invoiceId: string;
  name: string;
  onClose: () => void;
}) {
  const words = WORDS[props.channel];
  const { form, submit, isPending, error } = useActionForm({
    channel: props.channel,
    initialValues: { reason: '' },
    toInput: (values, requestId) => ({
      invoiceId: props.invoiceId,
      reason: values.reason,
      requestId,
    }),
    required: ['reason'],
    onSuccess: () => {
      notifyDone(`Invoice ${props.name} ${words.done}`);
      props.onClose();
    },
  });
  return (
    <ActionDialog
      title={`${words.title} ${props.name}`}
      onClose={props.onClose}
      onSubmit={submit}
      isPending={isPending}
      submitLabel={words.title}
      submitColor={props.channel === 'invoices.void' ? 'red' : 'orange'}
      error={error}
    >
      <Text size="sm">{words.explain}</Text>
      <ReasonField
        withAsterisk
        data-autofocus
        key={form.key('reason')}
        {...form.getInputProps('reason')}
      />
    </ActionDialog>
  );
}
