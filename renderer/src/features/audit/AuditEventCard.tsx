/** One audit event: what happened, to which record, who, when and why, and the changes it made. */
import { ActionIcon, Badge, Collapse, Group, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import type { AuditEvent } from '../../../../shared/contract/types.ts';
import { DateText } from '../../components/DateText.tsx';
import { CustomerName } from '../customers/CustomerName.tsx';
import { InvoiceLink } from '../invoices/InvoiceLink.tsx';
import { useUserNames } from '../session/useUserNames.ts';
import { AuditDiff } from './AuditDiff.tsx';

/** "balance.topUp" as "Balance top up". */
export function actionWords(action: string): string {
  const words = action
    .replace('.', ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The record an event is about: a customer's or invoice's name where we can, else its id. */
function RecordName({ entityType, entityId }: { entityType: string; entityId: string }) {
  if (entityType === 'customer') return <CustomerName customerId={entityId} />;
  if (entityType === 'invoice') return <InvoiceLink invoiceId={entityId} />;
  return (
    <Text size="xs" c="dimmed" ff="monospace">
      {entityId}
    </Text>
  );
}

export function AuditEventCard({ event }: { event: AuditEvent }) {
  const nameOf = useUserNames();
  const [isOpen, { toggle }] = useDisclosure(false);
  const hasChanges = event.before !== null || event.after !== null;
  const title = actionWords(event.action);
  return (
    <Paper component="li" withBorder p="sm" aria-label={`${title} by ${nameOf(event.actorId)}`}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={isOpen ? 'Hide changes' : 'Show changes'}
            aria-expanded={isOpen}
            disabled={!hasChanges}
            onClick={toggle}
          >
            {isOpen ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
          </ActionIcon>
          <Stack gap={2}>
            <Group gap="xs">
              <Text fw={600} size="sm">
                {title}
              </Text>
              <Badge color="gray" size="sm">
                {event.entityType.replace('_', ' ')}
              </Badge>
              <RecordName entityType={event.entityType} entityId={event.entityId} />
            </Group>
            {event.reason !== null && event.reason !== '' && (
              <Text size="sm">
                <Text span c="dimmed" size="sm">
                  Reason:{' '}
                </Text>
                {event.reason}
              </Text>
            )}
          </Stack>
        </Group>
        <Stack gap={0} align="flex-end">
          <Text size="sm" fw={500}>
            {nameOf(event.actorId)}
          </Text>
          <DateText size="xs" c="dimmed" instant={event.at} />
        </Stack>
      </Group>
      {hasChanges && (
        <Collapse expanded={isOpen}>
          <AuditDiff before={event.before} after={event.after} />
        </Collapse>
      )}
    </Paper>
  );
}
