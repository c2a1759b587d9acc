/**
 * Handlers of the `imports.*` channels (issue #14): the preview reads the file against the book
 * and writes nothing; commit and undo are in their own files (commit.ts, undo.ts); the list
 * gives every batch, newest first.
 */
import type { HandlerMap } from '../../handler.ts';
import { previewImportInTurns } from '../../imports/preview.ts';
import { commitImport } from './commit.ts';
import { readImportFile } from './read-file.ts';
import { allBatches } from './repo.ts';
import { IMPORT_ROWS_PER_TURN, toImportBatch } from './rules.ts';
import { undoImport } from './undo.ts';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

type ImportChannel = 'imports.preview' | 'imports.commit' | 'imports.list' | 'imports.undo';

export const importHandlers: HandlerMap<ImportChannel> = {
  'imports.preview': async (input, ctx) => {
    const { file, request } = await readImportFile(ctx, input);
    const turns = { rowsPerTurn: IMPORT_ROWS_PER_TURN, pause: nextTurn };
    const preview = await previewImportInTurns({ ...request, sha256: file.sha256 }, turns);
    return { ...preview, sheets: file.sheets };
  },
  'imports.commit': commitImport,
  'imports.list': async (_input, ctx) => (await allBatches(ctx)).map(toImportBatch),
  'imports.undo': undoImport,
};
