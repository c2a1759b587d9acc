/**
 * The mapping a preview uses: the caller's, or, when the caller gives none, the headers matched
 * to fields (header-match). A mapped header the file does not have is a VALIDATION error on
 * `mapping.<field>`. A required field without a column, or a money file with no column naming
 * the customer, is a problem on the header row (row 1): no row is read until it is mapped.
 */
import { AppError } from '../../../shared/errors.ts';
import type { ImportProblem } from '../../../shared/contract/import-types.ts';
import {
  IMPORT_FIELDS,
  IMPORT_REQUIRED,
  type ImportKind,
  type ImportMapping,
} from '../../../shared/contract/schemas/imports.ts';
import { suggestMapping } from './header-match.ts';
import type { ColumnMap } from './row-read.ts';

export type ResolvedMapping = {
  mapping: ImportMapping;
  columns: ColumnMap;
  problems: ImportProblem[];
};

export function resolveMapping(
  kind: ImportKind,
  headers: readonly string[],
  given: ImportMapping,
): ResolvedMapping {
  const isGiven = Object.values(given).some((header) => header !== undefined);
  const mapping = isGiven ? given : suggestMapping(kind, headers);
  const columns = new Map<string, number>();
  const fields: readonly string[] = IMPORT_FIELDS[kind];
  for (const field of fields) {
    const header = mapping[field];
    if (header === undefined) continue;
    const column = headers.indexOf(header);
    if (column < 0) {
      throw new AppError('VALIDATION', `The file has no column "${header}"`, `mapping.${field}`);
    }
    columns.set(field, column);
  }
  return { mapping, columns, problems: mappingProblems(kind, columns) };
}

function mappingProblems(kind: ImportKind, columns: ColumnMap): ImportProblem[] {
  const required: readonly string[] = IMPORT_REQUIRED[kind];
  const problems = required
    .filter((field) => !columns.has(field))
    .map((field) => ({ row: 1, column: null, message: `No column is chosen for ${field}` }));
  const namesCustomer = columns.has('customerExternalId') || columns.has('customerName');
  if (kind !== 'customers' && !namesCustomer) {
    problems.push({
      row: 1,
      column: null,
      message: 'No column is chosen for customerName or customerExternalId',
    });
  }
  return problems;
}
