/**
 * The preview as a pure function (rows + mapping + options + existing customers): every row's
 * problems as {row, column, message}, counts, the totals per currency the accepted rows would
 * add (exact sums of minor units, given as decimal strings), the first rows as read, and which
 * rows create and which update a customer. Writes nothing. Rows are summed as they are read, so
 * the preview of 100,000 rows keeps only its summary.
 */
import type {
  ImportCustomerAction,
  ImportPreview,
  ImportProblem,
  ImportRowRead,
} from '../../../shared/contract/import-types.ts';
import {
  interpretFile,
  interpretFileInTurns,
  type InterpretRequest,
  type InterpretedFile,
  type InterpretedRow,
} from './interpret.ts';
import { IMPORT_PREVIEW_ROWS, IMPORT_PROBLEMS_MAX } from './limits.ts';
import { CurrencyTotals } from './totals.ts';

export type PreviewRequest = InterpretRequest & { sha256: string };

/** What the preview keeps of the rows as they go by. */
class Summary {
  readonly problems: ImportProblem[] = [];
  problemCount = 0;
  readonly refusedRows: number[] = [];
  accepted = 0;
  readonly actions: ImportCustomerAction[] = [];
  readonly rows: ImportRowRead[] = [];
  readonly totals: CurrencyTotals;

  constructor(request: PreviewRequest) {
    this.totals = new CurrencyTotals(request.kind);
    this.rows = request.table.rows
      .slice(0, IMPORT_PREVIEW_ROWS)
      .map((source) => ({ row: source.row, cells: source.cells, values: {} }));
  }

  add(row: InterpretedRow, index: number): void {
    const shown = this.rows[index];
    if (shown) shown.values = row.values;
    if (row.problems.length > 0) {
      this.refuse(row.row, row.problems);
      return;
    }
    this.accepted += 1;
    if (row.action) this.actions.push(row.action);
    this.totals.add(row.values);
  }

  refuse(row: number, problems: readonly ImportProblem[]): void {
    this.refusedRows.push(row);
    this.problemCount += problems.length;
    const room = IMPORT_PROBLEMS_MAX - this.problems.length;
    if (room > 0) this.problems.push(...problems.slice(0, room));
  }
}

export function previewImport(request: PreviewRequest): ImportPreview {
  const summary = new Summary(request);
  let index = 0;
  const file = interpretFile(request, (row) => {
    summary.add(row, index);
    index += 1;
  });
  return previewOf(request, file, summary);
}

/** As `previewImport`, letting the event loop turn every `rowsPerTurn` rows. */
export async function previewImportInTurns(
  request: PreviewRequest,
  turns: { rowsPerTurn: number; pause: () => Promise<void> },
): Promise<ImportPreview> {
  const summary = new Summary(request);
  let index = 0;
  const file = await interpretFileInTurns(request, turns, (row) => {
    summary.add(row, index);
    index += 1;
  });
  return previewOf(request, file, summary);
}

function previewOf(
  request: PreviewRequest,
  file: InterpretedFile,
  summary: Summary,
): ImportPreview {
  const rowCount = request.table.rows.length;
  if (file.headerProblems.length > 0) {
    summary.problems.push(...file.headerProblems);
    summary.problemCount = file.headerProblems.length;
    summary.refusedRows.push(...request.table.rows.map((source) => source.row));
  }
  const creates = summary.actions.filter((action) => action.action === 'create').length;
  return {
    kind: request.kind,
    sha256: request.sha256,
    headers: request.table.headers,
    mapping: file.mapping,
    decimalSeparator: file.choices.separator,
    dateOrder: file.choices.dateOrder,
    mustChoose: file.mustChoose,
    counts: {
      kind: request.kind,
      rows: rowCount,
      accepted: summary.accepted,
      refused: rowCount - summary.accepted,
      creates,
      updates: summary.actions.length - creates,
    },
    problems: summary.problems,
    problemCount: summary.problemCount,
    refusedRows: summary.refusedRows,
    totals: summary.totals.list(),
    rows: summary.rows,
    customerActions: summary.actions,
  };
}
