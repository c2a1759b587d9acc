/**
 * The file of a preview or commit read as the book stands: its rows, the existing customers to
 * match against and the invoice numbers already used, read through the pure reader
 * (electron/backend/imports/). Writes nothing.
 */
import type { ImportFileInput } from '../../../../shared/contract/schemas/imports.ts';
import type { Context } from '../../context.ts';
import { closingDate } from '../../core/business-date.ts';
import type { InterpretRequest } from '../../imports/interpret.ts';
import { loadImportFile, type LoadedFile } from '../../imports/load-file.ts';
import { invoiceNumbers, matchableCustomers } from './repo.ts';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export type ReadFile = { file: LoadedFile; request: InterpretRequest };

export async function readImportFile(ctx: Context, input: ImportFileInput): Promise<ReadFile> {
  const file = await loadImportFile(input.path, nextTurn, input.options?.sheet);
  const isWorkbook = file.sheets.length > 0;
  const request: InterpretRequest = {
    kind: input.kind,
    table: file,
    mapping: input.mapping,
    // A workbook's numbers are number cells, written with a point; its text cells follow it too
    // unless the user chooses otherwise.
    decimalSeparator: input.options?.decimalSeparator ?? (isWorkbook ? 'dot' : undefined),
    dateOrder: input.options?.dateOrder,
    customers: await matchableCustomers(ctx),
    today: ctx.today,
    closingDate: await closingDate(ctx),
    invoiceNumbers: input.kind === 'open_invoices' ? await invoiceNumbers(ctx) : [],
  };
  return { file, request };
}
