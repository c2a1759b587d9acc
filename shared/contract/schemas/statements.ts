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

const range = { customerId: id, from: date, to: date };

export const statementsGet = z.object(range);
export const statementsExportPdf = z.object({ ...range, path: exportPath });
export const statementsExportCsv = z.object({ ...range, path: exportPath });
export const invoicesExportPdf = z.object({ invoiceId: id, path: exportPath });
