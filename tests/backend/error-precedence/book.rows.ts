/**
 * Rows of the `book.copyTo` table: a file target (its folder missing, something already at its
 * path) and a server target (unreachable, a database holding a book) exclude each other, so each
 * row fails for its line alone. The database holding a book lives on a cluster made once for the
 * file (or the run's), stopped by the test file.
 */
import fs from 'node:fs';
import { createBackend } from '../../../electron/backend/index.ts';
import { rid } from '../../support/backend.ts';
import { givenCluster, newDatabase, type TestCluster } from '../../support/pg-book.ts';
import { tempDbPath } from '../../support/temp-file.ts';
import type { HandlerRows } from './setup.ts';

let cluster: Promise<TestCluster> | undefined;

/** Stops the cluster the rows started, if any. */
export async function stopRowsCluster(): Promise<void> {
  if (cluster) (await cluster).stop();
  cluster = undefined;
}

/** A database on the cluster that already holds a book (opened once, so it has its admin). */
async function databaseWithBook(): Promise<string> {
  cluster ??= givenCluster();
  const databaseUrl = await newDatabase((await cluster).url, 'taken');
  const backend = createBackend({ databaseUrl });
  await backend.invoke('settings.get', {});
  backend.close();
  return databaseUrl;
}

const copy = (target: Record<string, string>) => ({ input: { target, requestId: rid('copy') } });

export const bookRows: HandlerRows = {
  'book.copyTo': [
    {
      code: 'VALIDATION',
      field: 'target.path',
      arrange: () => copy({ path: '/no-such-folder-of-balancebook/copy.sqlite' }),
    },
    {
      code: 'CONFLICT',
      field: 'target.path',
      arrange: () => {
        const path = tempDbPath('there.sqlite');
        fs.writeFileSync(path, '');
        return copy({ path });
      },
    },
    {
      code: 'VALIDATION',
      field: 'target.databaseUrl',
      arrange: () => copy({ databaseUrl: 'postgres://balancebook@127.0.0.1:1/nothing' }),
    },
    {
      code: 'CONFLICT',
      field: 'target.databaseUrl',
      arrange: async () => copy({ databaseUrl: await databaseWithBook() }),
    },
  ],
};
