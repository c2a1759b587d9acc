/** Runs the scheduled pass now (`jobs.runDue`) and says what it did. */
import { Button } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import type { JobCounts } from '../../../../shared/contract/types.ts';
import { useMutation } from '../../api/useMutation.ts';
import { notifyDone, notifyFailed } from '../../lib/notify.ts';
import { useCan } from '../session/useCan.ts';

const COUNT_WORDS: Record<keyof JobCounts, string> = {
  expired: 'grants expired',
  recurringIssued: 'recurring invoices',
  balanceDueIssued: 'balance-due invoices',
  blocked: 'limits blocked',
  unblocked: 'limits unblocked',
  replenishmentsIssued: 'top-up invoices',
};

export function describeCounts(counts: JobCounts): string {
  const parts = (Object.keys(COUNT_WORDS) as (keyof JobCounts)[])
    .filter((key) => counts[key] > 0)
    .map((key) => `${counts[key]} ${COUNT_WORDS[key]}`);
  return parts.length === 0 ? 'Nothing was due.' : `${parts.join(', ')}.`;
}

export function RunScheduledWorkButton() {
  const canRun = useCan('jobs.runDue');
  const run = useMutation('jobs.runDue');
  if (!canRun) return null;
  const start = async () => {
    const result = await run.mutate({});
    if (result.ok) notifyDone('Scheduled work done', describeCounts(result.data));
    else notifyFailed(result.error);
  };
  return (
    <Button
      variant="default"
      leftSection={<IconPlayerPlay size={16} />}
      loading={run.isPending}
      onClick={() => void start()}
    >
      Run scheduled work
    </Button>
  );
}
