/**
 * Backups in the browser, where there is no File menu (the desktop keeps its menu, so this
 * section is shown only in browser mode): where backups are kept, back up now, and, for an
 * admin, restore one after a confirmation that says what will be lost and what is kept.
 */
import { Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconDatabaseExport } from '@tabler/icons-react';
import type { BackupListing } from '../../../../shared/contract/app-channels.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useSessionStore } from '../session/session-store.ts';
import { useBackups } from './useBackups.ts';
import { SectionTitle } from '../../components/SectionTitle.tsx';

const KIB = 1024;

/** Whole kilobytes, rounded up, so even a tiny backup never reads as 0. */
function sizeText(bytes: number): string {
  return `${Math.ceil(bytes / KIB).toLocaleString()} KB`;
}

export function BackupsSection() {
  const { listing, error, isPending, reload, backUpNow, restore } = useBackups();
  const isAdmin = useSessionStore((state) => state.user?.role === 'admin');
  const confirmRestore = (backup: BackupListing) => {
    modals.openConfirmModal({
      title: 'Restore this backup?',
      children: (
        <Text size="sm">
          The ledger goes back to {backup.day} {backup.time}: everything recorded since will be
          gone. A copy of the current ledger is kept in the backups folder first, and everyone is
          signed out.
        </Text>
      ),
      labels: { confirm: 'Restore', cancel: 'Keep the current ledger' },
      confirmProps: { color: 'red' },
      onConfirm: () => void restore(backup.name),
    });
  };
  return (
    <Card component="section" aria-label="Backups">
      <Group justify="space-between" mb="md">
        <SectionTitle>Backups</SectionTitle>
        <Button
          size="xs"
          leftSection={<IconDatabaseExport size={16} />}
          loading={isPending}
          onClick={() => void backUpNow()}
        >
          Back up now
        </Button>
      </Group>
      <ErrorAlert error={error} onRetry={() => void reload()} />
      {listing !== undefined && (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            One backup is made each day Balancebook runs; the last 14 are kept in {listing.folder}.
          </Text>
          <Table aria-label="Backups">
            <Table.Tbody>
              {listing.backups.map((backup) => (
                <Table.Tr key={backup.name}>
                  <Table.Td>
                    {backup.day} {backup.time}
                  </Table.Td>
                  <Table.Td>{sizeText(backup.sizeBytes)}</Table.Td>
                  <Table.Td ta="right">
                    {isAdmin && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        aria-label={`Restore ${backup.name}`}
                        onClick={() => {
                          confirmRestore(backup);
                        }}
                      >
                        Restore
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Card>
  );
}
