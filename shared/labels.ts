/** Words people read for the engine's codes, shared by the renderer and the PDF layouts. */
import type {
  InvoiceKind,
  InvoiceStatus,
  LedgerEntryType,
  PaymentMethod,
} from './contract/types.ts';

export const ENTRY_TYPE_LABELS: Record<LedgerEntryType, string> = {
  top_up: 'Top-up',
  promotional_credit: 'Promotional credit',
  credit_note: 'Credit note',
  overpayment: 'Overpayment',
  adjustment: 'Adjustment',
  applied_to_invoice: 'Applied to invoice',
  unapplied_from_invoice: 'Returned from invoice',
  charge: 'Charge',
  refund: 'Refund',
  expiration: 'Expired credit',
  debt_payment: 'Debt payment',
  opening_balance: 'Opening balance',
  reversal: 'Reversal',
};

export const INVOICE_KIND_LABELS: Record<InvoiceKind, string> = {
  standard: 'Invoice',
  top_up: 'Top-up invoice',
  balance_due: 'Balance-due invoice',
};

export const INVOICE_STATUS_LABELS: Record<InvoiceStatus, string> = {
  draft: 'Draft',
  open: 'Open',
  paid: 'Paid',
  void: 'Void',
  uncollectible: 'Written off',
};

export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  bank_transfer: 'Bank transfer',
  card: 'Card',
  cash: 'Cash',
  cheque: 'Cheque',
  other: 'Other',
};
