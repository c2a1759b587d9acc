/**
 * The application's providers (Mantine theme with a persisted light or dark scheme, dates,
 * notifications) around the session gate, which shows the start screen or the app; in the
 * browser, a tab the web bridge no longer accepts shows the way back instead.
 */
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { useBridgeStore } from '../api/bridge-store.ts';
import { BridgeRestartScreen } from './BridgeRestartScreen.tsx';
import { SessionGate } from './SessionGate.tsx';
import { theme } from './theme.ts';

export function App() {
  const bridgeProblem = useBridgeStore((state) => state.problem);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <DatesProvider settings={{ firstDayOfWeek: 1, consistentWeeks: true }}>
        <ModalsProvider>
          <Notifications position="bottom-right" limit={4} />
          {bridgeProblem === null ? (
            <SessionGate />
          ) : (
            <BridgeRestartScreen problem={bridgeProblem} />
          )}
        </ModalsProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
