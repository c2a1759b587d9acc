/**
 * The sample file of each kind (resources/import-templates/, bundled as text) and its download:
 * a bookkeeper starts from the template's headers, which the wizard matches at once.
 */
import type { ImportField, ImportKind } from '../../../../shared/contract/schemas/imports.ts';
import balanceHistory from '../../../../resources/import-templates/balance-history.csv?raw';
import customers from '../../../../resources/import-templates/customers.csv?raw';
import openInvoices from '../../../../resources/import-templates/open-invoices.csv?raw';
import openingDebt from '../../../../resources/import-templates/opening-debt.csv?raw';
import openingLots from '../../../../resources/import-templates/opening-lots.csv?raw';

export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  customers: 'Customers',
  opening_lots: 'Opening credit lots',
  opening_debt: 'Opening debt',
  open_invoices: 'Open invoices',
  balance_history: 'Past balance history',
};

/** What each field is called on screen; the templates' headers name them in snake_case. */
export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  externalId: 'Your reference for the customer',
  name: 'Name',
  currency: 'Currency',
  email: 'Email',
  address: 'Address',
  paymentTermsDays: 'Payment terms (days)',
  hourlyRate: 'Hourly rate',
  billingMode: 'Billing mode',
  creditLimit: 'Credit limit',
  customerExternalId: "Customer's reference",
  customerName: "Customer's name",
  customerEmail: "Customer's email",
  amount: 'Amount',
  kind: 'Kind of credit (paid or promotional)',
  expiresOn: 'Expires on',
  openedOn: 'Received on',
  number: 'Invoice number',
  issuedOn: 'Issued on',
  dueOn: 'Due on',
  amountDue: 'Amount due',
  occurredOn: 'Date',
  description: 'Description',
};

/** The template's header of a field: `customerExternalId` is `customer_external_id`. */
export function templateHeaderOf(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

const TEMPLATES: Record<ImportKind, { fileName: string; text: string }> = {
  customers: { fileName: 'customers.csv', text: customers },
  opening_lots: { fileName: 'opening-lots.csv', text: openingLots },
  opening_debt: { fileName: 'opening-debt.csv', text: openingDebt },
  open_invoices: { fileName: 'open-invoices.csv', text: openInvoices },
  balance_history: { fileName: 'balance-history.csv', text: balanceHistory },
};

/** Saves the kind's template through the browser's download. */
export function downloadTemplate(kind: ImportKind): void {
  const template = TEMPLATES[kind];
  const url = URL.createObjectURL(new Blob([template.text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = template.fileName;
  link.click();
  URL.revokeObjectURL(url);
}
