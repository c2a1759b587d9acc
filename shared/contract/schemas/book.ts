/** Input schemas of the whole-book export (`book.export`) and copy (`book.copyTo`). */
import { z } from 'zod';
import { requestId } from './common.ts';
import { exportOverwrite, exportPath } from './statements.ts';

/**
 * `path` is the new folder to make and fill, handed out by the shell's folder chooser. An export
 * of the book never replaces anything, so `overwrite` (set by the shell) is accepted and ignored.
 */
export const bookExport = z.strictObject({ path: exportPath, overwrite: exportOverwrite });

/** A PostgreSQL connection string: the scheme, then at least a host or a database. */
export const DATABASE_URL_PATTERN = /^postgres(?:ql)?:\/\/\S+$/;
export const DATABASE_URL_MAX = 2048;

export const databaseUrl = z
  .string()
  .min(1, 'is required')
  .max(DATABASE_URL_MAX)
  .regex(DATABASE_URL_PATTERN, 'must be a postgres:// connection string');

/**
 * `book.copyTo` (issue #19): the whole book into a new book, a server book (`databaseUrl`, an
 * empty database) or a local file (`path`, a file that does not exist yet); exactly one of them.
 */
export const bookCopyTo = z.strictObject({
  target: z.union([
    z.strictObject({ databaseUrl }),
    z.strictObject({ path: exportPath.refine((text) => !text.endsWith('/'), 'must name a file') }),
  ]),
  requestId,
});
