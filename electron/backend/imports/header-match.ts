/**
 * Headers pre-matched to the fields of a kind: folded (case and accents ignored, shared
 * text-fold) and stripped of spaces and punctuation, then compared with the field's name and a
 * few synonyms (no synonym serves two fields of one kind); the user's mapping replaces the guess.
 */
import { foldText } from '../../../shared/text-fold.ts';
import {
  IMPORT_FIELDS,
  type ImportKind,
  type ImportMapping,
} from '../../../shared/contract/schemas/imports.ts';

const CUSTOMER_NAME = ['customer', 'customername', 'client', 'clientname', 'kunde'];
const CUSTOMER_ID = ['customerid', 'clientid', 'customerexternalid', 'customernumber'];

/** Synonyms of each field, already folded; the field's own name is always one. */
const SYNONYMS: Record<string, readonly string[]> = {
  externalId: ['id', 'customerid', 'clientid', 'customernumber', 'reference'],
  name: ['customer', 'customername', 'client', 'clientname', 'company', 'nom', 'nazwa'],
  currency: ['ccy', 'currencycode', 'waehrung', 'wahrung', 'devise', 'waluta'],
  email: ['mail', 'emailaddress'],
  address: ['postaladdress', 'adresse', 'adres'],
  paymentTermsDays: ['terms', 'paymentterms', 'termsdays', 'netdays'],
  hourlyRate: ['rate', 'hourlyprice'],
  billingMode: ['mode', 'billing'],
  creditLimit: ['limit'],
  customerExternalId: CUSTOMER_ID,
  customerName: CUSTOMER_NAME,
  customerEmail: ['email', 'mail', 'customermail'],
  amount: ['value', 'sum', 'balance', 'betrag', 'montant', 'kwota'],
  kind: ['type', 'lotkind', 'credittype'],
  expiresOn: ['expiry', 'expires', 'expirydate', 'expirationdate', 'validuntil'],
  openedOn: ['date', 'openingdate', 'openedat', 'startdate'],
  number: ['invoice', 'invoicenumber', 'invoiceno', 'no'],
  issuedOn: ['issued', 'issuedate', 'invoicedate', 'date'],
  dueOn: ['due', 'duedate'],
  amountDue: ['due amount', 'outstanding', 'balancedue', 'open', 'openamount', 'amount'],
  occurredOn: ['date', 'bookedon', 'bookingdate', 'entrydate'],
  description: ['memo', 'text', 'note', 'details', 'reason'],
};

/** The key a header is compared by: folded, letters and digits only. */
export function headerKey(header: string): string {
  return foldText(header).replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The mapping a kind's fields would get from `headers`: first every exact name, then each
 * field's synonyms in their order, the first found kept.
 */
export function suggestMapping(kind: ImportKind, headers: readonly string[]): ImportMapping {
  const byKey = new Map(headers.map((header) => [headerKey(header), header]));
  const fields: readonly string[] = IMPORT_FIELDS[kind];
  const mapping: ImportMapping = {};
  const take = (field: string, key: string): void => {
    const header = byKey.get(key);
    if (mapping[field] === undefined && header !== undefined) mapping[field] = header;
  };
  for (const field of fields) take(field, headerKey(field));
  for (const field of fields) {
    for (const synonym of SYNONYMS[field] ?? []) take(field, headerKey(synonym));
  }
  return mapping;
}
