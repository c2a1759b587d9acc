/**
 * An invoice's status as one coloured badge; an open invoice past its due date shows "Past due" in
 * red, and a void invoice names its reason under the badge (the reason wraps, never cut).
 */
import { Badge, Stack, Text } from '@mantine/core';
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
  voidReason,
}: {
  status: InvoiceStatus;
  pastDue: boolean;
  voidReason?: string | null;
}) {
  if (status === 'void' && voidReason) {
    return (
      <Stack gap={2} align="flex-start">
        <Badge color={STATUS_COLORS.void} style={FULL_WIDTH}>
          {INVOICE_STATUS_LABELS.void}
        </Badge>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}>
          Reason: {voidReason}
        </Text>
      </Stack>
    );
  }
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
