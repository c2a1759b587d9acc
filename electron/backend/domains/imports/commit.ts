/**
 * `imports.commit`: one file written as one batch in the call's one transaction. Checks, in
 * order: the file (VALIDATION on `path`), the mapping (VALIDATION on `mapping.<field>`), then
 * the same file already standing (returns that batch, writes nothing), a header problem
 * (VALIDATION on `mapping`), refused rows without `skipRefused` (VALIDATION on `skipRefused`),
 * no row left to write (VALIDATION on `path`). Then the batch, each accepted row in file order
 * with its batch item (write-rows.ts), and one audit event. A file of more than
 * IMPORT_ROWS_KEPT_MAX rows is read twice, once to check and once to write, so its read rows are
 * never all held; a smaller one keeps its accepted rows as the check read them. The event loop
 * is let go between slices (the store's queue keeps every other call out until it ends).
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
import { insertBatch, standingBatch, type BatchRow } from './repo.ts';
import { IMPORT_ROWS_KEPT_MAX, IMPORT_ROWS_PER_TURN, toImportBatch } from './rules.ts';
import { RowWriter } from './write-rows.ts';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function commitImport(
  input: ImportCommitInput,
  ctx: Context,
): Promise<ImportCommitted> {
  const { file, request } = await readImportFile(ctx, input);
  const standing = await standingBatch(ctx, { sha256: file.sha256, kind: input.kind });
  if (standing) return { ...toImportBatch(standing), isNew: false };
  const problems: ImportProblem[] = [];
  const totals = new CurrencyTotals(input.kind);
  const turns = { rowsPerTurn: IMPORT_ROWS_PER_TURN, pause: nextTurn };
  let acceptedCount = 0;
  // A small file keeps its accepted rows as read for the writing; a larger one is read again.
  const kept: InterpretedRow[] | null = file.rows.length <= IMPORT_ROWS_KEPT_MAX ? [] : null;
  // First pass: every row checked, nothing else held but the refusals and the totals.
  const read = await interpretFileInTurns(request, turns, (row) => {
    if (row.problems.length > 0) problems.push(...row.problems.slice(0, 1));
    else {
      acceptedCount += 1;
      totals.add(row.values);
      kept?.push(row);
    }
  });
  refuseUnwritable({ input, headerProblems: read.headerProblems, problems, acceptedCount });
  const batch: BatchRow = {
    id: newId('imp'),
    kind: input.kind,
    fileName: file.fileName,
    sha256: file.sha256,
    rowCount: acceptedCount,
    skippedCount: file.rows.length - acceptedCount,
    totalsJson: JSON.stringify(totals.list()),
    actorId: ctx.actor.id,
    importedAt: ctx.nowAt,
    undoneAt: null,
    undoneBy: null,
    undoReason: null,
  };
  await insertBatch(ctx, batch);
  // Second pass: the same reading (a pure function of the file and the book as read), each
  // accepted row written as it comes, so 100,000 read rows are never all held at once.
  const writer = new RowWriter(ctx, batch);
  if (kept !== null) for (const row of kept) await writer.write(row);
  else {
    await interpretFileInTurns(request, turns, (row) =>
      row.problems.length > 0 ? undefined : writer.write(row),
    );
  }
  await writer.finish();
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
  acceptedCount: number;
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
  if (refusals.acceptedCount === 0) {
    throw new AppError('VALIDATION', 'The file has no row to import', 'path');
  }
}
