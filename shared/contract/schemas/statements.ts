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

/** `statements.snapshots`: a customer's kept statements, newest first, a page at a time. */
export const SNAPSHOTS_PAGE_MAX = 200;
export const statementsSnapshots = z.strictObject({
  customerId: id,
  limit: z.number().int().min(1).max(SNAPSHOTS_PAGE_MAX).default(50),
  cursor: z.string().max(40).optional(),
});

/** Writes a kept statement's bytes, as they were sent, to a path a chooser gave. */
export const statementsOpenSnapshot = z.strictObject({ snapshotId: id, ...target });

/**
 * A PDF to verify, by its path (the shell's staged copy of the file the page read). `overwrite`
 * is what the gate adds to every path it grants; verification writes nothing and ignores it.
 */
export const statementsVerify = z.strictObject({ path: exportPath, overwrite: exportOverwrite });

/** Writes an email draft (.eml) of a kept statement to `path` and records it as sent. */
export const statementsDraft = z.strictObject({ snapshotId: id, ...target });
