/**
 * The columns of the balance history: when (the business date, and when it was recorded where
 * that differs) and who, type, what and why (with the invoice behind it, the reversal that links
 * it, and the lots and documents folded under it), amount and balance, and a Reverse action where
 * the engine allows one.
 * Amount and balance are as wide as their longest figure; the text columns give way in a narrow
 * window, and the description wraps (even a single long word), so money always stays in view.
 */
import { Badge, Button, Stack, Text } from '@mantine/core';
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
  reversal: 'red',
};

/** Dates may wrap here: the narrow first column gives way before money does. */
const WRAPS = { whiteSpace: 'normal' } as const;

export function historyColumns(
  currency: string,
  nameOf: (userId: string) => string,
  rows: readonly LedgerEntry[],
  options: HistoryOptions,
): Column<LedgerEntry>[] {
  const seqs = new Map(rows.map((row) => [row.id, row.seq]));
  const seqOf = (entryId: string) => seqs.get(entryId);
  return [
    {
      key: 'when',
      header: 'When, who',
      width: 'minmax(72px, 160px)',
      render: (row) => <WhenWho row={row} nameOf={nameOf} />,
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
          <ReversalLinks row={row} seqOf={seqOf} />
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
    ...(options.canReverse ? [reverseColumn(options.onReverse)] : []),
  ];
}

export type HistoryOptions = { canReverse: boolean; onReverse: (row: LedgerEntry) => void };

/** The Reverse action, on the rows the engine says it would reverse (`reversible`). */
function reverseColumn(onReverse: (row: LedgerEntry) => void): Column<LedgerEntry> {
  return {
    key: 'actions',
    header: '',
    width: '96px',
    render: (row) =>
      row.reversible ? (
        <Button
          size="compact-xs"
          variant="subtle"
          color="red"
          aria-label={`Reverse entry #${row.seq}`}
          onClick={() => {
            onReverse(row);
          }}
        >
          Reverse
        </Button>
      ) : null,
  };
}

/** When it was recorded and by whom; the date it takes effect too, where that differs. */
function WhenWho({ row, nameOf }: { row: LedgerEntry; nameOf: (userId: string) => string }) {
  const recordedOn = localDateOf(row.occurredAt);
  return (
    <Stack gap={0}>
      <DateText size="sm" date={row.effectiveOn} style={WRAPS} />
      {row.effectiveOn !== recordedOn && (
        <Text size="xs" c="dimmed" style={WRAPS}>
          Recorded <DateText size="xs" date={recordedOn} />
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {formatTime(row.occurredAt)} · {nameOf(row.actorId)}
      </Text>
    </Stack>
  );
}

/** "Reverses #n" on a reversal, "Reversed by #n" on the entry it undid. */
function ReversalLinks(props: { row: LedgerEntry; seqOf: (id: string) => number | undefined }) {
  const { row, seqOf } = props;
  const label = (prefix: string, entryId: string) => {
    const seq = seqOf(entryId);
    return seq === undefined ? `${prefix} an entry` : `${prefix} entry #${seq}`;
  };
  return (
    <>
      {row.reversesEntryId !== null && (
        <Text size="xs" c="dimmed">
          {label('Reverses', row.reversesEntryId)}
        </Text>
      )}
      {row.reversedByEntryId !== null && (
        <Text size="xs" c="red">
          {label('Reversed by', row.reversedByEntryId)}
        </Text>
      )}
    </>
  );
}
