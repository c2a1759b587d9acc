/**
 * Handlers of the `payments.*` channels. A payment against an invoice pays what is due and the
 * excess becomes an `overpayment` credit; paying a top-up invoice credits the whole payment as a
 * `top_up`, paying a balance-due invoice credits it as a `debt_payment`. A payment with no
 * invoice pays open balance-due invoices first, oldest first (SPEC 12); the rest is a `top_up`.
 */
import type { LedgerEntryType, Payment } from '../../../../shared/contract/types.ts';
import { PAGE_LIMIT_DEFAULT } from '../../../../shared/contract/schemas/common.ts';
import { AppError, assert } from '../../../../shared/errors.ts';
import {
  addMinor,
  parseMoney,
  smallerMinor,
  subtractMinor,
  sumMinor,
  toMoney,
  ZERO_MINOR,
  type MinorUnits,
} from '../../../../shared/money.ts';
import { writeAudit } from '../../audit/write.ts';
import type { Context } from '../../context.ts';
import type { Handler, HandlerMap } from '../../handler.ts';
import { newId } from '../../ledger/hash.ts';
import { requireBusinessDate } from '../../core/business-date.ts';
import { postEntry, type CustomerRow } from '../../core/post-entry.ts';
import { decodeCursor, encodeCursor } from '../../paging.ts';
import { toBalance } from '../../core/balances.ts';
import { refreshBlock } from '../../core/credit-block.ts';
import { requireActive, requireCustomer } from '../../core/customers.ts';
import { bringUpToDate } from '../../core/up-to-date.ts';
import { requireInvoice, saveInvoice, toInvoice, type InvoiceRow } from '../../core/invoices.ts';
import {
  amountDueOf,
  requireTransition,
  splitPayment,
  statusAfterSettlement,
} from '../invoices/rules.ts';
import { toPayment, type PaymentRow } from '../../core/payments.ts';
import { insertPayment, openDebtNotices, paymentPage } from './repo.ts';

/** What the payment credits to the balance: [entry type, amount] pairs, in order. */
function balanceCredits(
  invoice: InvoiceRow | null,
  appliedMinor: MinorUnits,
  excessMinor: MinorUnits,
) {
  const credits: [LedgerEntryType, MinorUnits][] = [];
  if (invoice === null || invoice.kind === 'top_up') {
    credits.push(['top_up', addMinor(appliedMinor, excessMinor)]);
  } else {
    if (invoice.kind === 'balance_due') credits.push(['debt_payment', appliedMinor]);
    credits.push(['overpayment', excessMinor]);
  }
  return credits.filter(([, amountMinor]) => amountMinor > 0);
}

/**
 * Errors in order: NOT_FOUND (customer), CONFLICT (archived), NOT_FOUND (invoice),
 * CURRENCY_MISMATCH, VALIDATION, CONFLICT.
 */
async function checkPayment(ctx: Context, input: Parameters<Handler<'payments.record'>>[0]) {
  const found = requireActive(await requireCustomer(ctx, input.customerId));
  const invoice = input.invoiceId === undefined ? null : await requireInvoice(ctx, input.invoiceId);
  const currency = input.currency ?? found.currency;
  if (currency !== found.currency || (invoice && invoice.currency !== found.currency)) {
    throw new AppError(
      'CURRENCY_MISMATCH',
      `The customer is billed in ${found.currency}`,
      'currency',
    );
  }
  if (invoice && invoice.customerId !== found.id) {
    throw new AppError('VALIDATION', 'The invoice belongs to another customer', 'invoiceId');
  }
  await requireBusinessDate(ctx, input.receivedOn, 'receivedOn');
  const amountMinor = parseMoney(input.amount, found.currency, 'amount');
  if (invoice) requireTransition(invoice.status, 'pay');
  return { customer: await bringUpToDate(ctx, found), invoice, amountMinor };
}

/** One payment row's share of the money received: the invoice it pays (or none), how much. */
type Part = { invoice: InvoiceRow | null; amountMinor: MinorUnits };

/**
 * A payment against an invoice is one part. A plain payment pays the customer's open debt notices
 * first, oldest first, each as a row of its own (so every reader of payments per invoice stays
 * right); the rest, if any, is a top-up row.
 */
async function partsOf(
  ctx: Context,
  customerId: string,
  invoice: InvoiceRow | null,
  amount: MinorUnits,
) {
  if (invoice) return [{ invoice, amountMinor: amount }];
  const parts: Part[] = [];
  let left = amount;
  for (const notice of await openDebtNotices(ctx, customerId)) {
    if (left === ZERO_MINOR) break;
    const taken = smallerMinor(left, notice.amountDueMinor);
    parts.push({ invoice: notice, amountMinor: taken });
    left = subtractMinor(left, taken);
  }
  if (left > 0) parts.push({ invoice: null, amountMinor: left });
  return parts;
}

type Recorded = { customer: CustomerRow; payment: Payment; invoice: InvoiceRow | null };

/** Writes one part: its payment row, what it pays on its invoice, its entries and audit event. */
async function recordPart(
  ctx: Context,
  input: Parameters<Handler<'payments.record'>>[0],
  customer: CustomerRow,
  part: Part,
): Promise<Recorded> {
  const { invoice, amountMinor } = part;
  const { appliedMinor, excessMinor } = invoice
    ? splitPayment(invoice.amountDueMinor, amountMinor)
    : { appliedMinor: ZERO_MINOR, excessMinor: amountMinor };
  const credits = balanceCredits(invoice, appliedMinor, excessMinor);
  const row: PaymentRow = {
    id: newId('pay'),
    customerId: customer.id,
    invoiceId: invoice?.id ?? null,
    amountMinor,
    method: input.method,
    reference: input.reference ?? '',
    receivedOn: input.receivedOn,
    appliedToInvoiceMinor: appliedMinor,
    creditedToBalanceMinor: sumMinor(credits.map(([, credit]) => credit)),
    actorId: ctx.actor.id,
    createdAt: ctx.nowAt,
  };
  await insertPayment(ctx, row);
  const paidInvoice = invoice ? await payInvoice(ctx, invoice, appliedMinor) : null;
  let current = customer;
  for (const [type, creditMinor] of credits) {
    current = (
      await postEntry(ctx, {
        customer: current,
        type,
        amountMinor: creditMinor,
        description: describe(type, row, invoice),
        links: { paymentId: row.id, invoiceId: invoice?.id ?? null },
        grant: { kind: 'paid', expiresOn: null },
        effectiveOn: row.receivedOn,
      })
    ).customer;
  }
  const payment = toPayment(row, customer.currency);
  await writeAudit(ctx, {
    action: 'payments.record',
    entityType: 'payment',
    entityId: row.id,
    after: payment,
  });
  return { customer: current, payment, invoice: paidInvoice };
}

const record: Handler<'payments.record'> = async (input, ctx) => {
  const { customer, invoice, amountMinor } = await checkPayment(ctx, input);
  const recorded: Recorded[] = [];
  let current = customer;
  for (const part of await partsOf(ctx, customer.id, invoice, amountMinor)) {
    const done = await recordPart(ctx, input, current, part);
    recorded.push(done);
    current = done.customer;
  }
  // Paying an overdue balance-due invoice may lift a credit-limit block.
  current = (await refreshBlock(ctx, current)).customer;
  const [first] = recorded;
  assert(first, 'a payment writes at least one row');
  const settled = invoice ? [] : recorded.flatMap((done) => (done.invoice ? [done.invoice] : []));
  return {
    payment: first.payment,
    ...(invoice && first.invoice ? { invoice: await toInvoice(ctx, first.invoice) } : {}),
    ...(recorded.length > 1 ? { payments: recorded.map((done) => done.payment) } : {}),
    ...(settled.length > 0
      ? { settledInvoices: await Promise.all(settled.map((row) => toInvoice(ctx, row))) }
      : {}),
    balance: await toBalance(ctx, current),
  };
};

async function payInvoice(
  ctx: Context,
  invoice: InvoiceRow,
  appliedMinor: MinorUnits,
): Promise<InvoiceRow> {
  const paid = { ...invoice, amountPaidMinor: addMinor(invoice.amountPaidMinor, appliedMinor) };
  const dueMinor = amountDueOf(paid);
  const saved = await saveInvoice(ctx, {
    ...paid,
    amountDueMinor: dueMinor,
    status: statusAfterSettlement(paid.status, dueMinor),
  });
  await writeAudit(ctx, {
    action: 'invoices.pay',
    entityType: 'invoice',
    entityId: invoice.id,
    before: {
      status: invoice.status,
      amountDue: toMoney(invoice.amountDueMinor, invoice.currency),
    },
    after: { status: saved.status, amountDue: toMoney(dueMinor, invoice.currency) },
  });
  return saved;
}

function describe(type: LedgerEntryType, payment: PaymentRow, invoice: InvoiceRow | null): string {
  const by = `${payment.method.replace('_', ' ')}${payment.reference ? ` (ref ${payment.reference})` : ''}`;
  const on = invoice ? ` on invoice ${invoice.number ?? invoice.id}` : '';
  const words: Partial<Record<LedgerEntryType, string>> = {
    top_up: 'Payment received',
    debt_payment: 'Debt paid',
    overpayment: 'Overpayment',
  };
  return `${words[type] ?? type} by ${by}${on}`;
}

const list: Handler<'payments.list'> = async (input, ctx) => {
  const limit = input.limit ?? PAGE_LIMIT_DEFAULT;
  const before = decodeCursor(input.cursor, ['number']);
  const rows = await paymentPage(ctx, {
    limit,
    ...(input.customerId ? { customerId: input.customerId } : {}),
    ...(input.invoiceId ? { invoiceId: input.invoiceId } : {}),
    ...(before ? { beforeRowid: before[0] } : {}),
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((item) => toPayment(item.row, item.currency)),
    nextCursor: rows.length > limit && last ? encodeCursor([last.rowid]) : null,
  };
};

export const paymentHandlers: HandlerMap<'payments.record' | 'payments.list'> = {
  'payments.record': record,
  'payments.list': list,
};
