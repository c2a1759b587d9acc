/**
 * The application's providers (Mantine theme with a persisted light or dark scheme, dates,
 * notifications) around the session gate, which shows the start screen or the app.
 */
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { SessionGate } from './SessionGate.tsx';
import { theme } from './theme.ts';

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <DatesProvider settings={{ firstDayOfWeek: 1, consistentWeeks: true }}>
        <ModalsProvider>
          <Notifications position="bottom-right" limit={4} />
          <SessionGate />
        </ModalsProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
