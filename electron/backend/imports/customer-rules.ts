/**
 * Rules across rows and against the existing customers. A customers row creates or updates a
 * customer (customer-match); a money row must belong to one existing customer, in that
 * customer's currency (a customer has one currency). The same customer twice in a customers
 * file, the same invoice number twice for one customer, and a row that repeats an earlier one
 * cell for cell are refused on the later row, naming the earlier.
 */
import { createHash } from 'node:crypto';
import type { ImportCustomerAction } from '../../../shared/contract/import-types.ts';
import type { ImportKind } from '../../../shared/contract/schemas/imports.ts';
import { foldText } from '../../../shared/text-fold.ts';
import { matchCustomer, nameEmailKey, type CustomerIndex } from './customer-match.ts';
import type { RuleBreach } from './kind-rules.ts';
import type { RowValues } from './row-read.ts';

type Seen = { row: number; currency: string | null };

/** What the rules remember between rows of one file. */
export type FileMemory = {
  customers: CustomerIndex;
  rowsByValues: Map<string, number>;
  keys: Map<string, Seen>;
  /** The invoice numbers already in the book, folded: an imported number must be new. */
  bookNumbers: ReadonlySet<string>;
};

/** The breaches, the create or update of a customers row, the customer a money row is for. */
export type CustomerVerdict = {
  breaches: RuleBreach[];
  action: ImportCustomerAction | null;
  customerId: string | null;
};

const NOTHING = { action: null, customerId: null } as const;

export function customerVerdict(
  kind: ImportKind,
  row: number,
  values: RowValues,
  memory: FileMemory,
): CustomerVerdict {
  const breaches = repeatBreaches(row, values, memory);
  const verdict =
    kind === 'customers' ? customerRow(row, values, memory) : moneyRow(kind, row, values, memory);
  return { ...verdict, breaches: [...breaches, ...verdict.breaches] };
}

/** Longer rows are remembered by a hash, so 100,000 rows of long addresses are not held twice. */
const REPEAT_KEY_CHARS_MAX = 128;

/** A row equal to an earlier one, value for value as read. */
function repeatBreaches(row: number, values: RowValues, memory: FileMemory): RuleBreach[] {
  const text = JSON.stringify(values);
  const key =
    text.length <= REPEAT_KEY_CHARS_MAX
      ? `=${text}`
      : `#${createHash('sha256').update(text).digest('base64')}`;
  const earlier = memory.rowsByValues.get(key);
  if (earlier !== undefined) return [{ field: '', why: `repeats row ${earlier}` }];
  memory.rowsByValues.set(key, row);
  return [];
}

function currencyBreach(kept: string, values: RowValues): RuleBreach[] {
  if (!values.currency || values.currency === kept) return [];
  return [{ field: 'currency', why: `is ${values.currency}, but the customer is kept in ${kept}` }];
}

function customerRow(row: number, values: RowValues, memory: FileMemory): CustomerVerdict {
  if (!values.name) return { breaches: [], ...NOTHING };
  const reference = {
    externalId: values.externalId ?? null,
    name: values.name,
    email: values.email ?? null,
  };
  const key = reference.externalId
    ? `id\u0000${reference.externalId}`
    : `name\u0000${nameEmailKey(reference.name, reference.email)}`;
  const earlier = memory.keys.get(key);
  if (earlier !== undefined) {
    const other =
      earlier.currency !== values.currency ? ` in ${earlier.currency ?? 'no currency'}` : '';
    const field = reference.externalId ? 'externalId' : 'name';
    return {
      breaches: [{ field, why: `is the same customer as row ${earlier.row}${other}` }],
      ...NOTHING,
    };
  }
  memory.keys.set(key, { row, currency: values.currency ?? null });
  const match = matchCustomer(memory.customers, reference);
  if (match.kind !== 'found') {
    return { breaches: [], action: { row, action: 'create', customerId: null }, customerId: null };
  }
  const customerId = match.customer.id;
  return {
    breaches: currencyBreach(match.customer.currency, values),
    action: { row, action: 'update', customerId },
    customerId,
  };
}

function moneyRow(
  kind: ImportKind,
  row: number,
  values: RowValues,
  memory: FileMemory,
): CustomerVerdict {
  const reference = {
    externalId: values.customerExternalId ?? null,
    name: values.customerName ?? null,
    email: values.customerEmail ?? null,
  };
  if (!reference.externalId && !reference.name) {
    const why = 'is required: name the customer or give its id';
    return { breaches: [{ field: 'customerName', why }], ...NOTHING };
  }
  const match = matchCustomer(memory.customers, reference);
  const field = reference.externalId ? 'customerExternalId' : 'customerName';
  if (match.kind === 'none') {
    const why = 'matches no customer: import the customers first';
    return { breaches: [{ field, why }], ...NOTHING };
  }
  if (match.kind === 'several') {
    const why = `matches ${match.count} customers: add the customer's email or id`;
    return { breaches: [{ field, why }], ...NOTHING };
  }
  const breaches = currencyBreach(match.customer.currency, values);
  if (kind === 'open_invoices' && values.number)
    breaches.push(...invoiceRepeat(row, match.customer.id, values.number, memory));
  return { breaches, action: null, customerId: match.customer.id };
}

function invoiceRepeat(
  row: number,
  customerId: string,
  number: string,
  memory: FileMemory,
): RuleBreach[] {
  if (memory.bookNumbers.has(foldText(number))) {
    return [{ field: 'number', why: 'is already the number of an invoice in the book' }];
  }
  const key = `invoice\u0000${customerId}\u0000${foldText(number)}`;
  const earlier = memory.keys.get(key);
  if (earlier !== undefined) return [{ field: 'number', why: `is also in row ${earlier.row}` }];
  memory.keys.set(key, { row, currency: null });
  return [];
}
