/**
 * The customer's kept statements (SPEC 11), newest first: the period, when and by whom it was
 * made, its verification code and whether a draft was made ("sent", to whom). Each can be saved
 * again exactly as it was sent, or drafted as an email.
 */
import { Button, Center, Group, Table, Text } from '@mantine/core';
import { IconFileTypePdf, IconMail, IconMailForward } from '@tabler/icons-react';
import type { Customer, StatementSnapshot } from '../../../../../shared/contract/types.ts';
import { usePagedQuery } from '../../../api/usePagedQuery.ts';
import { DateText } from '../../../components/DateText.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { QueryView } from '../../../components/QueryView.tsx';
import { useStatementActions } from '../../statements/useStatementActions.ts';

function SnapshotRow({ snapshot }: { snapshot: StatementSnapshot }) {
  const actions = useStatementActions();
  const kept = { snapshotId: snapshot.id, ...snapshot };
  const period = `${snapshot.from} to ${snapshot.to}`;
  return (
    <Table.Tr>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <DateText size="sm" date={snapshot.from} />
          <Text size="sm">to</Text>
          <DateText size="sm" date={snapshot.to} />
        </Group>
        <Text size="xs" c="dimmed">
          {snapshot.customerName}
        </Text>
      </Table.Td>
      <Table.Td>
        <DateText size="sm" instant={snapshot.madeAt} />
      </Table.Td>
      <Table.Td>
        <Text size="sm" ff="monospace">
          {snapshot.code}
        </Text>
      </Table.Td>
      <Table.Td>
        {snapshot.sentAt === null ? (
          <Text size="sm" c="dimmed">
            Not sent
          </Text>
        ) : (
          <>
            <DateText size="sm" instant={snapshot.sentAt} />
            <Text size="xs" c="dimmed">
              {snapshot.sentTo ?? 'No recipient'}
            </Text>
          </>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          <Button
            size="xs"
            variant="default"
            leftSection={<IconFileTypePdf size={14} />}
            loading={actions.isPending}
            aria-label={`Save as sent, ${period}`}
            onClick={() => void actions.saveAsSent(kept)}
          >
            Save as sent
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconMail size={14} />}
            loading={actions.isPending}
            aria-label={`Make email draft, ${period}`}
            onClick={() => void actions.makeDraft(kept)}
          >
            Email draft
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

export function StatementsTab({ customer }: { customer: Customer }) {
  const snapshots = usePagedQuery('statements.snapshots', { customerId: customer.id, limit: 50 });
  return (
    <QueryView
      query={{ ...snapshots, data: snapshots.status === 'success' ? snapshots.items : undefined }}
      loadingLabel="Loading sent statements"
      isEmpty={(items) => items.length === 0}
      empty={
        <EmptyState
          title="No statements kept yet"
          description="Every statement exported as PDF is kept here exactly as it was sent."
          icon={<IconMailForward size={22} />}
        />
      }
    >
      {(items) => (
        <>
          <Table aria-label="Sent statements" verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Period</Table.Th>
                <Table.Th>Made</Table.Th>
                <Table.Th>Code</Table.Th>
                <Table.Th>Sent</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((snapshot) => (
                <SnapshotRow key={snapshot.id} snapshot={snapshot} />
              ))}
            </Table.Tbody>
          </Table>
          {snapshots.hasMore && (
            <Center mt="md">
              <Button variant="light" loading={snapshots.isFetching} onClick={snapshots.loadMore}>
                Load more statements
              </Button>
            </Center>
          )}
        </>
      )}
    </QueryView>
  );
}
