/**
 * The customer's budget in hours (SPEC 12), as the engine counts it (`balance.get`
 * `hoursBudget`): a ring of hours used out of those agreed for the period running, and how many
 * are left or beyond, and for staff a button to remove it. Nothing shows without a budget.
 */
import { Button, Card, Group, RingProgress, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { HoursBudget } from '../../../../shared/contract/types.ts';
import { openDialog } from '../../app/dialog-store.ts';
import { DateText } from '../../components/DateText.tsx';
import { useCan } from '../session/useCan.ts';

const PERIOD_WORDS = { month: 'This month', quarter: 'This quarter', once: 'One-off' } as const;

/** The share of the budget used, 0 to 100, for the ring only (the figures are the engine's). */
function usedPercent(budget: HoursBudget): number {
  const agreed = Number(budget.agreed);
  if (agreed <= 0) return 100;
  return Math.min(100, Math.round((Number(budget.used) / agreed) * 100));
}

type Props = { customerId: string; budget: HoursBudget; isArchived: boolean };

export function HoursBudgetCard({ customerId, budget, isArchived }: Props) {
  const isBeyond = Number(budget.beyond) > 0;
  const canRemove = useCan('customers.setHoursBudget') && !isArchived;
  return (
    <Card padding="md" role="group" aria-label="Hours budget">
      <Group gap="md" wrap="nowrap">
        <RingProgress
          size={88}
          thickness={9}
          roundCaps
          aria-hidden
          sections={[{ value: usedPercent(budget), color: isBeyond ? 'red' : 'blue' }]}
        />
        <Stack gap={2}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            Hours budget
          </Text>
          <Text fw={700} size="lg">
            {budget.used} h used of {budget.agreed} h
          </Text>
          <Text size="sm" c={isBeyond ? 'red' : undefined}>
            {isBeyond ? `${budget.beyond} h beyond the budget` : `${budget.left} h left`}
          </Text>
          <Text size="xs" c="dimmed" component="div">
            {PERIOD_WORDS[budget.period]}: <DateText size="xs" date={budget.from} />
            {budget.to !== null && (
              <>
                {' '}
                to <DateText size="xs" date={budget.to} />
              </>
            )}
            {' · beyond it: '}
            {budget.overage === 'charge' ? 'charged at the overage rate' : 'left for an invoice'}
          </Text>
          {canRemove && (
            <Button
              variant="subtle"
              color="red"
              size="compact-xs"
              w="fit-content"
              leftSection={<IconTrash size={14} />}
              onClick={() => {
                openDialog({ kind: 'removeHoursBudget', customerId });
              }}
            >
              Remove budget
            </Button>
          )}
        </Stack>
      </Group>
    </Card>
  );
}
