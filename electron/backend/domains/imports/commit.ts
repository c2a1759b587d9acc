/**
 * `imports.commit`: one file written as one batch in the call's one transaction. Checks, in
 * order: the file (VALIDATION on `path`), the mapping (VALIDATION on `mapping.<field>`), then
 * the same file already standing (returns that batch, writes nothing), a header problem
 * (VALIDATION on `mapping`), refused rows without `skipRefused` (VALIDATION on `skipRefused`),
 * no row left to write (VALIDATION on `path`). Then the batch, each accepted row in file order
 * with its batch item, and one audit event. The event loop is let go between slices of rows
 * (the store's queue keeps every other call out until the transaction ends).
 */
import type { ImportCommitted, ImportProblem } from '../../../../shared/contract/import-types.ts';
import type { ImportCommitInput } from '../../../../shared/contract/schemas/imports.ts';
import { AppError } from '../../../../shared/errors.ts';
import { writeAudit } from '../../audit/write.ts';
import type { Context } from '../../context.ts';
import { interpretFileInTurns, type InterpretedRow } from '../../imports/interpret.ts';
import { CurrencyTotals } from '../../imports/totals.ts';
import { newId } from '../../ledger/hash.ts';
import { readImportFile } from './read-file.ts';
import {
  insertBatch,
  insertBatchItems,
  standingBatch,
  type BatchItemRow,
  type BatchRow,
} from './repo.ts';
import { IMPORT_ROWS_PER_SLICE, IMPORT_ROWS_PER_TURN, toImportBatch } from './rules.ts';
import { writeCustomerRow } from './write-customers.ts';
import { Customers, writeMoneyRow } from './write-money.ts';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function commitImport(
  input: ImportCommitInput,
  ctx: Context,
): Promise<ImportCommitted> {
  const { file, request } = await readImportFile(ctx, input);
  const standing = await standingBatch(ctx, { sha256: file.sha256, kind: input.kind });
  if (standing) return { ...toImportBatch(standing), isNew: false };
  const accepted: InterpretedRow[] = [];
  const problems: ImportProblem[] = [];
  const totals = new CurrencyTotals(input.kind);
  const turns = { rowsPerTurn: IMPORT_ROWS_PER_TURN, pause: nextTurn };
  const read = await interpretFileInTurns(request, turns, (row) => {
    if (row.problems.length > 0) problems.push(...row.problems.slice(0, 1));
    else {
      accepted.push(row);
      totals.add(row.values);
    }
  });
  refuseUnwritable({ input, headerProblems: read.headerProblems, problems, accepted });
  const batch: BatchRow = {
    id: newId('imp'),
    kind: input.kind,
    fileName: file.fileName,
    sha256: file.sha256,
    rowCount: accepted.length,
    skippedCount: file.rows.length - accepted.length,
    totalsJson: JSON.stringify(totals.list()),
    actorId: ctx.actor.id,
    importedAt: ctx.nowAt,
    undoneAt: null,
    undoneBy: null,
    undoReason: null,
  };
  await insertBatch(ctx, batch);
  await writeRows(ctx, batch, accepted);
  const result = toImportBatch(batch);
  await writeAudit(ctx, {
    action: 'imports.commit',
    entityType: 'import_batch',
    entityId: batch.id,
    after: result,
  });
  return { ...result, isNew: true };
}

type Refusals = {
  input: ImportCommitInput;
  headerProblems: readonly ImportProblem[];
  problems: readonly ImportProblem[];
  accepted: readonly InterpretedRow[];
};

function refuseUnwritable(refusals: Refusals): void {
  const [header] = refusals.headerProblems;
  if (header) {
    const words = header.column ? `${header.column} ${header.message}` : header.message;
    throw new AppError('VALIDATION', words, 'mapping');
  }
  const [first] = refusals.problems;
  if (first && refusals.input.skipRefused !== true) {
    const where = `row ${first.row}${first.column ? `, ${first.column}` : ''}`;
    throw new AppError(
      'VALIDATION',
      `${refusals.problems.length} rows are refused (first: ${where} ${first.message}); ` +
        'correct them or choose to skip them',
      'skipRefused',
    );
  }
  if (refusals.accepted.length === 0) {
    throw new AppError('VALIDATION', 'The file has no row to import', 'path');
  }
}

/**
 * The rows in slices: each slice planned, then written (its entries and lots, then its batch
 * items); the event loop is let go once a turn's time budget is spent, counting the writing, so
 * no turn holds it much past the budget. The store's queue keeps every other call out meanwhile.
 */
async function writeRows(
  ctx: Context,
  batch: BatchRow,
  rows: readonly InterpretedRow[],
): Promise<void> {
  const customers = new Customers();
  const reason = `Imported from ${batch.fileName}`;
  let items: BatchItemRow[] = [];
  let spent = ctx.batchBudget();
  for (const [position, row] of rows.entries()) {
    if (items.length >= IMPORT_ROWS_PER_SLICE) {
      await writeSlice(ctx, customers, items);
      items = [];
    }
    if (spent()) {
      await nextTurn();
      spent = ctx.batchBudget();
    }
    const item = { batchId: batch.id, position, row: row.row };
    if (batch.kind === 'customers') {
      const written = await writeCustomerRow(ctx, row, reason);
      items.push({
        ...item,
        entityType: written.before ? 'customer_updated' : 'customer_created',
        entityId: written.customerId,
        effectiveOn: null,
        beforeJson: written.before ? JSON.stringify(written.before) : null,
      });
      continue;
    }
    const write = { kind: request(batch), fileName: batch.fileName, row, customers };
    const written = await writeMoneyRow(ctx, write);
    items.push({ ...item, ...written, beforeJson: null });
  }
  await writeSlice(ctx, customers, items);
}

async function writeSlice(
  ctx: Context,
  customers: Customers,
  items: readonly BatchItemRow[],
): Promise<void> {
  await customers.posting.flush(ctx);
  await insertBatchItems(ctx, items);
}

function request(batch: BatchRow) {
  return batch.kind as ImportCommitInput['kind'];
}
