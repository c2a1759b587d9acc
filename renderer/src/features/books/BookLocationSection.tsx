/**
 * Settings' "Where this book is kept" (issue #19): the book in use; for an admin, opening a server
 * book, going back to the book on this computer, and copying this book to a new server book
 * (`book.copyTo`, verified before it is kept), which can then be opened at once.
 */
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { BookCopy } from '../../../../shared/contract/types.ts';
import { useMutation } from '../../api/useMutation.ts';
import { useSessionStore } from '../session/session-store.ts';
import { ServerBookForm } from './ServerBookForm.tsx';
import { bookWords, useBookLocation } from './useBookLocation.ts';
import { SectionTitle } from '../../components/SectionTitle.tsx';

export const BOOK_LOCATION_TITLE = 'Where this book is kept';

export function BookLocationSection() {
  const isAdmin = useSessionStore((state) => state.user?.role === 'admin');
  const { book, openServer, openLocal } = useBookLocation();
  const copy = useMutation('book.copyTo');
  const [copied, setCopied] = useState<{ result: BookCopy; databaseUrl: string } | undefined>();
  return (
    <Card component="section" aria-label={BOOK_LOCATION_TITLE}>
      <Group justify="space-between" mb="md">
        <SectionTitle>{BOOK_LOCATION_TITLE}</SectionTitle>
        {isAdmin && book?.kind === 'server' && (
          <Button size="xs" variant="default" onClick={() => void openLocal()}>
            Back to the book on this computer
          </Button>
        )}
      </Group>
      <Stack gap="md">
        <Text size="sm" aria-label="Book in use">
          {bookWords(book)}
        </Text>
        {isAdmin && (
          <ServerBookForm
            label="Open a server book"
            submitLabel="Open the server book"
            onSubmit={openServer}
          />
        )}
        {isAdmin && (
          <ServerBookForm
            label="Copy this book to a server"
            submitLabel="Copy this book to the server"
            onSubmit={async (databaseUrl) => {
              const result = await copy.mutate({
                target: { databaseUrl },
                requestId: crypto.randomUUID(),
              });
              if (!result.ok) return result.error;
              setCopied({ result: result.data, databaseUrl });
              return undefined;
            }}
          />
        )}
        {copied !== undefined && (
          <Group justify="space-between" aria-label="Last copy">
            <Text size="sm">
              Copied and verified: {copied.result.verified.customers} customers,{' '}
              {copied.result.verified.openInvoices} open invoices.
            </Text>
            <Button size="xs" onClick={() => void openServer(copied.databaseUrl)}>
              Open the copy now
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
