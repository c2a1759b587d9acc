/** A friendly "nothing here yet" block with an icon, a sentence and an optional action. */
import { EmptyState as MantineEmptyState } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export type EmptyStateProps = {
  title: string;
  description?: ReactNode;
  icon?: ReactNode;
  children?: ReactNode;
};

export function EmptyState({ title, description, icon, children }: EmptyStateProps) {
  return (
    <MantineEmptyState
      py="xl"
      size="sm"
      title={title}
      description={description}
      icon={icon ?? <IconInbox size={22} stroke={1.5} />}
    >
      {children}
    </MantineEmptyState>
  );
}
