/**
 * Builders for the import tests: a CSV text as bytes, existing customers, and a preview of a
 * CSV text with the headers matched unless a mapping is given.
 */
import type { ImportPreview, ImportProblem } from '../../shared/contract/import-types.ts';
import type {
  DateOrder,
  DecimalSeparator,
  ImportKind,
  ImportMapping,
} from '../../shared/contract/schemas/imports.ts';
import type { ExistingCustomer } from '../../electron/backend/imports/customer-match.ts';
import { fileSha256 } from '../../electron/backend/imports/file-digest.ts';
import { previewImport } from '../../electron/backend/imports/preview.ts';
import { readCsv } from '../../electron/backend/imports/read-csv.ts';

export function bytesOf(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Lines joined with CRLF, as spreadsheets write them. */
export function csv(...lines: string[]): string {
  return `${lines.join('\r\n')}\r\n`;
}

export function givenCustomer(overrides: Partial<ExistingCustomer> = {}): ExistingCustomer {
  return {
    id: 'customer-1',
    externalId: null,
    name: 'Acme Studio',
    email: 'billing@acme.test',
    currency: 'EUR',
    ...overrides,
  };
}

export type PreviewOptions = {
  mapping?: ImportMapping;
  decimalSeparator?: DecimalSeparator;
  dateOrder?: DateOrder;
  customers?: ExistingCustomer[];
  today?: string;
};

/** The business date of every preview unless a test says otherwise. */
export const TODAY = '2026-12-04';

export function previewOf(
  kind: ImportKind,
  text: string,
  options: PreviewOptions = {},
): ImportPreview {
  const bytes = bytesOf(text);
  return previewImport({
    kind,
    table: readCsv(bytes),
    sha256: fileSha256(bytes),
    mapping: options.mapping ?? {},
    decimalSeparator: options.decimalSeparator,
    dateOrder: options.dateOrder,
    customers: options.customers ?? [givenCustomer()],
    today: options.today ?? TODAY,
  });
}

/** The problems as `row column: message`, short enough to compare whole. */
export function problemsOf(preview: ImportPreview): string[] {
  return preview.problems.map(
    (problem: ImportProblem) => `${problem.row} ${problem.column ?? '-'}: ${problem.message}`,
  );
}
