/**
 * The invoice drawer, openable from anywhere: status, dates, lines, totals down to the amount due,
 * payments received, and the actions the invoice's state and the person's role allow.
 */
import { Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { INVOICE_KIND_LABELS } from '../../../../shared/labels.ts';
import { useQuery } from '../../api/useQuery.ts';
import { QueryView } from '../../components/QueryView.tsx';
import { CustomerName } from '../customers/CustomerName.tsx';
import { InvoiceActions } from './InvoiceActions.tsx';
import { InvoiceFacts } from './InvoiceFacts.tsx';
import { InvoiceLines } from './InvoiceLines.tsx';
import { InvoicePayments } from './InvoicePayments.tsx';
import { useInvoiceStore } from './invoice-store.ts';
import { InvoiceStatusBadge } from './InvoiceStatusBadge.tsx';
import { InvoiceTotals } from './InvoiceTotals.tsx';
import { invoiceName } from './WithInvoice.tsx';

export function InvoiceDrawer() {
  const invoiceId = useInvoiceStore((state) => state.openInvoiceId);
  const setOpen = useInvoiceStore((state) => state.setOpenInvoiceId);
  return (
    <Drawer
      opened={invoiceId !== null}
      onClose={() => {
        setOpen(null);
      }}
      position="right"
      size={620}
      title={<Text fw={600}>Invoice</Text>}
    >
      {invoiceId !== null && <InvoiceDetail key={invoiceId} invoiceId={invoiceId} />}
    </Drawer>
  );
}

function InvoiceDetail({ invoiceId }: { invoiceId: string }) {
  const invoice = useQuery('invoices.get', { invoiceId });
  return (
    <QueryView query={invoice} loadingLabel="Loading the invoice" rows={8}>
      {(data) => (
        <Stack gap="lg">
          <Group justify="space-between" align="flex-start">
            <Stack gap={4}>
              <Title order={2} size="h3">
                {invoiceName(data)}
              </Title>
              <Text size="sm" c="dimmed">
                {INVOICE_KIND_LABELS[data.kind]} for <CustomerName customerId={data.customerId} />
              </Text>
            </Stack>
            <InvoiceStatusBadge
              status={data.status}
              pastDue={data.pastDue}
              voidReason={data.voidReason}
            />
          </Group>
          <InvoiceFacts invoice={data} />
          <InvoiceActions invoice={data} />
          <InvoiceLines invoice={data} />
          <InvoiceTotals invoice={data} />
          <InvoicePayments invoice={data} />
        </Stack>
      )}
    </QueryView>
  );
}
