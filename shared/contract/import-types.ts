/**
 * What the `imports.*` channels return (issue #14; CONTRACT.md names the shapes): the
 * preview gives every row's problems as {row, column, message} (the why of the issue), counts,
 * the totals per currency the import would add (decimal strings), the first rows as read
 * (`rows`), and which rows create and which update a customer. Rows are numbered as a
 * spreadsheet shows them: the header is row 1, the first record row 2.
 */
import type { MoneyString } from '../money.ts';
import type { DateOrder, DecimalSeparator, ImportKind, ImportMapping } from './schemas/imports.ts';

export type ImportProblem = {
  row: number;
  /** The file's header of the cell (or `column N` past the header); null for the whole row. */
  column: string | null;
  /** Why the row is refused, as the end of a sentence about the column ("is required"). */
  message: string;
};

export type ImportCounts = {
  kind: ImportKind;
  rows: number;
  accepted: number;
  refused: number;
  /** Customers rows only: how many create a customer and how many update one. */
  creates: number;
  updates: number;
};

/** What the accepted rows would add in one currency. */
export type ImportTotal = {
  currency: string;
  rows: number;
  /** The change to customer balances: credit lots and history added, debt subtracted. */
  balance: MoneyString;
  /** The amount still due on the open invoices. */
  invoicesDue: MoneyString;
};

export type ImportRowRead = {
  row: number;
  /** The cells as they stand in the file. */
  cells: string[];
  /** Each mapped field as read: a decimal string, an ISO date, trimmed text, or null if empty. */
  values: Record<string, string | null>;
};

export type ImportCustomerAction = {
  row: number;
  action: 'create' | 'update';
  /** The existing customer updated (or the one a money row belongs to); null for a create. */
  customerId: string | null;
};

export type ImportPreview = {
  kind: ImportKind;
  sha256: string;
  headers: string[];
  /** The mapping used: the caller's, or the headers matched to fields. */
  mapping: ImportMapping;
  decimalSeparator: DecimalSeparator | null;
  dateOrder: DateOrder | null;
  /** The user must choose before the file can be read: some cells read two ways. */
  mustChoose: { decimalSeparator: boolean; dateOrder: boolean };
  counts: ImportCounts;
  /** At most IMPORT_PROBLEMS_MAX, in row order; `problemCount` says how many there were. */
  problems: ImportProblem[];
  problemCount: number;
  refusedRows: number[];
  totals: ImportTotal[];
  /** The first IMPORT_PREVIEW_ROWS rows of the file, as they stand and as read. */
  rows: ImportRowRead[];
  customerActions: ImportCustomerAction[];
  /** A workbook's sheet names, the one read among them (none for a CSV file). */
  sheets?: string[];
};

/** One import as `imports.commit`, `imports.list` and `imports.undo` return it. */
export type ImportBatch = {
  id: string;
  kind: ImportKind;
  fileName: string;
  sha256: string;
  /** Rows written (refused rows skipped are not counted). */
  rowCount: number;
  /** Refused rows left out because the caller chose `skipRefused`. */
  skippedCount: number;
  /** What the written rows added, per currency (as the preview's totals). */
  totals: ImportTotal[];
  importedBy: string;
  importedAt: string;
  undoneAt: string | null;
  undoneBy: string | null;
  undoReason: string | null;
};

/** What `imports.commit` returns: the batch, and whether this call wrote it or found it. */
export type ImportCommitted = ImportBatch & {
  /** False when the same file (checksum and kind) was already imported: nothing was written. */
  isNew: boolean;
};
