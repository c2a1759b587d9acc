/**
 * A connection string form for a server book (issue #19): checked as it is typed by the shared
 * rule (shared/server-book-url.ts), TLS on by default (a switch turns it off for a server on this
 * network without it); the password is typed into the string and sent to the shell only, never
 * shown back. `onSubmit` gets the checked string, TLS mode included, and answers with the
 * shell's or the engine's refusal, which is shown on the field.
 */
import { Button, PasswordInput, Stack, Switch, Text } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { checkConnectionString } from '../../../../shared/server-book-url.ts';
import type { ApiError } from '../../api/api-error.ts';

export type ServerBookFormProps = {
  label: string;
  submitLabel: string;
  onSubmit: (databaseUrl: string) => Promise<ApiError | undefined>;
};

export function ServerBookForm({ label, submitLabel, onSubmit }: ServerBookFormProps) {
  const [text, setText] = useState('');
  const [isTls, setTls] = useState(true);
  const [refusal, setRefusal] = useState<ApiError | undefined>(undefined);
  const [isPending, setPending] = useState(false);
  const checked = checkConnectionString(text, { tls: isTls });
  const typedError =
    text === '' || checked.ok ? undefined : `The connection string ${checked.message}`;

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!checked.ok) return;
    setPending(true);
    setRefusal(await onSubmit(checked.url));
    setPending(false);
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-label={label}>
      <Stack gap="sm">
        {/* A password field: the string holds the password, so it is not shown on screen. */}
        <PasswordInput
          label="Connection string"
          description="postgres://user:password@host:5432/database"
          autoComplete="off"
          value={text}
          error={typedError ?? refusal?.message}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setRefusal(undefined);
          }}
        />
        <Switch
          label="Encrypt the connection (TLS)"
          checked={isTls}
          onChange={(event) => {
            setTls(event.currentTarget.checked);
          }}
        />
        {checked.ok && (
          <Text size="xs" c="dimmed" aria-label="Server address">
            {checked.address}
          </Text>
        )}
        <Button type="submit" disabled={!checked.ok} loading={isPending}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
