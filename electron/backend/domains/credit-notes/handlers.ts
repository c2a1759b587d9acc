/**
 * `creditNotes.create`: a credit note against a standard invoice that was issued. It reduces what
 * is due first; the rest, and all of it on a paid invoice, is credited to the balance.
 */
import { AppError } from '../../../../shared/errors.ts';
import {
  addMinor,
  parseMoney,
  subtractMinor,
  toMoney,
  type MinorUnits,
} from '../../../../shared/money.ts';
import { writeAudit } from '../../audit/write.ts';
import type { Handler, HandlerMap } from '../../handler.ts';
import { newId } from '../../ledger/hash.ts';
import { postEntry } from '../../core/post-entry.ts';
import { toBalance } from '../../core/balances.ts';
import { requireCustomer } from '../../core/customers.ts';
import { bringUpToDate } from '../../core/up-to-date.ts';
import { requireInvoice, saveInvoice, toInvoice } from '../../core/invoices.ts';
import {
  amountDueOf,
  requireTransition,
  splitCreditNote,
  statusAfterSettlement,
} from '../invoices/rules.ts';
import { requireReason } from '../../core/require.ts';
import { insertCreditNote, type CreditNoteRow } from './repo.ts';

/** Errors in order: REASON_REQUIRED, NOT_FOUND, CONFLICT (state or kind), VALIDATION, EXCEEDS_OUTSTANDING. */
const create: Handler<'creditNotes.create'> = async (input, ctx) => {
  const reason = requireReason(input.reason);
  const invoice = await requireInvoice(ctx, input.invoiceId);
  requireTransition(invoice.status, 'creditNote');
  if (invoice.kind !== 'standard') {
    throw new AppError(
      'CONFLICT',
      `A ${invoice.kind} invoice takes no credit note; void it instead`,
    );
  }
  const found = await requireCustomer(ctx, invoice.customerId);
  const amountMinor = parseMoney(input.amount, invoice.currency, 'amount');
  const customer = await bringUpToDate(ctx, found);
  const split = splitCreditNote(invoice, amountMinor);
  const row: CreditNoteRow = {
    id: newId('crn'),
    invoiceId: invoice.id,
    customerId: customer.id,
    amountMinor,
    reducedDueMinor: split.reducedDueMinor,
    creditedToBalanceMinor: split.toBalanceMinor,
    reason,
    actorId: ctx.actor.id,
    createdAt: ctx.nowAt,
  };
  await insertCreditNote(ctx, row);
  const credited = {
    ...invoice,
    creditNotedMinor: addMinor(invoice.creditNotedMinor, amountMinor),
    creditAppliedMinor: subtractMinor(invoice.creditAppliedMinor, split.displacedCreditMinor),
    amountPaidMinor: subtractMinor(invoice.amountPaidMinor, split.displacedPaidMinor),
  };
  const dueMinor = amountDueOf(credited);
  const saved = await saveInvoice(ctx, {
    ...credited,
    amountDueMinor: dueMinor,
    status: statusAfterSettlement(credited.status, dueMinor),
  });
  const current =
    split.toBalanceMinor > 0
      ? (
          await postEntry(ctx, {
            customer,
            type: 'credit_note',
            amountMinor: split.toBalanceMinor,
            reason,
            description: `Credit note on invoice ${invoice.number ?? invoice.id}`,
            links: { invoiceId: invoice.id, creditNoteId: row.id },
            grant: { kind: 'paid', expiresOn: null },
          })
        ).customer
      : customer;
  const money = (value: MinorUnits) => toMoney(value, invoice.currency);
  const creditNote = {
    id: row.id,
    invoiceId: row.invoiceId,
    customerId: row.customerId,
    amount: money(row.amountMinor),
    reducedDue: money(row.reducedDueMinor),
    creditedToBalance: money(row.creditedToBalanceMinor),
    reason: row.reason,
    actorId: row.actorId,
    createdAt: row.createdAt,
  };
  await writeAudit(ctx, {
    action: 'creditNotes.create',
    entityType: 'invoice',
    entityId: invoice.id,
    reason,
    before: { status: invoice.status, amountDue: money(invoice.amountDueMinor) },
    after: { creditNote, status: saved.status, amountDue: money(dueMinor) },
  });
  return {
    creditNote,
    invoice: await toInvoice(ctx, saved),
    balance: await toBalance(ctx, current),
  };
};

export const creditNoteHandlers: HandlerMap<'creditNotes.create'> = {
  'creditNotes.create': create,
};
