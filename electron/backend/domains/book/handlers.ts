/**
 * `book.export`: the whole book as a folder of CSV files. Steps: read every table and the audit
 * chain's head in one read transaction (one consistent snapshot); lay the files out, pausing
 * between parts so other calls are served, and write them into a new folder, both outside any
 * transaction; then log the export in the audit log. Errors, in order: VALIDATION on `path` (no
 * parent folder), CONFLICT on `path` (something is already there); both leave nothing behind and
 * log nothing.
 */
import { writeAudit } from '../../audit/write.ts';
import type { HandlerMap } from '../../handler.ts';
import { copyTo } from './copy-handler.ts';
import { writeBookFolder } from './folder.ts';
import { bookFiles } from './manifest.ts';
import { readBook } from './repo.ts';

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

export const bookHandlers: HandlerMap<'book.export' | 'book.copyTo'> = {
  'book.copyTo': copyTo,
  'book.export': {
    batched: async (input, batch) => {
      const snapshot = await batch((ctx) => readBook(ctx));
      const files = await bookFiles(snapshot, pause);
      const contents = writeBookFolder(input.path, files);
      const result = {
        path: input.path,
        files: contents.length,
        bytes: contents.reduce((sum, file) => sum + file.bytes, 0),
        exportedAt: snapshot.exportedAt,
        contents,
        auditHead: snapshot.auditHead,
      };
      await batch((ctx) =>
        writeAudit(ctx, {
          action: 'book.export',
          entityType: 'book',
          entityId: 'book',
          after: result,
        }),
      );
      return result;
    },
  },
};
