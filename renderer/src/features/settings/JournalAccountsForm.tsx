/**
 * The journal's account names (`settings.update` `journalAccounts`): the name QuickBooks Online
 * knows each account by, or its code in Xero. Only an admin may change them; everyone else sees
 * them read-only. An emptied name unsets the account (the journal is then refused until it is
 * mapped again).
 */
import { Button, Card, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { JOURNAL_ACCOUNTS, type JournalAccount } from '../../../../shared/contract/report-types.ts';
import type { Settings } from '../../../../shared/contract/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { notifyDone } from '../../lib/notify.ts';
import { useActionForm } from '../../lib/useActionForm.ts';
import { useCan } from '../session/useCan.ts';

const LABELS: Record<JournalAccount, string> = {
  cash: 'Cash or bank',
  prepayments: 'Customer prepayments (paid credit owed)',
  promotionalCredit: 'Promotional credit owed',
  promotionalExpense: 'Promotional credit given (expense)',
  revenue: 'Revenue',
  receivables: 'Receivables',
  breakage: 'Paid credit expired unused (breakage)',
  adjustments: 'Manual adjustments',
};

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
  return (
    <Card component="section" aria-label="Journal accounts">
      <form onSubmit={submit} aria-label="Journal accounts settings" noValidate>
        <Stack gap="md">
          <Text fw={600}>Journal accounts</Text>
          <Text size="sm" c="dimmed">
            The account names (QuickBooks Online) or codes (Xero) the journal export posts to.
            {!canEdit && ' Only an admin can change these.'}
          </Text>
          <SimpleGrid cols={2}>
            {JOURNAL_ACCOUNTS.map((account) => (
              <TextInput
                key={form.key(account)}
                label={LABELS[account]}
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
