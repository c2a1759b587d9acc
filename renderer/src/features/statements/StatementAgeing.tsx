/**
 * Receivables still open at the end of the period, aged: current, 1-30, 31-60, 61-90, over 90
 * days. The buckets share a row and wrap when an amount needs the room, so none is cut.
 */
import { Box, Card, Stack, Text } from '@mantine/core';
import type { AgeingBucket, Statement } from '../../../../shared/contract/types.ts';
import { MoneyText } from '../../components/MoneyText.tsx';

const BUCKET_LABELS: Record<AgeingBucket, string> = {
  current: 'Current',
  d1_30: '1–30 days',
  d31_60: '31–60 days',
  d61_90: '61–90 days',
  over90: 'Over 90 days',
};

/** A plain wrapping row: each bucket as wide as its figure needs, growing to share the row. */
const BUCKETS = { display: 'flex', flexWrap: 'wrap', gap: 'var(--mantine-spacing-sm)' } as const;
const BUCKET = { flex: '1 1 auto', minWidth: 'max-content' } as const;

export function StatementAgeing({ statement }: { statement: Statement }) {
  const c = statement.currency;
  return (
    <Stack gap="xs" component="section" aria-label="Receivables ageing">
      <Text fw={600}>
        Still receivable at the end:{' '}
        <MoneyText amount={statement.totalReceivable} currency={c} tone="plain" />
      </Text>
      <Box style={BUCKETS}>
        {(Object.keys(BUCKET_LABELS) as AgeingBucket[]).map((bucket) => (
          <Card
            key={bucket}
            padding="sm"
            role="group"
            aria-label={BUCKET_LABELS[bucket]}
            style={BUCKET}
          >
            <Text size="xs" c="dimmed">
              {BUCKET_LABELS[bucket]}
            </Text>
            <MoneyText amount={statement.ageing[bucket]} currency={c} tone="plain" fw={600} />
          </Card>
        ))}
      </Box>
    </Stack>
  );
}
