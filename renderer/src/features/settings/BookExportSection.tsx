/**
 * Settings' "Export the whole book": one button (with its loading state) that writes every table
 * as CSV files into a new folder, and the last export's folder and file count. The File menu's
 * item of the same name opens Settings with the `exportBook` intent, which starts it here once.
 */
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useEffect, useEffectEvent } from 'react';
import { navigate, useRouteStore } from '../../app/route-store.ts';
import { BOOK_EXPORT_TITLE, fileCount, useBookExport } from './useBookExport.ts';
import { SectionTitle } from '../../components/SectionTitle.tsx';

export function BookExportSection() {
  const { run, isPending, last } = useBookExport();
  const intent = useRouteStore((state) =>
    state.route.page === 'settings' ? state.route.intent : undefined,
  );
  // Forget the intent first, so a reload or going back does not export again.
  const startFromMenu = useEffectEvent(() => {
    navigate({ page: 'settings' });
    void run();
  });
  useEffect(() => {
    if (intent === 'exportBook') startFromMenu();
  }, [intent]);
  return (
    <Card component="section" aria-label={BOOK_EXPORT_TITLE}>
      <Group justify="space-between" mb="md">
        <SectionTitle>{BOOK_EXPORT_TITLE}</SectionTitle>
        <Button
          size="xs"
          leftSection={<IconFileExport size={16} />}
          loading={isPending}
          onClick={() => void run()}
        >
          Export the whole book…
        </Button>
      </Group>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          Every customer, ledger entry, credit lot, invoice and line, payment, credit note, time
          entry, recurring invoice, person and audit event, as CSV files (UTF-8, amounts as decimal
          numbers, ISO dates) in a new folder you choose, with a manifest naming each.
        </Text>
        {last !== undefined && (
          <Text size="sm" aria-label="Last book export">
            Last export: {fileCount(last.files)} in {last.path}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
