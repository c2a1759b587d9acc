/**
 * Applies the customer's credit to an open invoice issued before the credit existed: everything
 * that fits (up to what is outstanding) or a chosen smaller amount (`balance.applyToInvoice`).
 */
import { Group, Radio, Stack, Text } from '@mantine/core';
import type { Invoice } from '../../../../../shared/contract/types.ts';
import { useQuery } from '../../../api/useQuery.ts';
import { ActionDialog } from '../../../components/ActionDialog.tsx';
import { MoneyInput } from '../../../components/MoneyInput.tsx';
import { MoneyText } from '../../../components/MoneyText.tsx';
import { optional } from '../../../lib/form-validation.ts';
import { formatMoneyForPeople } from '../../../../../shared/money.ts';
import { userLocale } from '../../../lib/locale.ts';
import { notifyDone } from '../../../lib/notify.ts';
import { describeAfter } from '../../balance/dialogs/describe-change.ts';
import { useActionForm } from '../../../lib/useActionForm.ts';
import { invoiceName, WithInvoice } from '../WithInvoice.tsx';

type Props = { invoiceId: string; onClose: () => void };

export function ApplyBalanceDialog({ invoiceId, onClose }: Props) {
  return (
    <WithInvoice invoiceId={invoiceId} title="Apply balance" onClose={onClose}>
      {(invoice) => <ApplyBalanceForm invoice={invoice} onClose={onClose} />}
    </WithInvoice>
  );
}

function ApplyBalanceForm({ invoice, onClose }: { invoice: Invoice; onClose: () => void }) {
  const balance = useQuery('balance.get', { customerId: invoice.customerId });
  const { form, submit, isPending, error } = useActionForm({
    channel: 'balance.applyToInvoice',
    initialValues: { how: 'all', amount: '' },
    toInput: (values, requestId) => ({
      invoiceId: invoice.id,
      amount: values.how === 'amount' ? (optional(values.amount) ?? '') : undefined,
      requestId,
    }),
    money: [{ path: 'amount', label: 'Amount' }],
    currency: invoice.currency,
    onSuccess: (data) => {
      const c = invoice.currency;
      const applied = formatMoneyForPeople(data.entry.amount.replace(/^-/, ''), c, userLocale);
      const due = formatMoneyForPeople(data.invoice.amountDue, c, userLocale);
      notifyDone(
        `${applied} of balance applied to ${invoiceName(data.invoice)}`,
        `${due} still due on it. ${describeAfter(data, c)}`,
      );
      onClose();
    },
  });
  const isChosen = form.getValues().how === 'amount';
  return (
    <ActionDialog
      title={`Apply balance to ${invoiceName(invoice)}`}
      onClose={onClose}
      onSubmit={submit}
      isPending={isPending}
      submitLabel="Apply balance"
      error={error}
    >
      <Stack gap={4}>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            Outstanding on the invoice
          </Text>
          <MoneyText amount={invoice.amountDue} currency={invoice.currency} fw={600} />
        </Group>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            Customer balance
          </Text>
          {balance.data === undefined ? (
            <Text size="sm">…</Text>
          ) : (
            <MoneyText amount={balance.data.balance} currency={invoice.currency} fw={600} />
          )}
        </Group>
      </Stack>
      <Radio.Group label="How much" key={form.key('how')} {...form.getInputProps('how')}>
        <Stack gap="xs" mt="xs">
          <Radio value="all" label="All that fits" />
          <Radio value="amount" label="A chosen amount" />
        </Stack>
      </Radio.Group>
      {isChosen && (
        <MoneyInput
          label="Amount"
          currency={invoice.currency}
          withAsterisk
          key={form.key('amount')}
          {...form.getInputProps('amount')}
        />
      )}
    </ActionDialog>
  );
}
