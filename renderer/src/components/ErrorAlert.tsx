/**
 * Shows an engine error in words: the sentence for its code as the title and the engine's own
 * message (a shortfall, a limit) below. An internal error carries a reference to copy.
 */
import { Alert, Button, CopyButton, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ApiError } from '../api/api-error.ts';

export type ErrorAlertProps = { error: ApiError | undefined; onRetry?: () => void };

export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  if (error === undefined) return null;
  const isInternal = error.code === 'INTERNAL';
  return (
    <Alert color="red" variant="light" title={error.title} icon={<IconAlertTriangle size={18} />}>
      <Text size="sm">{isInternal ? 'Please try again.' : error.message}</Text>
      {(isInternal || onRetry) && (
        <Group gap="xs" mt="xs">
          {onRetry && (
            <Button size="xs" variant="light" color="red" onClick={onRetry}>
              Try again
            </Button>
          )}
          {isInternal && (
            <CopyButton value={error.reference}>
              {({ copied, copy }) => (
                <Button size="xs" variant="subtle" color="red" onClick={copy}>
                  {copied ? 'Reference copied' : `Copy reference ${error.reference}`}
                </Button>
              )}
            </CopyButton>
          )}
        </Group>
      )}
    </Alert>
  );
}
