/**
 * A whole file read as the commit will write it, as a pure function of its rows, the mapping,
 * the reading choices and the existing customers: each row's values, problems, customer and
 * create-or-update, handed to `visit` one row at a time so that 100,000 rows are never all held
 * read at once. The preview summarises them; the commit (next step of issue #14) writes the
 * rows that have no problem.
 */
import type { ImportCustomerAction, ImportProblem } from '../../../shared/contract/import-types.ts';
import type {
  DateOrder,
  DecimalSeparator,
  ImportKind,
  ImportMapping,
} from '../../../shared/contract/schemas/imports.ts';
import { foldText } from '../../../shared/text-fold.ts';
import { chooseReading, chooseReadingInTurns, type Chosen } from './choices.ts';
import { indexCustomers, type ExistingCustomer } from './customer-match.ts';
import { customerVerdict, type FileMemory } from './customer-rules.ts';
import { kindRules, type RuleBreach } from './kind-rules.ts';
import { resolveMapping } from './mapping.ts';
import type { CsvRow, CsvTable } from './read-csv.ts';
import { readRow, type ReadContext, type RowValues } from './row-read.ts';

export type InterpretRequest = {
  kind: ImportKind;
  table: CsvTable;
  /** The caller's mapping; an empty one means "match the headers". */
  mapping: ImportMapping;
  decimalSeparator?: DecimalSeparator | undefined;
  dateOrder?: DateOrder | undefined;
  customers: readonly ExistingCustomer[];
  /** Today's business date (`YYYY-MM-DD`, from the injected clock). */
  today: string;
  /** The book's closing date (Settings): no row may be dated on or before it. */
  closingDate?: string | null;
  /** The invoice numbers the book already holds (none when left out). */
  invoiceNumbers?: readonly string[];
};

export type InterpretedRow = {
  row: number;
  values: RowValues;
  problems: ImportProblem[];
  customerId: string | null;
  action: ImportCustomerAction | null;
};

export type InterpretedFile = Chosen & {
  mapping: ImportMapping;
  /** Problems of the mapping itself, on the header row: then no row is read. */
  headerProblems: ImportProblem[];
};

export function interpretFile(
  request: InterpretRequest,
  visit: (row: InterpretedRow) => void,
): InterpretedFile {
  const { file, interpretRow } = prepare(request);
  if (interpretRow === null) return file;
  for (const source of request.table.rows) visit(interpretRow(source));
  return file;
}

/**
 * As `interpretFile`, letting the event loop turn (`pause`) after every `rowsPerTurn` rows, so a
 * large file never holds it for the whole reading; a `visit` that returns a promise (a commit
 * writing the row) is awaited before the next row is read.
 */
export async function interpretFileInTurns(
  request: InterpretRequest,
  turns: { rowsPerTurn: number; pause: () => Promise<void> },
  visit: (row: InterpretedRow) => Promise<void> | void,
): Promise<InterpretedFile> {
  const resolved = resolveMapping(request.kind, request.table.headers, request.mapping);
  const chosen = await chooseReadingInTurns(request.table.rows, resolved.columns, request, turns);
  const { file, interpretRow } = prepare(request, chosen);
  if (interpretRow === null) return file;
  for (const [index, source] of request.table.rows.entries()) {
    if (index > 0 && index % turns.rowsPerTurn === 0) await turns.pause();
    const visited = visit(interpretRow(source));
    if (visited) await visited;
  }
  return file;
}

type Prepared = {
  file: InterpretedFile;
  /** Null when the mapping itself has problems: then no row is read. */
  interpretRow: ((source: CsvRow) => InterpretedRow) | null;
};

/** `chosen`: the reading already chosen (in turns), else chosen here in one go. */
function prepare(request: InterpretRequest, chosen?: Chosen): Prepared {
  const { kind, table } = request;
  const resolved = resolveMapping(kind, table.headers, request.mapping);
  chosen ??= chooseReading(table.rows, resolved.columns, request);
  const file = { ...chosen, mapping: resolved.mapping, headerProblems: resolved.problems };
  if (resolved.problems.length > 0) return { file, interpretRow: null };
  const context: ReadContext = {
    kind,
    headers: table.headers,
    columns: resolved.columns,
    choices: chosen.choices,
  };
  const memory: FileMemory = {
    customers: indexCustomers(request.customers),
    rowsByValues: new Map(),
    keys: new Map(),
    bookNumbers: new Set((request.invoiceNumbers ?? []).map((number) => foldText(number))),
  };
  const interpretRow = (source: CsvRow): InterpretedRow => {
    const read = readRow(source, context);
    const verdict = customerVerdict(kind, read.row, read.values, memory);
    const breaches = [...kindRules(kind, read.values, request), ...verdict.breaches];
    const problems = [
      ...read.problems,
      ...breaches.map((breach) => problemOf(read.row, breach, context)),
    ];
    return { ...read, problems, customerId: verdict.customerId, action: verdict.action };
  };
  return { file, interpretRow };
}

/** Every row read, for a caller that wants them all at once (tests, a small file). */
export function interpretAll(
  request: InterpretRequest,
): InterpretedFile & { rows: InterpretedRow[] } {
  const rows: InterpretedRow[] = [];
  return { ...interpretFile(request, (row) => rows.push(row)), rows };
}

function problemOf(row: number, breach: RuleBreach, context: ReadContext): ImportProblem {
  if (breach.field === '') return { row, column: null, message: breach.why };
  const column = context.headers[context.columns.get(breach.field) ?? -1] ?? breach.field;
  return { row, column, message: breach.why };
}
