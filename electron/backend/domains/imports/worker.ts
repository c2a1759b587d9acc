/**
 * The script of the worker thread an import's commit runs on when the book is a file
 * (storage/worker-serve.ts): the whole call, admission to request record, in one transaction of
 * its own connection, off the main thread.
 */
import { serveCall } from '../../storage/worker-serve.ts';
import { commitImport } from './commit.ts';

void serveCall(commitImport as Parameters<typeof serveCall>[0]);
