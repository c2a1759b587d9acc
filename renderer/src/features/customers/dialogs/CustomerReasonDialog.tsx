/**
 * One dialog for the customer actions that take only a reason: archive (`customers.archive`),
 * unarchive (`customers.unarchive`, reason optional) and lifting a blocked credit limit
 * (`customers.unblockCreditLimit`, admin). Each says what it does; the engine refuses what it
 * must (archiving while money or work is open) and the dialog shows its words.
 */
import { Text } from '@mantine/core';
import { ActionDialog } from '../../../components/ActionDialog.tsx';
import { ReasonField } from '../../../components/fields.tsx';
import { notifyDone } from '../../../lib/notify.ts';
import { useActionForm } from '../../../lib/useActionForm.ts';

const WORDS = {
  'customers.archive': {
    title: 'Archive customer',
    submit: 'Archive',
    done: 'Customer archived',
    isRequired: true,
    explain:
      'The customer leaves the lists; their history, invoices and statements stay. Only a ' +
      'customer with a zero balance and nothing open can be archived.',
  },
  'customers.unarchive': {
    title: 'Unarchive customer',
    submit: 'Unarchive',
    done: 'Customer back in the lists',
    isRequired: false,
    explain: 'The customer appears in the lists again.',
  },
  'customers.unblockCreditLimit': {
    title: 'Unblock credit limit',
    submit: 'Unblock',
    done: 'Credit limit unblocked',
    isRequired: true,
    explain:
      'Charges may use the credit limit again, although a balance-due invoice is still overdue.',
  },
} as const;

export type CustomerReasonChannel = keyof typeof WORDS;

type Props = { channel: CustomerReasonChannel; customerId: string; onClose: () => void };

export function CustomerReasonDialog({ channel, customerId, onClose }: Props) {
  const words = WORDS[channel];
  const { form, submit, isPending, error } = useActionForm({
    channel,
    initialValues: { reason: '' },
    toInput: (values, requestId) => ({
      customerId,
      reason: words.isRequired ? values.reason : values.reason.trim() || undefined,
      requestId,
    }),
    required: words.isRequired ? ['reason'] : [],
    onSuccess: (customer) => {
      notifyDone(words.done, customer.name);
      onClose();
    },
  });
  return (
    <ActionDialog
      title={words.title}
      onClose={onClose}
      onSubmit={submit}
      isPending={isPending}
      submitLabel={words.submit}
      error={error}
    >
      <Text size="sm">{words.explain}</Text>
      <ReasonField
        withAsterisk={words.isRequired}
        data-autofocus
        key={form.key('reason')}
        {...form.getInputProps('reason')}
      />
    </ActionDialog>
  );
}
