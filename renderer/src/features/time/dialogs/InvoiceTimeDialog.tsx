/**
 * Bills the selected unbilled time entries on an invoice (`time.invoice`), one line per entry:
 * issued at once (and settled from the balance like any invoice) or saved as a draft to edit.
 * Voiding that invoice later returns the time to unbilled.
 */
import { Button, Text } from '@mantine/core';
import { useRef } from 'react';
import type { Customer } from '../../../../../shared/contract/types.ts';
import { ActionDialog } from '../../../components/ActionDialog.tsx';
import { notifyDone } from '../../../lib/notify.ts';
import { useActionForm } from '../../../lib/useActionForm.ts';
import { WithCustomer } from '../../customers/WithCustomer.tsx';
import { openInvoice } from '../../invoices/invoice-store.ts';
import { SelectionTotal } from '../SelectionTotal.tsx';
import { useTimeStore } from '../time-store.ts';

type Props = { customerId: string; timeEntryIds: string[]; onClose: () => void };

export function InvoiceTimeDialog({ customerId, timeEntryIds, onClose }: Props) {
  return (
    <WithCustomer customerId={customerId} title="Invoice time" onClose={onClose}>
      {(customer) => (
        <InvoiceTimeForm customer={customer} timeEntryIds={timeEntryIds} onClose={onClose} />
      )}
    </WithCustomer>
  );
}

function InvoiceTimeForm(props: {
  customer: Customer;
  timeEntryIds: string[];
  onClose: () => void;
}) {
  const { customer, timeEntryIds } = props;
  const issue = useRef(true);
  const clearSelection = useTimeStore((state) => state.clear);
  const { submit, isPending, error } = useActionForm({
    channel: 'time.invoice',
    initialValues: {},
    toInput: (_values, requestId) => ({
      customerId: customer.id,
      timeEntryIds,
      issue: issue.current,
      requestId,
    }),
    onSuccess: (invoice) => {
      clearSelection();
      notifyDone(invoice.number === null ? 'Draft saved' : `Invoice ${invoice.number} issued`);
      props.onClose();
      openInvoice(invoice.id);
    },
  });
  const count = timeEntryIds.length;
  return (
    <ActionDialog
      title="Invoice time"
      onClose={props.onClose}
      onSubmit={(event) => {
        issue.current = true;
        submit(event);
      }}
      isPending={isPending}
      submitLabel="Issue invoice"
      error={error}
      extraActions={
        <Button
          variant="light"
          disabled={isPending}
          onClick={() => {
            issue.current = false;
            submit();
          }}
        >
          Save draft
        </Button>
      }
    >
      <Text size="sm">
        {count} {count === 1 ? 'entry' : 'entries'} will be billed on one invoice, a line each at
        its hourly rate. Issued, it is settled from the balance like any invoice.
      </Text>
      <SelectionTotal customer={customer} timeEntryIds={timeEntryIds} />
    </ActionDialog>
  );
}
