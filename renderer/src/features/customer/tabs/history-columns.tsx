/**
 * The columns of the balance history: when and who, type, what and why (with the invoice behind
 * it, and the lots and documents folded under it), amount and balance.
 * Amount and balance are as wide as their longest figure; the text columns give way in a narrow
 * window, and the description wraps (even a single long word), so money always stays in view.
 */
import { Badge, Stack, Text } from '@mantine/core';
import type { LedgerEntry, LedgerEntryType } from '../../../../../shared/contract/types.ts';
import { ENTRY_TYPE_LABELS } from '../../../../../shared/labels.ts';
import { DateText } from '../../../components/DateText.tsx';
import { formatTime, localDateOf } from '../../../lib/locale.ts';
import { moneyColumnWidth } from '../../../lib/money-columns.ts';
import { MoneyText } from '../../../components/MoneyText.tsx';
import type { Column } from '../../../components/VirtualTable.tsx';
import { InvoiceLink } from '../../invoices/InvoiceLink.tsx';
import { EntryDetails } from './EntryDetails.tsx';

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

/** Dates may wrap here: the narrow first column gives way before money does. */
const WRAPS = { whiteSpace: 'normal' } as const;

export function historyColumns(
  currency: string,
  nameOf: (userId: string) => string,
  rows: readonly LedgerEntry[],
): Column<LedgerEntry>[] {
  return [
    {
      key: 'when',
      header: 'When, who',
      width: 'minmax(72px, 160px)',
      render: (row) => (
        <Stack gap={0}>
          <DateText size="sm" date={localDateOf(row.occurredAt)} style={WRAPS} />
          <Text size="xs" c="dimmed">
            {formatTime(row.occurredAt)} · {nameOf(row.actorId)}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'type',
      header: 'Type',
      width: 'minmax(64px, 160px)',
      render: (row) => (
        <Badge color={TYPE_COLORS[row.type] ?? 'gray'} maw="100%">
          {ENTRY_TYPE_LABELS[row.type]}
        </Badge>
      ),
    },
    {
      key: 'what',
      header: 'Description',
      width: 'minmax(80px, 1fr)',
      render: (row) => (
        <Stack gap={0} align="flex-start">
          <Text size="sm">{row.description ?? '—'}</Text>
          {row.reason !== null && row.reason !== '' && (
            <Text size="xs" c="dimmed">
              Reason: {row.reason}
            </Text>
          )}
          {row.invoiceId !== null && <InvoiceLink invoiceId={row.invoiceId} />}
          <EntryDetails entry={row} currency={currency} />
        </Stack>
      ),
    },
    {
      key: 'amount',
      header: 'Amount',
      width: moneyColumnWidth(
        rows.map((row) => row.amount),
        currency,
        'Amount',
      ),
      align: 'right',
      isMoney: true,
      render: (row) => <MoneyText amount={row.amount} currency={currency} tone="signed" fw={600} />,
    },
    {
      key: 'balance',
      header: 'Balance',
      width: moneyColumnWidth(
        rows.map((row) => row.balanceAfter),
        currency,
        'Balance',
      ),
      align: 'right',
      isMoney: true,
      render: (row) => <MoneyText amount={row.balanceAfter} currency={currency} />,
    },
  ];
}
