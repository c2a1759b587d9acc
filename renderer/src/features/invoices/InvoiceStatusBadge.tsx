/** An invoice's status as one coloured badge; an open invoice past its due date shows "Past due" in red. */
import { Badge } from '@mantine/core';
import type { InvoiceStatus } from '../../../../shared/contract/types.ts';
import { INVOICE_STATUS_LABELS } from '../../../../shared/labels.ts';

const STATUS_COLORS: Record<InvoiceStatus, string> = {
  draft: 'gray',
  open: 'blue',
  paid: 'teal',
  void: 'dark',
  uncollectible: 'orange',
};

/** Badges keep their full words: a table column is as wide as its badge, never cutting it. */
const FULL_WIDTH = { minWidth: 'max-content' };

export function InvoiceStatusBadge({
  status,
  pastDue,
}: {
  status: InvoiceStatus;
  pastDue: boolean;
}) {
  if (pastDue) {
    return (
      <Badge color="red" variant="filled" style={FULL_WIDTH} title="Open, past its due date">
        Past due
      </Badge>
    );
  }
  return (
    <Badge color={STATUS_COLORS[status]} style={FULL_WIDTH}>
      {INVOICE_STATUS_LABELS[status]}
    </Badge>
  );
}
