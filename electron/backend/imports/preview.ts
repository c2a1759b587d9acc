/**
 * The preview as a pure function (rows + mapping + options + existing customers): every row's
 * problems as {row, column, message}, counts, the totals per currency the accepted rows would add
 * (exact sums of minor units, given as decimal strings), the first rows as read, and which rows
 * create and which update a customer. Writes nothing.
 */
import type {
  ImportPreview,
  ImportProblem,
  ImportTotal,
} from '../../../shared/contract/import-types.ts';
import type { ImportKind } from '../../../shared/contract/schemas/imports.ts';
import { parseMoney, toMoneyExact } from '../../../shared/money.ts';
import { BALANCE_MINOR_MAX } from '../../../shared/money-limits.ts';
import { interpretFile, type InterpretRequest, type InterpretedRow } from './interpret.ts';
import { IMPORT_PREVIEW_ROWS, IMPORT_PROBLEMS_MAX } from './limits.ts';

export type PreviewRequest = InterpretRequest & { sha256: string };

export function previewImport(request: PreviewRequest): ImportPreview {
  const file = interpretFile(request);
  const isRead = file.headerProblems.length === 0;
  const refused = isRead ? file.rows.filter((row) => row.problems.length > 0) : [];
  const accepted = isRead ? file.rows.filter((row) => row.problems.length === 0) : [];
  const problems: ImportProblem[] = [
    ...file.headerProblems,
    ...refused.flatMap((row) => row.problems),
  ];
  const actions = accepted.flatMap((row) => (row.action ? [row.action] : []));
  const rowCount = request.table.rows.length;
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
      accepted: accepted.length,
      refused: rowCount - accepted.length,
      creates: actions.filter((action) => action.action === 'create').length,
      updates: actions.filter((action) => action.action === 'update').length,
    },
    problems: problems.slice(0, IMPORT_PROBLEMS_MAX),
    problemCount: problems.length,
    refusedRows: isRead ? refused.map((row) => row.row) : request.table.rows.map((row) => row.row),
    totals: totalsOf(request.kind, accepted),
    rows: request.table.rows.slice(0, IMPORT_PREVIEW_ROWS).map((source, index) => ({
      row: source.row,
      cells: source.cells,
      values: file.rows[index]?.values ?? {},
    })),
    customerActions: actions,
  };
}

type Sums = { rows: number; balance: bigint; invoicesDue: bigint };

/** How a row moves its customer's balance (positive: credit) and what it leaves due. */
function effectOf(
  kind: ImportKind,
  row: InterpretedRow,
  currency: string,
): { balance: bigint; due: bigint } {
  const minorOf = (field: string): bigint => {
    const value = row.values[field];
    return value ? BigInt(parseMoney(value, currency, field, BALANCE_MINOR_MAX)) : 0n;
  };
  return {
    balance: kind === 'opening_debt' ? -minorOf('amount') : minorOf('amount'),
    due: minorOf('amountDue'),
  };
}

function totalsOf(kind: ImportKind, rows: readonly InterpretedRow[]): ImportTotal[] {
  const sums = new Map<string, Sums>();
  for (const row of rows) {
    const currency = row.values.currency;
    if (!currency) continue;
    const sum = sums.get(currency) ?? { rows: 0, balance: 0n, invoicesDue: 0n };
    const effect = effectOf(kind, row, currency);
    sums.set(currency, {
      rows: sum.rows + 1,
      balance: sum.balance + effect.balance,
      invoicesDue: sum.invoicesDue + effect.due,
    });
  }
  return [...sums]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, sum]) => ({
      currency,
      rows: sum.rows,
      balance: toMoneyExact(sum.balance, currency),
      invoicesDue: toMoneyExact(sum.invoicesDue, currency),
    }));
}
