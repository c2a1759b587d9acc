/**
 * The script of the worker thread an import's commit, or its undo, runs on when the book is a
 * file (storage/worker-serve.ts): the whole call, admission to request record, in one
 * transaction of its own connection, off the main thread.
 */
import { serveCall, type WorkerHandlers } from '../../storage/worker-serve.ts';
import { commitImport } from './commit.ts';
import { undoImport } from './undo.ts';

void serveCall({
  'imports.commit': commitImport,
  'imports.undo': undoImport,
} as WorkerHandlers);
