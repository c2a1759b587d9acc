/**
 * Which book the shell serves (`app.book`), and switching it: opening a server book or going
 * back to the local file signs everyone out in the shell, so the page forgets its data and shows
 * the start screen of the book now served.
 */
import { useCallback, useEffect, useState } from 'react';
import type { BookLocation } from '../../../../shared/contract/app-channels.ts';
import type { ApiError } from '../../api/api-error.ts';
import { attempt } from '../../api/client.ts';
import { queryCache } from '../../api/query-cache.ts';
import { useSessionStore } from '../session/session-store.ts';

export function useBookLocation() {
  const [book, setBook] = useState<BookLocation | undefined>(undefined);
  const setUser = useSessionStore((state) => state.setUser);
  useEffect(() => {
    let isCurrent = true;
    void attempt('app.book', {}).then((result) => {
      if (isCurrent && result.ok) setBook(result.data.book);
    });
    return () => {
      isCurrent = false;
    };
  }, []);
  const switched = useCallback(
    (next: BookLocation) => {
      setBook(next);
      setUser(null);
      queryCache.reload();
    },
    [setUser],
  );
  const openServer = useCallback(
    async (databaseUrl: string): Promise<ApiError | undefined> => {
      const result = await attempt('app.openServerBook', { databaseUrl });
      if (!result.ok) return result.error;
      switched(result.data.book);
      return undefined;
    },
    [switched],
  );
  const openLocal = useCallback(async (): Promise<ApiError | undefined> => {
    const result = await attempt('app.openLocalBook', {});
    if (!result.ok) return result.error;
    switched(result.data.book);
    return undefined;
  }, [switched]);
  return { book, openServer, openLocal };
}

/** The book in words, for the start screen and Settings. */
export function bookWords(book: BookLocation | undefined): string {
  if (book === undefined) return '';
  return book.kind === 'local' ? 'The book on this computer' : `Server book ${book.address}`;
}
