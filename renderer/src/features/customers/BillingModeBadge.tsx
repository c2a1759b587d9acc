/** A customer's billing mode as a badge, with a red "Blocked" badge when the limit is blocked. */
import { Badge, Group } from '@mantine/core';
import type { BillingMode } from '../../../../shared/contract/types.ts';
import { BILLING_MODE_LABELS } from '../billing/billing-labels.ts';

const MODE_COLORS: Record<BillingMode, string> = {
  prepaid: 'indigo',
  credit_limit: 'grape',
  postpaid: 'cyan',
};

export function BillingModeBadge({ mode, isBlocked }: { mode: BillingMode; isBlocked: boolean }) {
  return (
    <Group gap={4}>
      <Badge color={MODE_COLORS[mode]}>{BILLING_MODE_LABELS[mode]}</Badge>
      {isBlocked && (
        <Badge color="red" variant="filled">
          Blocked
        </Badge>
      )}
    </Group>
  );
}
