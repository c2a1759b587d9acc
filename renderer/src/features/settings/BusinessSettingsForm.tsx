/**
 * The business name, address, invoice prefix and default payment terms (`settings.update`). Only
 * an admin may change them; everyone else sees them read-only. The form remounts after each save,
 * so each save has its own request id.
 */
import {
  Button,
  Card,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import type { Settings } from '../../../../shared/contract/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { notifyDone } from '../../lib/notify.ts';
import { useActionForm } from '../../lib/useActionForm.ts';
import { useCan } from '../session/useCan.ts';
import { SectionTitle } from '../../components/SectionTitle.tsx';

export function BusinessSettingsForm({ settings }: { settings: Settings }) {
  const canEdit = useCan('settings.update');
  const { form, submit, isPending, error } = useActionForm({
    channel: 'settings.update',
    initialValues: {
      businessName: settings.businessName,
      address: settings.address,
      invoicePrefix: settings.invoicePrefix,
      defaultPaymentTermsDays: settings.defaultPaymentTermsDays,
    },
    toInput: (values, requestId) => ({
      businessName: values.businessName,
      address: values.address,
      invoicePrefix: values.invoicePrefix,
      defaultPaymentTermsDays:
        typeof values.defaultPaymentTermsDays === 'number'
          ? values.defaultPaymentTermsDays
          : undefined,
      requestId,
    }),
    onSuccess: () => {
      notifyDone('Settings saved');
    },
  });
  return (
    <Card component="section" aria-label="Business">
      <form onSubmit={submit} aria-label="Business settings" noValidate>
        <Stack gap="md">
          <SectionTitle>Business</SectionTitle>
          {!canEdit && (
            <Text size="sm" c="dimmed">
              Only an admin can change these.
            </Text>
          )}
          <SimpleGrid cols={2}>
            <TextInput
              label="Business name"
              readOnly={!canEdit}
              key={form.key('businessName')}
              {...form.getInputProps('businessName')}
            />
            <TextInput
              label="Invoice prefix"
              description="Put in front of every invoice number"
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              readOnly={!canEdit}
              key={form.key('invoicePrefix')}
              {...form.getInputProps('invoicePrefix')}
            />
          </SimpleGrid>
          <Textarea
            label="Address"
            autosize
            minRows={2}
            readOnly={!canEdit}
            key={form.key('address')}
            {...form.getInputProps('address')}
          />
          <NumberInput
            label="Default payment terms (days)"
            w={240}
            allowDecimal={false}
            clampBehavior="none"
            readOnly={!canEdit}
            key={form.key('defaultPaymentTermsDays')}
            {...form.getInputProps('defaultPaymentTermsDays')}
          />
          <ErrorAlert error={error} />
          {canEdit && (
            <Group justify="flex-end">
              <Button type="submit" loading={isPending} disabled={!form.isDirty()}>
                Save settings
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}
