/** Recomputes the hash chains and invariants (`audit.verify`) and shows ok or each problem. */
import { Alert, Button, Card, Group, List, Text } from '@mantine/core';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { useState } from 'react';
import type { AuditVerification } from '../../../../shared/contract/types.ts';
import type { ApiError } from '../../api/api-error.ts';
import { attempt } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

export function VerifyIntegrity() {
  const [result, setResult] = useState<AuditVerification | null>(null);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [isPending, setPending] = useState(false);
  const verify = async () => {
    setPending(true);
    const outcome = await attempt('audit.verify', {});
    setPending(false);
    setResult(outcome.ok ? outcome.data : null);
    setError(outcome.ok ? undefined : outcome.error);
  };
  return (
    <Card>
      <Group justify="space-between">
        <div>
          <Text fw={600}>Integrity</Text>
          <Text size="sm" c="dimmed">
            Recomputes the ledger and audit hash chains and checks every balance and invoice adds
            up.
          </Text>
        </div>
        <Button
          leftSection={<IconShieldCheck size={16} />}
          variant="light"
          loading={isPending}
          onClick={() => void verify()}
        >
          Verify integrity
        </Button>
      </Group>
      {result !== null && result.ok && (
        <Alert
          mt="md"
          color="teal"
          icon={<IconShieldCheck size={18} />}
          title="All records are intact"
        >
          Checked {result.checked.toLocaleString()} records; every chain and invariant holds.
        </Alert>
      )}
      {result !== null && !result.ok && (
        <Alert
          mt="md"
          color="red"
          icon={<IconShieldX size={18} />}
          title={`${result.problems.length} problems found`}
        >
          <List size="sm">
            {result.problems.map((problem) => (
              <List.Item key={problem}>{problem}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <ErrorAlert error={error} />
    </Card>
  );
}
