/** The signed-in person and their role, with the shortcuts help and sign-out. */
import { Avatar, Badge, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconKeyboard, IconLogout } from '@tabler/icons-react';
import { attempt } from '../api/client.ts';
import { queryCache } from '../api/query-cache.ts';
import { ROLE_COLORS, ROLE_LABELS } from '../features/session/role-labels.ts';
import { useSessionStore } from '../features/session/session-store.ts';
import { initials } from '../features/session/UserPicker.tsx';
import { closeDialog } from './dialog-store.ts';
import { navigate } from './route-store.ts';
import { useUiStore } from './ui-store.ts';

export function UserMenu() {
  const user = useSessionStore((state) => state.user);
  const setUser = useSessionStore((state) => state.setUser);
  const setShortcutsOpen = useUiStore((state) => state.setShortcutsOpen);
  if (user === null) return null;
  const signOut = async () => {
    const result = await attempt('app.signOut', {});
    if (!result.ok) return;
    closeDialog();
    queryCache.clear();
    navigate({ page: 'dashboard' });
    setUser(null);
  };
  return (
    <Menu position="bottom-end" width={220} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={`Signed in as ${user.name}, ${ROLE_LABELS[user.role]}`}>
          <Group gap="xs" wrap="nowrap">
            <Avatar radius="xl" size="sm" color="indigo">
              {initials(user.name)}
            </Avatar>
            <Text size="sm" fw={500}>
              {user.name}
            </Text>
            <Badge color={ROLE_COLORS[user.role]} size="sm">
              {ROLE_LABELS[user.role]}
            </Badge>
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconKeyboard size={16} />}
          rightSection={<Text size="xs">?</Text>}
          onClick={() => {
            setShortcutsOpen(true);
          }}
        >
          Keyboard shortcuts
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => void signOut()}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
