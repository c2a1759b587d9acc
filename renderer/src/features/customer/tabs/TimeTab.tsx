/**
 * Time entries: tick unbilled ones and deduct them from the balance (one charge each) or bill
 * them on an invoice, or add an entry. The remaining budget in hours is on the page's summary.
 */
import { Badge, Button, Checkbox, Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import type { Customer, TimeEntry } from '../../../../../shared/contract/types.ts';
import { openDialog } from '../../../app/dialog-store.ts';
import { useQuery } from '../../../api/useQuery.ts';
import { DateText } from '../../../components/DateText.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { MoneyText } from '../../../components/MoneyText.tsx';
import { QueryView } from '../../../components/QueryView.tsx';
import { sumMoney } from '../../../lib/money-display.ts';
import { useCan } from '../../session/useCan.ts';
import { openInvoice } from '../../invoices/invoice-store.ts';
import { useTimeStore } from '../../time/time-store.ts';

const STATUS_COLORS: Record<TimeEntry['status'], string> = {
  unbilled: 'blue',
  deducted: 'teal',
  invoiced: 'grape',
};

export function TimeTab({ customer }: { customer: Customer }) {
  const entries = useQuery('time.list', { customerId: customer.id });
  const canWrite = useCan('time.deduct');
  const { selected, toggle, setSelected } = useTimeStore();
  const unbilled = (entries.data ?? []).filter((entry) => entry.status === 'unbilled');
  const chosen = unbilled.filter((entry) => selected.includes(entry.id));
  const total = sumMoney(
    chosen.map((entry) => entry.amount),
    customer.currency,
  );
  const allChosen = unbilled.length > 0 && chosen.length === unbilled.length;
  return (
    <>
      {canWrite && (
        <Group mb="md" gap="xs">
          <Button
            size="xs"
            variant="default"
            onClick={() => {
              openDialog({ kind: 'addTime', customerId: customer.id });
            }}
          >
            Add time entry
          </Button>
          <Button
            size="xs"
            disabled={chosen.length === 0}
            onClick={() => {
              openDialog({
                kind: 'deductTime',
                customerId: customer.id,
                timeEntryIds: chosen.map((entry) => entry.id),
              });
            }}
          >
            Deduct {chosen.length > 0 ? `${chosen.length} selected` : 'selected'}
          </Button>
          <Button
            size="xs"
            variant="light"
            disabled={chosen.length === 0}
            onClick={() => {
              openDialog({
                kind: 'invoiceTime',
                customerId: customer.id,
                timeEntryIds: chosen.map((entry) => entry.id),
              });
            }}
          >
            Invoice {chosen.length > 0 ? `${chosen.length} selected` : 'selected'}
          </Button>
          {chosen.length > 0 && (
            <MoneyText amount={total} currency={customer.currency} size="sm" fw={600} />
          )}
        </Group>
      )}
      <QueryView
        query={entries}
        loadingLabel="Loading time entries"
        isEmpty={(items) => items.length === 0}
        empty={<EmptyState title="No time tracked yet" icon={<IconClock size={22} />} />}
      >
        {(items) => (
          <Table aria-label="Time entries" verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>
                  {canWrite && (
                    <Checkbox
                      aria-label="Select all unbilled entries"
                      checked={allChosen}
                      indeterminate={chosen.length > 0 && !allChosen}
                      disabled={unbilled.length === 0}
                      onChange={() => {
                        setSelected(allChosen ? [] : unbilled.map((entry) => entry.id));
                      }}
                    />
                  )}
                </Table.Th>
                <Table.Th>Date</Table.Th>
                <Table.Th>Description</Table.Th>
                <Table.Th ta="right">Hours</Table.Th>
                <Table.Th ta="right">Rate</Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
                <Table.Th>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>
                    {canWrite && entry.status === 'unbilled' && (
                      <Checkbox
                        aria-label={`Select ${entry.description}`}
                        checked={selected.includes(entry.id)}
                        onChange={() => {
                          toggle(entry.id);
                        }}
                      />
                    )}
                  </Table.Td>
                  <Table.Td>
                    <DateText size="sm" date={entry.date} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{entry.description}</Text>
                  </Table.Td>
                  <Table.Td ta="right">{entry.hours}</Table.Td>
                  <Table.Td ta="right">
                    <MoneyText
                      amount={entry.hourlyRate}
                      currency={customer.currency}
                      tone="plain"
                    />
                  </Table.Td>
                  <Table.Td ta="right">
                    <MoneyText
                      amount={entry.amount}
                      currency={customer.currency}
                      tone="plain"
                      fw={600}
                    />
                  </Table.Td>
                  <Table.Td>
                    {entry.invoiceId === null ? (
                      <Badge color={STATUS_COLORS[entry.status]}>{entry.status}</Badge>
                    ) : (
                      <UnstyledButton
                        aria-label={`Open the invoice billing ${entry.description}`}
                        onClick={() => {
                          if (entry.invoiceId !== null) openInvoice(entry.invoiceId);
                        }}
                      >
                        <Badge color={STATUS_COLORS[entry.status]} style={{ cursor: 'pointer' }}>
                          {entry.status}
                        </Badge>
                      </UnstyledButton>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryView>
    </>
  );
}
