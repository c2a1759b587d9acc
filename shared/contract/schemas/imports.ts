/**
 * Input schemas of the `imports.*` channels (issue #14), strict (an unknown field is refused),
 * as CONTRACT.md names them: a file path, one kind of record per file with that kind's column
 * mapping (field name to the file's header), `options` (decimal separator and date order) when
 * the file is ambiguous, and `skipRefused` and `requestId` on commit.
 * The fields of each kind are listed here once, so the mapping, the header matcher and the
 * preview agree.
 */
import { z } from 'zod';
import { id, reason, requestId } from './common.ts';

export const IMPORT_PATH_MAX = 4096;
export const IMPORT_HEADER_MAX = 200;
/** Excel's own limit on a sheet's name is 31 characters; this leaves room. */
export const IMPORT_SHEET_NAME_MAX = 100;

export const IMPORT_KINDS = [
  'customers',
  'opening_lots',
  'opening_debt',
  'open_invoices',
  'balance_history',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Which customer a money row belongs to: an external id, else a name (and email). */
const CUSTOMER_REFERENCE = ['customerExternalId', 'customerName', 'customerEmail'] as const;

/** The fields of each kind, in the order the templates and the preview show them. */
export const IMPORT_FIELDS = {
  customers: [
    'externalId',
    'name',
    'currency',
    'email',
    'address',
    'paymentTermsDays',
    'hourlyRate',
    'billingMode',
    'creditLimit',
  ],
  opening_lots: [...CUSTOMER_REFERENCE, 'currency', 'amount', 'kind', 'expiresOn', 'openedOn'],
  opening_debt: [...CUSTOMER_REFERENCE, 'currency', 'amount', 'openedOn'],
  open_invoices: [...CUSTOMER_REFERENCE, 'currency', 'number', 'issuedOn', 'dueOn', 'amountDue'],
  balance_history: [...CUSTOMER_REFERENCE, 'currency', 'occurredOn', 'amount', 'description'],
} as const satisfies Record<ImportKind, readonly string[]>;

export type ImportField<K extends ImportKind = ImportKind> = (typeof IMPORT_FIELDS)[K][number];

/** Fields a row of the kind cannot do without (a customer reference is checked by the rules). */
export const IMPORT_REQUIRED: { [K in ImportKind]: readonly ImportField<K>[] } = {
  customers: ['name', 'currency'],
  opening_lots: ['currency', 'amount', 'openedOn'],
  opening_debt: ['currency', 'amount', 'openedOn'],
  open_invoices: ['currency', 'number', 'issuedOn', 'dueOn', 'amountDue'],
  balance_history: ['currency', 'occurredOn', 'amount'],
};

export const DECIMAL_SEPARATORS = ['dot', 'comma'] as const;
export type DecimalSeparator = (typeof DECIMAL_SEPARATORS)[number];
/** How a date such as 03/04/2026 reads: 3 April (`day_first`) or 4 March (`month_first`). */
export const DATE_ORDERS = ['day_first', 'month_first'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

const header = z.string().min(1).max(IMPORT_HEADER_MAX);

/** A mapping of one kind: each field to a header of the file, or left out when not imported. */
function mappingOf<K extends ImportKind>(kind: K) {
  const fields = IMPORT_FIELDS[kind] as readonly string[];
  const shape = Object.fromEntries(fields.map((field) => [field, header.optional()]));
  return z.strictObject(shape as Record<ImportField<K>, z.ZodOptional<typeof header>>);
}

/** How to read an ambiguous file; left out, the preview reads what the file shows. */
export const importOptions = z.strictObject({
  decimalSeparator: z.enum(DECIMAL_SEPARATORS).optional(),
  dateOrder: z.enum(DATE_ORDERS).optional(),
  /** A workbook's sheet to read, by name; its first sheet when left out (CSV: ignored). */
  sheet: z.string().trim().min(1, 'is required').max(IMPORT_SHEET_NAME_MAX).optional(),
});

const fileChoice = {
  path: z.string().trim().min(1, 'is required').max(IMPORT_PATH_MAX),
  options: importOptions.optional(),
};

/** What commit adds to the preview's input. */
const commitChoice = { skipRefused: z.boolean().optional(), requestId };

/** One kind's input, strict: a field of no kind (or of commit, on preview) is refused. */
function kindInput<K extends ImportKind, E extends z.ZodRawShape>(kind: K, extra: E) {
  return z.strictObject({
    ...fileChoice,
    kind: z.literal(kind),
    mapping: mappingOf(kind),
    ...extra,
  });
}

function importUnion<E extends z.ZodRawShape>(extra: E) {
  return z.discriminatedUnion('kind', [
    kindInput('customers', extra),
    kindInput('opening_lots', extra),
    kindInput('opening_debt', extra),
    kindInput('open_invoices', extra),
    kindInput('balance_history', extra),
  ]);
}

/** One file of one kind with that kind's mapping; a discriminated union on `kind`. */
export const importFile = importUnion({});
export type ImportFileInput = z.infer<typeof importFile>;
export type ImportMapping = Partial<Record<string, string>>;

export const importsPreview = importFile;

export const importsCommit = importUnion(commitChoice);
export type ImportCommitInput = z.infer<typeof importsCommit>;

/** Every batch, newest first (a book has few). */
export const importsList = z.strictObject({});

/** Undo needs a reason (REASON_REQUIRED when blank, as every reversal). */
export const importsUndo = z.strictObject({ batchId: id, reason, requestId });
