/**
 * What can be done with an invoice now: issue or edit a draft; apply balance, record a payment, credit,
 * void or write off an open one; export an issued one. Hidden when the role may not.
 */
import { Button, Group } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { Invoice } from '../../../../shared/contract/types.ts';
import { openDialog } from '../../app/dialog-store.ts';
import { attempt } from '../../api/client.ts';
import { useMutation, useRequestId } from '../../api/useMutation.ts';
import { useQuery } from '../../api/useQuery.ts';
import { isPositiveMoney } from '../../lib/money-display.ts';
import { notifyDone, notifyFailed } from '../../lib/notify.ts';
import { describeIssue } from './describe-issue.ts';
import { useCan } from '../session/useCan.ts';
import { useExport } from '../../lib/useExport.ts';
import { invoiceName } from './WithInvoice.tsx';

export function InvoiceActions({ invoice }: { invoice: Invoice }) {
  const canWrite = useCan('invoices.issue');
  const issueRequestId = useRequestId();
  const issue = useMutation('invoices.issue');
  const exporter = useExport();
  const isOpen = invoice.status === 'open';
  const isStandard = invoice.kind === 'standard';
  const hasNoPayments = !isPositiveMoney(invoice.amountPaid);
  const balance = useQuery('balance.get', { customerId: invoice.customerId });
  const hasCredit = balance.data !== undefined && isPositiveMoney(balance.data.balance);
  const id = invoice.id;

  const issueNow = async () => {
    const result = await issue.mutate({ invoiceId: id, requestId: issueRequestId });
    if (result.ok)
      notifyDone(`Invoice ${invoiceName(result.data)} issued`, describeIssue(result.data));
    else notifyFailed(result.error);
  };
  const exportPdf = () =>
    exporter.run({
      title: 'Export invoice',
      suggestedName: invoice.number ?? 'invoice',
      extension: 'pdf',
      write: (path) => attempt('invoices.exportPdf', { invoiceId: id, path }),
    });

  return (
    <Group gap={6}>
      {canWrite && invoice.status === 'draft' && (
        <>
          <Button size="xs" onClick={() => void issueNow()} loading={issue.isPending}>
            Issue
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={() => {
              openDialog({ kind: 'editDraft', invoiceId: id });
            }}
          >
            Edit draft
          </Button>
        </>
      )}
      {canWrite && isOpen && isStandard && (
        <Button
          size="xs"
          variant="light"
          disabled={!hasCredit}
          title={hasCredit ? undefined : 'The customer has no credit to apply'}
          onClick={() => {
            openDialog({ kind: 'applyBalance', invoiceId: id });
          }}
        >
          Apply balance
        </Button>
      )}
      {canWrite && (isOpen || invoice.status === 'uncollectible') && (
        <Button
          size="xs"
          variant="light"
          onClick={() => {
            openDialog({ kind: 'recordPayment', customerId: invoice.customerId, invoiceId: id });
          }}
        >
          Record payment
        </Button>
      )}
      {canWrite && isStandard && (isOpen || invoice.status === 'paid') && (
        <Button
          size="xs"
          variant="default"
          onClick={() => {
            openDialog({ kind: 'creditNote', invoiceId: id });
          }}
        >
          Credit note
        </Button>
      )}
      {canWrite && isOpen && hasNoPayments && (
        <Button
          size="xs"
          variant="default"
          color="red"
          onClick={() => {
            openDialog({ kind: 'void', invoiceId: id });
          }}
        >
          Void
        </Button>
      )}
      {canWrite && isOpen && (
        <Button
          size="xs"
          variant="default"
          onClick={() => {
            openDialog({ kind: 'writeOff', invoiceId: id });
          }}
        >
          Write off
        </Button>
      )}
      {invoice.number !== null && (
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconDownload size={16} />}
          loading={exporter.isPending}
          onClick={() => void exportPdf()}
        >
          Export PDF
        </Button>
      )}
    </Group>
  );
}
