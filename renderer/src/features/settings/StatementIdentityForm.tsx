/**
 * What statements and invoices print about the business and how their email drafts read (SPEC 11):
 * logo (PNG or JPEG, at most 1 MB, previewed), tax id, bank details, a statement message and the
 * email subject and body templates with their placeholders. Validated as you type with the same
 * schema the engine uses (`settings.update`); only an admin may change them.
 */
import {
  Button,
  Card,
  FileButton,
  Group,
  Image,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import type { SettingsWithLogo } from '../../../../shared/contract/types.ts';
import { TEMPLATE_PLACEHOLDERS } from '../../../../shared/statement-template.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { notifyDone } from '../../lib/notify.ts';
import { useActionForm } from '../../lib/useActionForm.ts';
import { useCan } from '../session/useCan.ts';
import { SectionTitle } from '../../components/SectionTitle.tsx';

type LogoValue = { base64: string } | null | undefined;

/** A chosen file as base64, read in the page (the same bytes go through IPC or the bridge). */
async function fileBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function logoSource(settings: SettingsWithLogo, logo: LogoValue): string | null {
  if (logo === null) return null;
  if (logo !== undefined) return `data:image/*;base64,${logo.base64}`;
  return settings.logo && `data:${settings.logo.mediaType};base64,${settings.logo.base64}`;
}

export function StatementIdentityForm({ settings }: { settings: SettingsWithLogo }) {
  const canEdit = useCan('settings.update');
  const { form, submit, isPending, error } = useActionForm({
    channel: 'settings.update',
    initialValues: {
      logo: undefined as LogoValue,
      taxId: settings.taxId,
      bankDetails: settings.bankDetails,
      statementMessage: settings.statementMessage,
      emailSubjectTemplate: settings.emailSubjectTemplate,
      emailBodyTemplate: settings.emailBodyTemplate,
    },
    toInput: (values, requestId) => ({ ...values, requestId }),
    onSuccess: () => {
      notifyDone('Statement settings saved');
    },
  });
  const logo = form.getValues().logo;
  const source = logoSource(settings, logo);
  const logoError = form.errors['logo.base64'] ?? form.errors.logo;
  return (
    <Card component="section" aria-label="Statements and email">
      <form onSubmit={submit} aria-label="Statement settings" noValidate>
        <Stack gap="md">
          <SectionTitle>Statements and email</SectionTitle>
          <Group align="center" gap="md">
            {source === null ? (
              <Text size="sm" c="dimmed">
                No logo
              </Text>
            ) : (
              <Image src={source} alt="Logo preview" h={48} w="auto" fit="contain" />
            )}
            {canEdit && (
              <FileButton
                accept="image/png,image/jpeg"
                onChange={(file) => {
                  if (file === null) return;
                  void fileBase64(file).then((base64) => {
                    form.setFieldValue('logo', { base64 });
                    form.validateField('logo.base64');
                  });
                }}
              >
                {(props) => (
                  <Button variant="default" size="xs" {...props}>
                    Choose logo
                  </Button>
                )}
              </FileButton>
            )}
            {canEdit && source !== null && (
              <Button
                variant="subtle"
                size="xs"
                onClick={() => {
                  form.setFieldValue('logo', null);
                }}
              >
                Remove logo
              </Button>
            )}
          </Group>
          {logoError !== undefined && (
            <Text size="sm" c="red" role="alert">
              Logo {logoError}
            </Text>
          )}
          <TextInput
            label="Tax ID"
            readOnly={!canEdit}
            key={form.key('taxId')}
            {...form.getInputProps('taxId')}
          />
          <Textarea
            label="Bank details"
            description="Printed under the amount to pay"
            autosize
            minRows={2}
            readOnly={!canEdit}
            key={form.key('bankDetails')}
            {...form.getInputProps('bankDetails')}
          />
          <Textarea
            label="Statement message"
            autosize
            minRows={2}
            readOnly={!canEdit}
            key={form.key('statementMessage')}
            {...form.getInputProps('statementMessage')}
          />
          <TextInput
            label="Email subject"
            description={`Placeholders: ${TEMPLATE_PLACEHOLDERS.map((name) => `{${name}}`).join(' ')}`}
            readOnly={!canEdit}
            key={form.key('emailSubjectTemplate')}
            {...form.getInputProps('emailSubjectTemplate')}
          />
          <Textarea
            label="Email body"
            autosize
            minRows={4}
            readOnly={!canEdit}
            key={form.key('emailBodyTemplate')}
            {...form.getInputProps('emailBodyTemplate')}
          />
          <ErrorAlert error={error} />
          {canEdit && (
            <Group justify="flex-end">
              <Button type="submit" loading={isPending} disabled={!form.isDirty()}>
                Save statement settings
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}
