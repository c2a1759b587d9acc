/** The people who may sign in, as a radio group of cards with their role and a lock for a PIN. */
import { Avatar, Badge, Group, Radio, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { User } from '../../../../shared/contract/types.ts';
import { ROLE_COLORS, ROLE_LABELS } from './role-labels.ts';

export type UserPickerProps = {
  users: User[];
  value: string | null;
  onChange: (userId: string) => void;
};

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).slice(0, 2);
  return parts.map((part) => part.charAt(0).toUpperCase()).join('');
}

export function UserPicker({ users, value, onChange }: UserPickerProps) {
  return (
    <Radio.Group value={value} onChange={onChange} label="Person" aria-label="Person">
      <Stack gap="xs" mt="xs">
        {users.map((user) => (
          <Radio.Card key={user.id} value={user.id} p="sm" radius="md" aria-label={user.name}>
            <Group wrap="nowrap" gap="sm">
              <Radio.Indicator />
              <Avatar radius="xl" size="sm" color="indigo">
                {initials(user.name)}
              </Avatar>
              <Text fw={500} style={{ flex: 1 }} truncate>
                {user.name}
              </Text>
              {user.hasPin && <IconLock size={14} aria-label="Has a PIN" />}
              <Badge color={ROLE_COLORS[user.role]}>{ROLE_LABELS[user.role]}</Badge>
            </Group>
          </Radio.Card>
        ))}
      </Stack>
    </Radio.Group>
  );
}
