/** An invoice's status as a coloured badge, with a red "Past due" badge beside an overdue one. */
import { Badge, Group } from '@mantine/core';
import type { InvoiceStatus } from '../../../../shared/contract/types.ts';
import { INVOICE_STATUS_LABELS } from '../../../../shared/labels.ts';

const STATUS_COLORS: Record<InvoiceStatus, string> = {
  draft: 'gray',
  open: 'blue',
  paid: 'teal',
  void: 'dark',
  uncollectible: 'orange',
};

export function InvoiceStatusBadge({
  status,
  pastDue,
}: {
  status: InvoiceStatus;
  pastDue: boolean;
}) {
  return (
    <Group gap={4} wrap="nowrap">
      <Badge color={STATUS_COLORS[status]}>{INVOICE_STATUS_LABELS[status]}</Badge>
      {pastDue && (
        <Badge color="red" variant="filled">
          Past due
        </Badge>
      )}
    </Group>
  );
}
