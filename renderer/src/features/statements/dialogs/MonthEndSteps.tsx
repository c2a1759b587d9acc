/**
 * The two later steps of month-end statements: the run's progress with a Stop button, and the
 * summary of what was saved where and which customers failed. Each takes the keyboard focus when
 * it appears, since the button that had it is gone.
 */
import { Alert, Button, Code, Group, List, Progress, ScrollArea, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconPlayerStop } from '@tabler/icons-react';
import { useFocusOnMount } from '../../../lib/useFocusOnMount.ts';
import { statementCount, type MonthEndProgress } from '../month-end-run.ts';

type ProgressProps = { progress: MonthEndProgress; isStopping: boolean; onStop: () => void };

export function MonthEndProgressStep({ progress, isStopping, onStop }: ProgressProps) {
  const stopRef = useFocusOnMount<HTMLButtonElement>();
  const { doneCount, totalCount, failures } = progress;
  const percent = totalCount === 0 ? 0 : Math.round((doneCount / totalCount) * 100);
  return (
    <Stack gap="md">
      <Progress value={percent} size="lg" aria-label="Export progress" />
      <Text size="sm" role="status">
        Exported {doneCount.toLocaleString()} of {totalCount.toLocaleString()}
        {failures.length > 0 && `, ${failures.length.toLocaleString()} failed`}
      </Text>
      <Group justify="flex-end">
        <Button
          ref={stopRef}
          variant="default"
          leftSection={<IconPlayerStop size={16} />}
          disabled={isStopping}
          onClick={onStop}
        >
          {isStopping ? 'Stopping after this one…' : 'Stop'}
        </Button>
      </Group>
    </Stack>
  );
}

type SummaryProps = { progress: MonthEndProgress; onDone: () => void };

export function MonthEndSummaryStep({ progress, onDone }: SummaryProps) {
  const doneRef = useFocusOnMount<HTMLButtonElement>();
  const { folder, doneCount, totalCount, savedCount, failures } = progress;
  return (
    <Stack gap="md">
      <Text size="sm" role="status">
        Saved {statementCount(savedCount)} in{' '}
        <Code style={{ wordBreak: 'break-all' }}>{folder}</Code>
      </Text>
      {doneCount < totalCount && (
        <Text size="sm" c="dimmed">
          Stopped after {doneCount.toLocaleString()} of {totalCount.toLocaleString()} customers; the
          others have no statement.
        </Text>
      )}
      {failures.length > 0 && (
        <Alert
          color="red"
          variant="light"
          title={`${statementCount(failures.length)} not saved`}
          icon={<IconAlertTriangle size={18} />}
        >
          <ScrollArea.Autosize mah={200}>
            <List size="sm" aria-label="Statements not saved">
              {failures.map((failure, index) => (
                <List.Item key={`${String(index)}-${failure.name}`}>
                  {failure.name}: {failure.message}
                </List.Item>
              ))}
            </List>
          </ScrollArea.Autosize>
        </Alert>
      )}
      <Group justify="flex-end">
        <Button ref={doneRef} onClick={onDone}>
          Done
        </Button>
      </Group>
    </Stack>
  );
}
