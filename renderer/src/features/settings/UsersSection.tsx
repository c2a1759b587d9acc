/** The people who may sign in, their roles and PINs; an admin can add someone or reset a PIN. */
import { Badge, Button, Card, Group, Table, Text } from '@mantine/core';
import { IconLock, IconUserPlus } from '@tabler/icons-react';
import { openDialog } from '../../app/dialog-store.ts';
import { useQuery } from '../../api/useQuery.ts';
import { DateText } from '../../components/DateText.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import { ROLE_COLORS, ROLE_LABELS } from '../session/role-labels.ts';
import { useCan } from '../session/useCan.ts';

export function UsersSection() {
  const users = useQuery('users.list', {});
  const canAdd = useCan('users.create');
  const canSetPin = useCan('users.setPin');
  return (
    <Card component="section" aria-label="People">
      <Group justify="space-between" mb="md">
        <Text fw={600}>People</Text>
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
        {(list) => (
          <Table aria-label="People" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>PIN</Table.Th>
                <Table.Th>Added</Table.Th>
                {canSetPin && <Table.Th aria-label="Actions" />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((user) => (
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
                  {canSetPin && (
                    <Table.Td ta="right">
                      <Button
                        size="xs"
                        variant="subtle"
                        aria-label={`Set the PIN of ${user.name}`}
                        onClick={() => {
                          openDialog({ kind: 'setPin', user });
                        }}
                      >
                        {user.hasPin ? 'Reset PIN' : 'Set PIN'}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryView>
    </Card>
  );
}
