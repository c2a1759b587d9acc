/**
 * "Verify a statement" (SPEC 11): choose or drop a PDF; the page reads it and hands its bytes to
 * the shell (`app.stageFileToVerify`), then the engine answers (`statements.verify`): exactly a
 * statement that was sent (to whom, when, by whom), altered (our code, other bytes), or not one
 * of ours; a cut or rewritten audit trail is said beside it.
 */
import { Alert, Box, Button, Card, FileButton, Group, List, Text } from '@mantine/core';
import { IconFileSearch, IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { useState } from 'react';
import type { StatementVerification } from '../../../../shared/contract/types.ts';
import type { ApiError } from '../../api/api-error.ts';
import { attempt, type Attempt } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatInstant } from '../../lib/locale.ts';

async function fileBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

async function verifyFile(file: File): Promise<Attempt<StatementVerification>> {
  const staged = await attempt('app.stageFileToVerify', { base64: await fileBase64(file) });
  if (!staged.ok) return staged;
  return attempt('statements.verify', { path: staged.data.path });
}

function Verdict({ result }: { result: StatementVerification }) {
  const { snapshot } = result;
  const sentWords =
    snapshot === null
      ? ''
      : `${snapshot.customerName}, ${snapshot.from} to ${snapshot.to}, made ${formatInstant(snapshot.madeAt)}` +
        (snapshot.sentAt === null
          ? ', not sent as email'
          : `, sent ${formatInstant(snapshot.sentAt)} to ${snapshot.sentTo ?? 'no recipient'}`);
  const verdicts = {
    sent: { color: 'teal', title: 'Exactly the statement that was sent', ok: true },
    altered: { color: 'red', title: 'Altered: this is not the file that was sent', ok: false },
    unknown: { color: 'yellow', title: 'Not a statement from this book', ok: false },
  } as const;
  const shown = verdicts[result.verdict];
  return (
    <Alert
      mt="md"
      color={shown.color}
      icon={shown.ok ? <IconShieldCheck size={18} /> : <IconShieldX size={18} />}
      title={shown.title}
      role="status"
    >
      {sentWords !== '' && <Text size="sm">{sentWords}</Text>}
      {result.code !== null && <Text size="sm">Verification code {result.code}</Text>}
      {result.problems.length > 0 && (
        <List size="sm" mt="xs">
          {result.problems.map((problem) => (
            <List.Item key={problem}>{problem}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

export function VerifyStatement() {
  const [result, setResult] = useState<StatementVerification | null>(null);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [isPending, setPending] = useState(false);
  const check = async (file: File | null) => {
    if (file === null) return;
    setPending(true);
    const outcome = await verifyFile(file);
    setPending(false);
    setResult(outcome.ok ? outcome.data : null);
    setError(outcome.ok ? undefined : outcome.error);
  };
  return (
    <Card component="section" aria-label="Verify a statement">
      <Box
        onDragOver={(event) => {
          event.preventDefault();
        }}
        onDrop={(event) => {
          event.preventDefault();
          void check(event.dataTransfer.files.item(0));
        }}
      >
        <Group justify="space-between">
          <div>
            <Text fw={600}>Verify a statement</Text>
            <Text size="sm" c="dimmed">
              Choose or drop a statement PDF: it is checked against the statements kept as sent.
            </Text>
          </div>
          <FileButton accept="application/pdf,.pdf" onChange={(file) => void check(file)}>
            {(props) => (
              <Button
                leftSection={<IconFileSearch size={16} />}
                variant="light"
                loading={isPending}
                {...props}
              >
                Choose a PDF
              </Button>
            )}
          </FileButton>
        </Group>
        {result !== null && <Verdict result={result} />}
        <ErrorAlert error={error} />
      </Box>
    </Card>
  );
}
