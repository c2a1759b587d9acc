/** Input schema of the whole-book export (`book.export`). */
import { z } from 'zod';
import { exportOverwrite, exportPath } from './statements.ts';

/**
 * `path` is the new folder to make and fill, handed out by the shell's folder chooser. An export
 * of the book never replaces anything, so `overwrite` (set by the shell) is accepted and ignored.
 */
export const bookExport = z.strictObject({ path: exportPath, overwrite: exportOverwrite });
