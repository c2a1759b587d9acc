/**
 * One person's actions in Settings, in a menu behind a "…" button: edit their name and role, set
 * or reset their PIN, remove them. Only what the signed-in role may do is offered, and nobody is
 * offered to remove themselves; the engine stays the authority (it also refuses removing the
 * file's first user or the last admin, and the dialog shows its words).
 */
import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconKey, IconUserEdit, IconUserMinus } from '@tabler/icons-react';
import type { User } from '../../../../shared/contract/types.ts';
import { openDialog } from '../../app/dialog-store.ts';
import { useSessionStore } from '../session/session-store.ts';
import { useCan } from '../session/useCan.ts';

/** Whether the signed-in role may do anything in the menu (else the column is left out). */
export function useCanManageUsers(): boolean {
  const canUpdate = useCan('users.update');
  const canRemove = useCan('users.remove');
  const canSetPin = useCan('users.setPin');
  return canUpdate || canRemove || canSetPin;
}

export function UserActionsMenu({ user }: { user: User }) {
  const canUpdate = useCan('users.update');
  const isMe = useSessionStore((state) => state.user?.id === user.id);
  const canRemove = useCan('users.remove') && !isMe;
  const canSetPin = useCan('users.setPin');
  return (
    <Menu position="bottom-end" width={220}>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${user.name}`}>
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {canUpdate && (
          <Menu.Item
            leftSection={<IconUserEdit size={16} />}
            onClick={() => {
              openDialog({ kind: 'editUser', user });
            }}
          >
            Edit name and role
          </Menu.Item>
        )}
        {canSetPin && (
          <Menu.Item
            leftSection={<IconKey size={16} />}
            onClick={() => {
              openDialog({ kind: 'setPin', user });
            }}
          >
            {user.hasPin ? 'Reset PIN' : 'Set PIN'}
          </Menu.Item>
        )}
        {canRemove && (
          <>
            <Menu.Divider />
            <Menu.Item
              color="red"
              leftSection={<IconUserMinus size={16} />}
              onClick={() => {
                openDialog({ kind: 'removeUser', user });
              }}
            >
              Remove…
            </Menu.Item>
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
