/**
 * Customer matching as a pure function over the existing customers (passed in): by external id
 * first; else by name and email folded (shared/text-fold: case and accents ignored); else, when
 * the row gives no email, by a name only one customer has. A name several customers share
 * without an email to tell them apart is `several`, never a guess.
 */
import { foldText } from '../../../shared/text-fold.ts';

export type ExistingCustomer = {
  id: string;
  externalId: string | null;
  name: string;
  email: string;
  currency: string;
};

export type CustomerReference = {
  externalId: string | null;
  name: string | null;
  email: string | null;
};

export type CustomerMatch =
  | { kind: 'found'; customer: ExistingCustomer; by: 'external_id' | 'name_and_email' | 'name' }
  | { kind: 'none' }
  | { kind: 'several'; count: number };

export type CustomerIndex = {
  byExternalId: Map<string, ExistingCustomer>;
  byNameAndEmail: Map<string, ExistingCustomer[]>;
  byName: Map<string, ExistingCustomer[]>;
};

/** The key two spellings of one name and email share. */
export function nameEmailKey(name: string, email: string | null): string {
  return `${foldText(name.trim())}\u0000${foldText((email ?? '').trim())}`;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Built once per preview, so matching 100,000 rows is one lookup each. */
export function indexCustomers(customers: readonly ExistingCustomer[]): CustomerIndex {
  const index: CustomerIndex = {
    byExternalId: new Map(),
    byNameAndEmail: new Map(),
    byName: new Map(),
  };
  for (const customer of customers) {
    if (customer.externalId) index.byExternalId.set(customer.externalId.trim(), customer);
    push(index.byNameAndEmail, nameEmailKey(customer.name, customer.email), customer);
    push(index.byName, foldText(customer.name.trim()), customer);
  }
  return index;
}

export function matchCustomer(index: CustomerIndex, reference: CustomerReference): CustomerMatch {
  if (reference.externalId) {
    const customer = index.byExternalId.get(reference.externalId.trim());
    if (customer) return { kind: 'found', customer, by: 'external_id' };
  }
  if (!reference.name) return { kind: 'none' };
  const candidates = reference.email
    ? index.byNameAndEmail.get(nameEmailKey(reference.name, reference.email))
    : index.byName.get(foldText(reference.name.trim()));
  const by = reference.email ? 'name_and_email' : 'name';
  // A customer who already has another external id is someone else of the same name.
  const usable = (candidates ?? []).filter(
    (customer) => !reference.externalId || !customer.externalId,
  );
  const [only] = usable;
  if (usable.length > 1) return { kind: 'several', count: usable.length };
  return only ? { kind: 'found', customer: only, by } : { kind: 'none' };
}
