/**
 * The people who may sign in, their roles and PINs (`users.listAll`); an admin can add someone and,
 * from each row's menu, edit, set a PIN or remove them. Removed people leave the main table for a
 * muted "Removed" list below, shown only when there is anyone in it.
 */
import { Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { IconLock, IconUserPlus } from '@tabler/icons-react';
import type { UserRecord } from '../../../../shared/contract/types.ts';
import { openDialog } from '../../app/dialog-store.ts';
import { useQuery } from '../../api/useQuery.ts';
import { DateText } from '../../components/DateText.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import { ROLE_COLORS, ROLE_LABELS } from '../session/role-labels.ts';
import { useCan } from '../session/useCan.ts';
import { useCanManageUsers, UserActionsMenu } from './UserActionsMenu.tsx';
import { SectionTitle } from '../../components/SectionTitle.tsx';

export function UsersSection() {
  const users = useQuery('users.listAll', {});
  const canAdd = useCan('users.create');
  return (
    <Card component="section" aria-label="People">
      <Group justify="space-between" mb="md">
        <SectionTitle>People</SectionTitle>
        {canAdd && (
          <Button
            size="xs"
            leftSection={<IconUserPlus size={16} />}
            onClick={() => {
              openDialog({ kind: 'addUser' });
            }}
          >
            Add person
          </Button>
        )}
      </Group>
      <QueryView query={users} loadingLabel="Loading people" rows={3}>
        {(list) => {
          const removed = list.filter((user) => user.removedAt !== null);
          return (
            <Stack gap="xl">
              <ActivePeople users={list.filter((user) => user.removedAt === null)} />
              {removed.length > 0 && <RemovedPeople users={removed} />}
            </Stack>
          );
        }}
      </QueryView>
    </Card>
  );
}

function ActivePeople({ users }: { users: UserRecord[] }) {
  const canManage = useCanManageUsers();
  return (
    <Table aria-label="People" verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Name</Table.Th>
          <Table.Th>Role</Table.Th>
          <Table.Th>PIN</Table.Th>
          <Table.Th>Added</Table.Th>
          {canManage && <Table.Th aria-label="Actions" />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {users.map((user) => (
          <Table.Tr key={user.id}>
            <Table.Td fw={500}>{user.name}</Table.Td>
            <Table.Td>
              <Badge color={ROLE_COLORS[user.role]}>{ROLE_LABELS[user.role]}</Badge>
            </Table.Td>
            <Table.Td>
              {user.hasPin ? (
                <IconLock size={16} aria-label="Has a PIN" />
              ) : (
                <Text size="sm" c="dimmed">
                  None
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <DateText size="sm" instant={user.createdAt} />
            </Table.Td>
            {canManage && (
              <Table.Td ta="right">
                <UserActionsMenu user={user} />
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function RemovedPeople({ users }: { users: UserRecord[] }) {
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600} c="dimmed">
        Removed
      </Text>
      <Table aria-label="Removed people" verticalSpacing="xs" c="dimmed" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Removed</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>{user.name}</Table.Td>
              <Table.Td>{ROLE_LABELS[user.role]}</Table.Td>
              <Table.Td>
                <DateText instant={user.removedAt} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
