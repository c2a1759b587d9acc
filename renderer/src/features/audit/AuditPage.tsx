/**
 * The audit log (`audit.list`): who did what to which record, when and why, with before and after
 * as a readable diff; filters by record type and person (removed people too); and a check of the
 * hash chains and invariants (`audit.verify`).
 */
import { Button, Card, Center, Group, NativeSelect, Stack } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { usePagedQuery } from '../../api/usePagedQuery.ts';
import { useQuery } from '../../api/useQuery.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import { useAuditStore } from './audit-store.ts';
import { AuditEventCard } from './AuditEventCard.tsx';
import { VerifyStatement } from '../statements/VerifyStatement.tsx';
import { VerifyIntegrity } from './VerifyIntegrity.tsx';

const ENTITY_TYPES = [
  { value: '', label: 'All records' },
  { value: 'customer', label: 'Customers and balances' },
  { value: 'invoice', label: 'Invoices' },
  { value: 'payment', label: 'Payments' },
  { value: 'time_entry', label: 'Time entries' },
  { value: 'schedule', label: 'Recurring invoices' },
  { value: 'settings', label: 'Settings' },
  { value: 'user', label: 'People' },
];

export function AuditPage() {
  const { entityType, actorId, setEntityType, setActorId } = useAuditStore();
  const users = useQuery('users.listAll', {});
  const events = usePagedQuery('audit.list', {
    ...(entityType === null ? {} : { entityType }),
    ...(actorId === null ? {} : { actorId }),
    limit: 50,
  });
  const people = [
    { value: '', label: 'Everyone' },
    ...(users.data ?? []).map((user) => ({
      value: user.id,
      label: user.removedAt === null ? user.name : `${user.name} (removed)`,
    })),
    { value: 'system', label: 'Scheduled work' },
  ];
  return (
    <>
      <PageHeader title="Audit log" description="Every change, who made it, when and why." />
      <Stack gap="lg">
        <VerifyIntegrity />
        <VerifyStatement />
        <Card>
          <Group mb="md" align="flex-end">
            <NativeSelect
              label="Record type"
              data={ENTITY_TYPES}
              value={entityType ?? ''}
              onChange={(event) => {
                setEntityType(event.currentTarget.value || null);
              }}
            />
            <NativeSelect
              label="Person"
              data={people}
              value={actorId ?? ''}
              onChange={(event) => {
                setActorId(event.currentTarget.value || null);
              }}
            />
          </Group>
          <QueryView
            query={{ ...events, data: events.status === 'success' ? events.items : undefined }}
            loadingLabel="Loading the audit log"
            rows={6}
            isEmpty={(items) => items.length === 0}
            empty={<EmptyState title="Nothing recorded yet" icon={<IconHistory size={22} />} />}
          >
            {(items) => (
              <Stack
                gap="sm"
                component="ol"
                aria-label="Audit events"
                p={0}
                m={0}
                style={{ listStyle: 'none' }}
              >
                {items.map((event) => (
                  <AuditEventCard key={event.id} event={event} />
                ))}
              </Stack>
            )}
          </QueryView>
          {events.hasMore && (
            <Center mt="md">
              <Button variant="light" loading={events.isFetching} onClick={events.loadMore}>
                Load older events
              </Button>
            </Center>
          )}
        </Card>
      </Stack>
    </>
  );
}
