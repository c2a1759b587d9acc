/** Skeleton rows while data loads, announced to screen readers as loading. */
import { Skeleton, Stack, VisuallyHidden } from '@mantine/core';

export type LoadingStateProps = { label: string; rows?: number; height?: number };

export function LoadingState({ label, rows = 4, height = 28 }: LoadingStateProps) {
  return (
    <Stack gap="xs" role="status" aria-busy="true">
      <VisuallyHidden>{label}</VisuallyHidden>
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} height={height} radius="sm" width={index === 0 ? '60%' : '100%'} />
      ))}
    </Stack>
  );
}
