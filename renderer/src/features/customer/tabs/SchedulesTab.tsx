/**
 * Recurring invoices and allowances of the customer: interval, next run, what each period makes
 * (an invoice's lines and total, a retainer's request, an allowance's credit); create and cancel.
 */
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconRepeat } from '@tabler/icons-react';
import type { Customer, Schedule } from '../../../../../shared/contract/types.ts';
import { openDialog } from '../../../app/dialog-store.ts';
import { useMutation } from '../../../api/useMutation.ts';
import { useQuery } from '../../../api/useQuery.ts';
import { DateText } from '../../../components/DateText.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { MoneyText } from '../../../components/MoneyText.tsx';
import { QueryView } from '../../../components/QueryView.tsx';
import { invoiceTotals } from '../../../lib/money-display.ts';
import { notifyDone, notifyFailed } from '../../../lib/notify.ts';
import { useCan } from '../../session/useCan.ts';

const INTERVAL_LABELS: Record<Schedule['interval'], string> = {
  month: 'Monthly',
  quarter: 'Quarterly',
  year: 'Yearly',
};
const STATUS_COLORS: Record<Schedule['status'], string> = {
  active: 'teal',
  cancelled: 'gray',
  ended: 'dark',
};

/** What each period makes, in words: an allowance's credit, or the lines of the invoice. */
function madeEachPeriod(schedule: Schedule): string {
  if (schedule.kind === 'allowance') return 'Promotional credit (allowance)';
  const lines = schedule.lines.map((line) => line.description).join(', ');
  return schedule.kind === 'top_up' ? `Top-up request: ${lines}` : lines;
}

function periodAmount(schedule: Schedule, currency: string): string {
  if (schedule.allowance !== null) return schedule.allowance;
  const lines = schedule.lines.map((line) => ({ ...line, taxRate: line.taxRate ?? '' }));
  return invoiceTotals(lines, currency).total;
}

export function SchedulesTab({ customer }: { customer: Customer }) {
  const schedules = useQuery('schedules.list', { customerId: customer.id });
  const cancel = useMutation('schedules.cancel');
  const canWrite = useCan('schedules.create');
  const confirmCancel = (schedule: Schedule) => {
    const requestId = crypto.randomUUID();
    modals.openConfirmModal({
      title: 'Cancel this recurring invoice?',
      children: (
        <Text size="sm">No further invoices will be made from it. Invoices already made stay.</Text>
      ),
      labels: { confirm: 'Cancel schedule', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        void cancel.mutate({ scheduleId: schedule.id, requestId }).then((result) => {
          if (result.ok) notifyDone('Recurring invoice cancelled');
          else notifyFailed(result.error);
        });
      },
    });
  };
  return (
    <>
      {canWrite && (
        <Group mb="md">
          <Button
            size="xs"
            onClick={() => {
              openDialog({ kind: 'recurringInvoice', customerId: customer.id });
            }}
          >
            New recurring invoice
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={() => {
              openDialog({ kind: 'allowance', customerId: customer.id });
            }}
          >
            New allowance
          </Button>
        </Group>
      )}
      <QueryView
        query={schedules}
        loadingLabel="Loading schedules"
        isEmpty={(items) => items.length === 0}
        empty={<EmptyState title="No recurring invoices" icon={<IconRepeat size={22} />} />}
      >
        {(items) => (
          <Table aria-label="Recurring invoices" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Every</Table.Th>
                <Table.Th>Lines</Table.Th>
                <Table.Th ta="right">Total</Table.Th>
                <Table.Th>Starts</Table.Th>
                <Table.Th>Ends</Table.Th>
                <Table.Th>Next</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((schedule) => (
                <Table.Tr key={schedule.id}>
                  <Table.Td>
                    {INTERVAL_LABELS[schedule.interval]}
                    {schedule.autoIssue ? '' : ' (drafts)'}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" truncate maw={240}>
                      {madeEachPeriod(schedule)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <MoneyText
                      amount={periodAmount(schedule, customer.currency)}
                      currency={customer.currency}
                      tone="plain"
                    />
                  </Table.Td>
                  <Table.Td>
                    <DateText size="sm" date={schedule.startDate} />
                  </Table.Td>
                  <Table.Td>
                    <DateText size="sm" date={schedule.endDate} />
                  </Table.Td>
                  <Table.Td>
                    <DateText size="sm" date={schedule.nextRunOn} />
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLORS[schedule.status]}>{schedule.status}</Badge>
                  </Table.Td>
                  <Table.Td>
                    {canWrite && schedule.status === 'active' && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => {
                          confirmCancel(schedule);
                        }}
                      >
                        Cancel
                      </Button>
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
