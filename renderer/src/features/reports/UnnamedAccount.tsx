/**
 * What the journal tab shows while an account it posts to has no name: the engine refuses the
 * journal naming the account (`accounts.<account>`), and the bookkeeper is taken to the very
 * field in Settings, not shown a red error with "Try again" that cannot succeed.
 */
import { Alert, Button, Text } from '@mantine/core';
import { IconSettings } from '@tabler/icons-react';
import type { ApiError } from '../../api/api-error.ts';
import { navigate } from '../../app/route-store.ts';
import { JOURNAL_ACCOUNT_LABELS } from '../settings/journal-account-labels.ts';
import { useCan } from '../session/useCan.ts';
import { JOURNAL_ACCOUNTS } from '../../../../shared/contract/report-types.ts';

const ACCOUNT_FIELD = 'accounts.';

export function isUnnamedAccount(error: ApiError | undefined): error is ApiError {
  return error?.code === 'VALIDATION' && error.field?.startsWith(ACCOUNT_FIELD) === true;
}

export function UnnamedAccount({ error }: { error: ApiError }) {
  const canEdit = useCan('settings.update');
  const account = JOURNAL_ACCOUNTS.find((each) => `${ACCOUNT_FIELD}${each}` === error.field);
  const name = account === undefined ? 'An account' : `“${JOURNAL_ACCOUNT_LABELS[account]}”`;
  return (
    <Alert
      color="blue"
      variant="light"
      title="Name the journal's accounts first"
      icon={<IconSettings size={18} />}
    >
      <Text size="sm">
        The journal posts to the accounts your accounting software knows. {name} has no name yet.
      </Text>
      {canEdit ? (
        <Button
          mt="sm"
          size="xs"
          onClick={() => {
            navigate({ page: 'settings', intent: 'journalAccounts' });
          }}
        >
          Name the accounts in Settings
        </Button>
      ) : (
        <Text size="sm" c="dimmed" mt="xs">
          Ask an admin to name them in Settings.
        </Text>
      )}
    </Alert>
  );
}
