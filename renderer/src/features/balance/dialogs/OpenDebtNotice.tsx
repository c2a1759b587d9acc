/**
 * Shown in the top-up dialog when the customer has balance-due invoices open: a top-up pays the
 * debt on the balance but leaves those invoices open (docs/rules.md), so money received for them
 * belongs on the invoice. Offers to record the payment there instead.
 */
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { openDialog } from '../../../app/dialog-store.ts';
import { useQuery } from '../../../api/useQuery.ts';
import { MoneyText } from '../../../components/MoneyText.tsx';

export function OpenDebtNotice({ customerId, currency }: { customerId: string; currency: string }) {
  const open = useQuery('invoices.list', { customerId, kind: 'balance_due', status: 'open' });
  const invoice = open.data?.items.at(-1);
  if (invoice === undefined) return null;
  const count = open.data?.items.length ?? 0;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconInfoCircle size={18} />}
      title={
        count === 1 ? 'A balance-due invoice is open' : `${count} balance-due invoices are open`
      }
    >
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">
          {invoice.number} asks for <MoneyText amount={invoice.amountDue} currency={currency} />. If
          this money pays it, record it on the invoice so the invoice is paid too.
        </Text>
        <Button
          size="xs"
          variant="light"
          onClick={() => {
            openDialog({ kind: 'recordPayment', customerId, invoiceId: invoice.id });
          }}
        >
          Record payment
        </Button>
      </Group>
    </Alert>
  );
}
