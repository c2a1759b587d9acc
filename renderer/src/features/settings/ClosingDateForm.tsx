/**
 * The closing date (`settings.update` `closingDate`, admin only, audited with the settings; SPEC
 * 11): entries dated on or before it are refused, so a period whose statements were sent stays
 * as sent. Always before today (the engine says so on the field); cleared, it reopens every
 * period. Others see it read-only. The form remounts after each save (its own request id).
 */
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import type { Settings } from '../../../../shared/contract/types.ts';
import { DateField } from '../../components/fields.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { notifyDone } from '../../lib/notify.ts';
import { useActionForm } from '../../lib/useActionForm.ts';
import { useCan } from '../session/useCan.ts';
import { SectionTitle } from '../../components/SectionTitle.tsx';

export function ClosingDateForm({ settings }: { settings: Settings }) {
  const canEdit = useCan('settings.update');
  const { form, submit, isPending, error } = useActionForm({
    channel: 'settings.update',
    initialValues: { closingDate: settings.closingDate },
    toInput: (values, requestId) => ({ closingDate: values.closingDate, requestId }),
    onSuccess: (_saved, values) => {
      notifyDone(values.closingDate === null ? 'Every period reopened' : 'Closing date saved');
    },
  });
  return (
    <Card component="section" aria-label="Closing date">
      <form onSubmit={submit} aria-label="Closing date settings" noValidate>
        <Stack gap="md">
          <SectionTitle>Closing date</SectionTitle>
          <Text size="sm" c="dimmed">
            Nothing can be dated on or before this day: periods whose statements were sent stay as
            sent. Clear it to reopen them.
          </Text>
          <DateField
            label="Books closed through"
            w={240}
            clearable
            readOnly={!canEdit}
            key={form.key('closingDate')}
            {...form.getInputProps('closingDate')}
          />
          <ErrorAlert error={error} />
          {canEdit && (
            <Group justify="flex-end">
              <Button type="submit" loading={isPending} disabled={!form.isDirty()}>
                Save closing date
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}
