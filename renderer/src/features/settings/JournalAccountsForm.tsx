/**
 * The journal's account names (`settings.update` `journalAccounts`): the name QuickBooks Online
 * knows each account by, or its code in Xero. Only an admin may change them; everyone else sees
 * them read-only. An emptied name unsets the account (the journal is then refused until it is
 * mapped again). Opened from the journal report (the `journalAccounts` intent), it comes into
 * view with its first unnamed account focused.
 */
import { Button, Card, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useEffectEvent, useRef } from 'react';
import { JOURNAL_ACCOUNTS, type JournalAccount } from '../../../../shared/contract/report-types.ts';
import type { Settings } from '../../../../shared/contract/types.ts';
import { navigate, useRouteStore } from '../../app/route-store.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { notifyDone } from '../../lib/notify.ts';
import { useActionForm } from '../../lib/useActionForm.ts';
import { useCan } from '../session/useCan.ts';
import { JOURNAL_ACCOUNT_LABELS } from './journal-account-labels.ts';
import { SectionTitle } from '../../components/SectionTitle.tsx';

export function JournalAccountsForm({ settings }: { settings: Settings }) {
  const canEdit = useCan('settings.update');
  const { form, submit, isPending, error } = useActionForm({
    channel: 'settings.update',
    initialValues: Object.fromEntries(
      JOURNAL_ACCOUNTS.map((account) => [account, settings.journalAccounts[account] ?? '']),
    ) as Record<JournalAccount, string>,
    toInput: (values, requestId) => ({ journalAccounts: values, requestId }),
    onSuccess: () => {
      notifyDone('Journal accounts saved');
    },
  });
  const section = useRef<HTMLElement>(null);
  const intent = useRouteStore((state) =>
    state.route.page === 'settings' ? state.route.intent : undefined,
  );
  // Forget the intent first, so going back to Settings later does not jump here again.
  const showFirstUnnamed = useEffectEvent(() => {
    navigate({ page: 'settings' });
    const inputs = [...(section.current?.querySelectorAll('input') ?? [])];
    const unnamed = inputs.find((input) => input.value.trim() === '') ?? inputs[0];
    section.current?.scrollIntoView({ block: 'start' });
    unnamed?.focus({ preventScroll: true });
  });
  useEffect(() => {
    if (intent === 'journalAccounts') showFirstUnnamed();
  }, [intent]);
  return (
    <Card ref={section} component="section" aria-label="Journal accounts">
      <form onSubmit={submit} aria-label="Journal accounts settings" noValidate>
        <Stack gap="md">
          <SectionTitle>Journal accounts</SectionTitle>
          <Text size="sm" c="dimmed">
            The account names (QuickBooks Online) or codes (Xero) the journal export posts to.
            {!canEdit && ' Only an admin can change these.'}
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {JOURNAL_ACCOUNTS.map((account) => (
              <TextInput
                key={form.key(account)}
                label={JOURNAL_ACCOUNT_LABELS[account]}
                readOnly={!canEdit}
                {...form.getInputProps(account)}
              />
            ))}
          </SimpleGrid>
          <ErrorAlert error={error} />
          {canEdit && (
            <Group justify="flex-end">
              <Button type="submit" loading={isPending} disabled={!form.isDirty()}>
                Save journal accounts
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}
