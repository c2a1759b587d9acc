/**
 * Asks the shell who is signed in (`app.session`) once at start: nobody shows the start screen,
 * someone skips it. Sign-out clears the cache so the next person never sees stale data.
 */
import { Center, Loader } from '@mantine/core';
import { useEffect } from 'react';
import { attempt } from '../api/client.ts';
import { useSessionStore } from '../features/session/session-store.ts';
import { StartScreen } from '../features/session/StartScreen.tsx';
import { AppLayout } from './AppLayout.tsx';

export function SessionGate() {
  const status = useSessionStore((state) => state.status);
  const setUser = useSessionStore((state) => state.setUser);
  useEffect(() => {
    void attempt('app.session', {}).then((result) => {
      setUser(result.ok ? result.data.user : null);
    });
  }, [setUser]);
  if (status === 'checking') {
    return (
      <Center mih="100dvh">
        <Loader aria-label="Starting Balancebook" />
      </Center>
    );
  }
  return status === 'signedIn' ? <AppLayout /> : <StartScreen />;
}
