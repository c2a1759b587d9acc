/**
 * The start screen: choose who is working, enter their PIN when they have one, and sign in through
 * the shell (`app.signIn`), which keeps the session; a wrong PIN shows on the PIN field. Under it,
 * which book this is, and opening a server book (features/books).
 */
import { Button, Center, Paper, PasswordInput, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBook2 } from '@tabler/icons-react';
import { useState, type SubmitEvent } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import { attempt } from '../../api/client.ts';
import { useQuery } from '../../api/useQuery.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { StartBookChooser } from '../books/StartBookChooser.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import { useSessionStore } from './session-store.ts';
import { UserPicker } from './UserPicker.tsx';

export function StartScreen() {
  const users = useQuery('users.list', {});
  const setUser = useSessionStore((state) => state.setUser);
  const [userId, setUserId] = useState<string | null>(null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [isPending, setPending] = useState(false);
  const chosen = users.data?.find((user) => user.id === userId);

  const signIn = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (chosen === undefined) return;
    setPending(true);
    setError(undefined);
    const result = await attempt('app.signIn', {
      userId: chosen.id,
      ...(chosen.hasPin ? { pin } : {}),
    });
    setPending(false);
    if (result.ok) setUser(result.data.user);
    else setError(result.error);
  };
  const pinError = error?.field === 'pin' ? error.fieldMessage : undefined;

  return (
    <Center mih="100dvh" p="md" bg="var(--mantine-color-body)">
      <Paper withBorder shadow="md" p="xl" w={460} radius="lg">
        <form onSubmit={(event) => void signIn(event)} aria-label="Sign in">
          <Stack gap="lg">
            <Stack gap={6} align="center">
              <ThemeIcon size={48} radius="xl" variant="light">
                <IconBook2 size={28} />
              </ThemeIcon>
              <Title order={1} size="h2">
                Balancebook
              </Title>
              <Text c="dimmed" size="sm" ta="center">
                Who is working today?
              </Text>
            </Stack>
            <QueryView query={users} loadingLabel="Loading people" rows={3}>
              {(list) => (
                <UserPicker
                  users={list}
                  value={userId}
                  onChange={(id) => {
                    setUserId(id);
                    setPin('');
                    setError(undefined);
                  }}
                />
              )}
            </QueryView>
            {chosen?.hasPin === true && (
              <PasswordInput
                label="PIN"
                autoFocus
                inputMode="numeric"
                autoComplete="off"
                value={pin}
                error={pinError}
                onChange={(event) => {
                  setPin(event.currentTarget.value);
                }}
              />
            )}
            {error !== undefined && pinError === undefined && <ErrorAlert error={error} />}
            <Button type="submit" size="md" disabled={chosen === undefined} loading={isPending}>
              Sign in
            </Button>
          </Stack>
        </form>
        <StartBookChooser
          onSwitched={() => {
            setUserId(null);
            users.refetch();
          }}
        />
      </Paper>
    </Center>
  );
}
