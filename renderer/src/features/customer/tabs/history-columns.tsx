/** The columns of the balance history: when, type, what and why, who, document, amount, balance. */
import { Badge, Stack, Text } from '@mantine/core';
import type { LedgerEntry, LedgerEntryType } from '../../../../../shared/contract/types.ts';
import { ENTRY_TYPE_LABELS } from '../../../../../shared/labels.ts';
import { DateText } from '../../../components/DateText.tsx';
import { formatTime, localDateOf } from '../../../lib/locale.ts';
import { MoneyText } from '../../../components/MoneyText.tsx';
import type { Column } from '../../../components/VirtualTable.tsx';
import { InvoiceLink } from '../../invoices/InvoiceLink.tsx';

const TYPE_COLORS: Partial<Record<LedgerEntryType, string>> = {
  top_up: 'teal',
  promotional_credit: 'lime',
  credit_note: 'teal',
  overpayment: 'teal',
  debt_payment: 'teal',
  unapplied_from_invoice: 'cyan',
  applied_to_invoice: 'blue',
  charge: 'orange',
  refund: 'grape',
  expiration: 'gray',
  adjustment: 'yellow',
};

export function historyColumns(
  currency: string,
  nameOf: (userId: string) => string,
): Column<LedgerEntry>[] {
  return [
    {
      key: 'when',
      header: 'When',
      width: '130px',
      render: (row) => (
        <Stack gap={0}>
          <DateText size="sm" date={localDateOf(row.occurredAt)} />
          <Text size="xs" c="dimmed">
            {formatTime(row.occurredAt)}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'type',
      header: 'Type',
      width: '140px',
      render: (row) => (
        <Badge color={TYPE_COLORS[row.type] ?? 'gray'}>{ENTRY_TYPE_LABELS[row.type]}</Badge>
      ),
    },
    {
      key: 'what',
      header: 'Description',
      width: 'minmax(140px, 1fr)',
      render: (row) => (
        <Stack gap={0}>
          <Text size="sm" truncate>
            {row.description ?? '—'}
          </Text>
          {row.reason !== null && row.reason !== '' && (
            <Text size="xs" c="dimmed" truncate>
              Reason: {row.reason}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: 'who',
      header: 'Who',
      width: '150px',
      render: (row) => (
        <Text size="sm" truncate>
          {nameOf(row.actorId)}
        </Text>
      ),
    },
    {
      key: 'document',
      header: 'Document',
      width: '110px',
      render: (row) =>
        row.invoiceId === null ? (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ) : (
          <InvoiceLink invoiceId={row.invoiceId} />
        ),
    },
    {
      key: 'amount',
      header: 'Amount',
      width: '115px',
      align: 'right',
      render: (row) => <MoneyText amount={row.amount} currency={currency} tone="signed" fw={600} />,
    },
    {
      key: 'balance',
      header: 'Balance',
      width: '120px',
      align: 'right',
      render: (row) => <MoneyText amount={row.balanceAfter} currency={currency} />,
    },
  ];
}
