/**
 * The gate's answers about which book is served (issue #19): `app.book` to anyone, and opening a
 * server book or going back to the local file from the start screen (nobody signed in) or by an
 * admin (Settings); never by anyone else, for a person signed in to one book may not take it away
 * from under the others. A switch signs everyone out: the people of a book are its own.
 */
import type { AppChannelName } from '../../shared/contract/app-channels.ts';
import type { User } from '../../shared/contract/types.ts';
import type { Result } from '../../shared/errors.ts';
import type { BookSwitch } from './book-switch.ts';

export const BOOKS_HERE_ONLY: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This app serves its own book only' },
};

export const ONLY_ADMINS_SWITCH: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Only an admin can open another book' },
};

export type BookChannel = 'app.book' | 'app.openServerBook' | 'app.openLocalBook';

export function isBookChannel(channel: AppChannelName): channel is BookChannel {
  return (
    channel === 'app.book' || channel === 'app.openServerBook' || channel === 'app.openLocalBook'
  );
}

export async function answerBooks(
  channel: BookChannel,
  input: unknown,
  options: {
    books: BookSwitch | undefined;
    currentUser: () => Promise<Result<{ user: User | null }>>;
    signOut: () => void;
  },
): Promise<Result<unknown>> {
  const { books } = options;
  if (channel === 'app.book') {
    return { ok: true, data: { book: books?.current() ?? { kind: 'local' } } };
  }
  if (books === undefined) return BOOKS_HERE_ONLY;
  const signedIn = await options.currentUser();
  if (!signedIn.ok) return signedIn;
  const user = signedIn.data.user;
  if (user !== null && user.role !== 'admin') return ONLY_ADMINS_SWITCH;
  const switched =
    channel === 'app.openServerBook'
      ? await books.openServer((input as { databaseUrl: string }).databaseUrl)
      : await books.openLocal();
  if (switched.ok) options.signOut();
  return switched;
}
