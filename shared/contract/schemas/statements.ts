/** Input schemas of statements and document exports. */
import { z } from 'zod';
import { date, id } from './common.ts';

export const EXPORT_PATH_MAX = 4096;

/** An absolute file path chosen in a save dialog. */
export const exportPath = z
  .string()
  .min(1, 'is required')
  .max(EXPORT_PATH_MAX)
  .refine(
    (text) => text.startsWith('/') || /^[A-Za-z]:[\\/]/.test(text),
    'must be an absolute path',
  )
  .refine((text) => !text.includes('\0'), 'must not contain a NUL character');

/**
 * True only when the person agreed to replace a file already at `path` (the save dialog asked);
 * without it an export never replaces a file. The shell sets it, never the page.
 */
export const exportOverwrite = z.boolean().optional();

const range = { customerId: id, from: date, to: date };
const target = { path: exportPath, overwrite: exportOverwrite };

export const statementsGet = z.strictObject(range);
export const statementsExportPdf = z.strictObject({ ...range, ...target });
export const statementsExportCsv = z.strictObject({ ...range, ...target });
export const invoicesExportPdf = z.strictObject({ invoiceId: id, ...target });
