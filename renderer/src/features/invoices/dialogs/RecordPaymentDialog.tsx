/**
 * Records money received (`payments.record`): against an invoice (any excess becomes credit) or,
 * with no invoice, paying open balance-due invoices first (the engine's rule) and topping up the
 * balance with the rest.
 */
import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import type { Customer, Invoice, PaymentMethod } from '../../../../../shared/contract/types.ts';
import { formatMoneyForPeople } from '../../../../../shared/money.ts';
import { useQuery } from '../../../api/useQuery.ts';
import { ActionDialog } from '../../../components/ActionDialog.tsx';
import { DateField, MethodSelect } from '../../../components/fields.tsx';
import { MoneyInput } from '../../../components/MoneyInput.tsx';
import { optional } from '../../../lib/form-validation.ts';
import { todayLocal, userLocale } from '../../../lib/locale.ts';
import { notifyDone } from '../../../lib/notify.ts';
import { useActionForm } from '../../../lib/useActionForm.ts';
import { WithCustomer } from '../../customers/WithCustomer.tsx';
import { invoiceName } from '../WithInvoice.tsx';

type Props = { customerId: string; invoiceId?: string | undefined; onClose: () => void };

type PaymentValues = {
  invoiceId: string;
  amount: string;
  method: PaymentMethod;
  reference: string;
  receivedOn: string | null;
};

export function RecordPaymentDialog({ customerId, invoiceId, onClose }: Props) {
  return (
    <WithCustomer customerId={customerId} title="Record payment" onClose={onClose}>
      {(customer) => <PaymentForm customer={customer} invoiceId={invoiceId} onClose={onClose} />}
    </WithCustomer>
  );
}

function choiceLabel(invoice: Invoice): string {
  const due = formatMoneyForPeople(invoice.amountDue, invoice.currency, userLocale);
  return `${invoiceName(invoice)} — ${due} due`;
}

function PaymentForm(props: {
  customer: Customer;
  invoiceId: string | undefined;
  onClose: () => void;
}) {
  const { customer } = props;
  const open = useQuery('invoices.list', { customerId: customer.id, status: 'open', limit: 100 });
  const chosen = useQuery(
    'invoices.get',
    { invoiceId: props.invoiceId ?? '' },
    { enabled: props.invoiceId !== undefined },
  );
  const choices = [...(chosen.data ? [chosen.data] : []), ...(open.data?.items ?? [])].filter(
    (invoice, index, all) => all.findIndex((other) => other.id === invoice.id) === index,
  );
  const { form, submit, isPending, error } = useActionForm<'payments.record', PaymentValues>({
    channel: 'payments.record',
    initialValues: {
      invoiceId: props.invoiceId ?? '',
      amount: chosen.data?.amountDue ?? '',
      method: 'bank_transfer',
      reference: '',
      receivedOn: todayLocal(),
    },
    toInput: (values, requestId) => ({
      customerId: customer.id,
      amount: values.amount.trim(),
      method: values.method,
      reference: optional(values.reference),
      receivedOn: values.receivedOn ?? '',
      invoiceId: values.invoiceId === '' ? undefined : values.invoiceId,
      requestId,
    }),
    money: [{ path: 'amount', label: 'Amount' }],
    currency: customer.currency,
    onSuccess: (data) => {
      const settled = (data.settledInvoices ?? []).map(invoiceName).join(', ');
      const target = data.invoice
        ? `on ${invoiceName(data.invoice)}`
        : settled === ''
          ? 'as a top-up'
          : `paying ${settled} first`;
      notifyDone(
        'Payment recorded',
        `${formatMoneyForPeople(data.payment.amount, customer.currency, userLocale)} ${target}.`,
      );
      props.onClose();
    },
  });
  // Opened for one invoice whose details arrive after the form: its amount due fills a blank amount.
  const chosenDue = chosen.data?.amountDue;
  useEffect(() => {
    if (chosenDue !== undefined && form.getValues().amount === '') {
      form.setFieldValue('amount', chosenDue);
    }
  }, [chosenDue, form]);
  const invoiceInput = form.getInputProps('invoiceId');
  return (
    <ActionDialog
      title={`Record payment from ${customer.name}`}
      onClose={props.onClose}
      onSubmit={submit}
      isPending={isPending}
      submitLabel="Record payment"
      error={error}
    >
      <NativeSelect
        label="Invoice"
        description="With no invoice, the payment pays open balance-due invoices first, then tops up the balance"
        data={[
          { value: '', label: 'No invoice (debt first, then top up)' },
          ...choices.map((invoice) => ({ value: invoice.id, label: choiceLabel(invoice) })),
        ]}
        key={form.key('invoiceId')}
        {...invoiceInput}
        onChange={(event) => {
          const id = event.currentTarget.value;
          form.setFieldValue('invoiceId', id);
          const picked = choices.find((invoice) => invoice.id === id);
          if (picked) form.setFieldValue('amount', picked.amountDue);
        }}
      />
      <MoneyInput
        label="Amount"
        currency={customer.currency}
        withAsterisk
        data-autofocus
        key={form.key('amount')}
        {...form.getInputProps('amount')}
      />
      <SimpleGrid cols={2}>
        <MethodSelect key={form.key('method')} {...form.getInputProps('method')} />
        <DateField
          label="Received on"
          withAsterisk
          maxDate={todayLocal()}
          key={form.key('receivedOn')}
          {...form.getInputProps('receivedOn')}
        />
      </SimpleGrid>
      <TextInput
        label="Reference"
        key={form.key('reference')}
        {...form.getInputProps('reference')}
      />
    </ActionDialog>
  );
}
