/**
 * In the browser, when the web bridge no longer accepts this tab (Balancebook was restarted with a
 * new token, the tab never had one, or nothing answers here any more): says what happened and
 * takes the new address, or its token, pasted in. A token for this address is used at once,
 * without a reload; an address on another port is opened instead. While shown, nothing cached
 * from before is kept and the session is asked again afterwards.
 */
import { Button, Center, Paper, Stack, Text, TextInput, ThemeIcon, Title } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useEffect, useState, type SubmitEvent } from 'react';
import { useBridgeStore, type BridgeProblem } from '../api/bridge-store.ts';
import { attempt } from '../api/client.ts';
import { queryCache } from '../api/query-cache.ts';
import { adoptAddress } from '../api/web-bridge.ts';
import { useSessionStore } from '../features/session/session-store.ts';

const TITLES: Record<BridgeProblem, string> = {
  restarted: 'Balancebook was restarted',
  noToken: 'This tab has no access to Balancebook',
  unreachable: 'Balancebook is not running at this address',
};

const ASK = 'Open the new address it printed, or paste it here.';
const NOT_AN_ADDRESS = 'Paste the whole address Balancebook printed: http://127.0.0.1:…/#token=…';
const REFUSED = 'That address was refused: copy the latest one Balancebook printed.';

export function BridgeRestartScreen({ problem }: { problem: BridgeProblem }) {
  const setProblem = useBridgeStore((state) => state.setProblem);
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [isPending, setPending] = useState(false);

  useEffect(() => {
    queryCache.clear();
    useSessionStore.getState().reset();
  }, []);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const outcome = adoptAddress(address);
    if (outcome !== 'token') {
      setError(outcome === 'invalid' ? NOT_AN_ADDRESS : undefined);
      return;
    }
    setPending(true);
    const session = await attempt('app.session', {});
    setPending(false);
    if (!session.ok) {
      setError(REFUSED);
      return;
    }
    useSessionStore.getState().setUser(session.data.user);
    setProblem(null);
  };

  return (
    <Center mih="100dvh" p="md" bg="var(--mantine-color-body)">
      <Paper withBorder shadow="md" p="xl" w={520} radius="lg">
        <form onSubmit={(event) => void submit(event)} aria-label="New address">
          <Stack gap="md">
            <ThemeIcon size={48} radius="xl" variant="light" color="orange">
              <IconPlugConnectedX size={28} />
            </ThemeIcon>
            <Title order={1} size="h3">
              {TITLES[problem]}
            </Title>
            <Text size="sm">{ASK}</Text>
            <TextInput
              label="New address or token"
              placeholder="http://127.0.0.1:…/#token=…"
              value={address}
              error={error}
              onChange={(event) => {
                setAddress(event.currentTarget.value);
              }}
              autoFocus
            />
            <Button type="submit" loading={isPending} disabled={address.trim() === ''}>
              Continue
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
