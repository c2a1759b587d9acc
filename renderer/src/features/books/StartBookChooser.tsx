/**
 * Under the start screen's sign-in: which book this is, and opening a server book (issue #19) or
 * going back to the book on this computer. A switch shows the start screen of the book opened.
 */
import { Anchor, Collapse, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import type { ApiError } from '../../api/api-error.ts';
import { ServerBookForm } from './ServerBookForm.tsx';
import { bookWords, useBookLocation } from './useBookLocation.ts';

export function StartBookChooser({ onSwitched }: { onSwitched: () => void }) {
  const { book, openServer, openLocal } = useBookLocation();
  const [isOpen, setOpen] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  return (
    <Stack gap="xs" mt="md" aria-label="Book">
      <Text size="sm" c="dimmed" ta="center" aria-label="Book in use">
        {bookWords(book)}
      </Text>
      <Anchor
        component="button"
        type="button"
        size="sm"
        onClick={() => {
          setOpen((open) => !open);
        }}
      >
        Open a server book…
      </Anchor>
      {book?.kind === 'server' && (
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() =>
            void openLocal().then((refused) => {
              setError(refused);
              if (refused === undefined) onSwitched();
            })
          }
        >
          Back to the book on this computer
        </Anchor>
      )}
      {error !== undefined && <ErrorAlert error={error} />}
      <Collapse expanded={isOpen}>
        <ServerBookForm
          label="Open a server book"
          submitLabel="Open the server book"
          onSubmit={async (databaseUrl) => {
            const refused = await openServer(databaseUrl);
            if (refused === undefined) {
              setOpen(false);
              onSwitched();
            }
            return refused;
          }}
        />
      </Collapse>
    </Stack>
  );
}
