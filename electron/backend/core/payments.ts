/** Payments as the contract shows them. */
import type { Payment } from '../../../shared/contract/types.ts';
import { minor, toMoney } from '../../../shared/money.ts';
import type { payments } from '../db/schema.ts';

export type PaymentRow = typeof payments.$inferSelect;

export function toPayment(row: PaymentRow, currency: string): Payment {
  const money = (value: number) => toMoney(minor(value), currency);
  return {
    id: row.id,
    customerId: row.customerId,
    amount: money(row.amountMinor),
    method: row.method,
    reference: row.reference,
    receivedOn: row.receivedOn,
    invoiceId: row.invoiceId,
    appliedToInvoice: money(row.appliedToInvoiceMinor),
    creditedToBalance: money(row.creditedToBalanceMinor),
    actorId: row.actorId,
    createdAt: row.createdAt,
  };
}
