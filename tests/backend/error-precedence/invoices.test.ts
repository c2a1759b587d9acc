/** Proves the error precedence of the invoice, payment and credit-note channels, one row per line. */
import { invoiceRows } from './invoices.rows.ts';
import { describeRows } from './setup.ts';

describeRows(invoiceRows);
