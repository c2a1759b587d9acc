/** Handlers of the `balance.*` channels. Each checks everything first, then writes. */
import type { GrantKind } from '../../../../shared/contract/types.ts';
import { PAGE_LIMIT_DEFAULT } from '../../../../shared/contract/schemas/common.ts';
import { refundBeyondRefundable } from '../../../../shared/contract/refundable.ts';
import { AppError } from '../../../../shared/errors.ts';
import { minor, negate, parseMoney, toMoney } from '../../../../shared/money.ts';
import { writeAudit } from '../../audit/write.ts';
import type { Context } from '../../context.ts';
import type { Handler, HandlerMap } from '../../handler.ts';
import { openGrants, postEntry, type CustomerRow, type PostEntry } from '../../core/post-entry.ts';
import { decodeCursor, encodeCursor } from '../../paging.ts';
import { debitFollowUp, type FollowUp } from '../../core/after-debit.ts';
import { requireActive, requireCustomer } from '../../core/customers.ts';
import { bringUpToDate } from '../../core/up-to-date.ts';
import { expireCustomer } from '../../core/expiry.ts';
import { requireReason } from '../../core/require.ts';
import { requireBusinessDate } from '../../core/business-date.ts';
import {
  allocationsOfEntries,
  shapeEntries,
  toBalance,
  toPostedEntry,
} from '../../core/balances.ts';
import { REFUNDABLE_GRANT_KINDS, refundableMinor, refuseSpending } from './rules.ts';
import { withDetails } from '../../core/entry-details.ts';
import { linksOf } from '../../core/entry-links.ts';
import { toHoursBudget } from '../../core/hours-budget.ts';
import { entryPage, reversalFacts } from './repo.ts';
import { reverse } from './reverse.ts';

const get: Handler<'balance.get'> = async (input, ctx) => {
  const found = await requireCustomer(ctx, input.customerId);
  const balance = await toBalance(ctx, await bringUpToDate(ctx, found));
  return { ...balance, hoursBudget: await toHoursBudget(ctx, found) };
};

const history: Handler<'balance.history'> = async (input, ctx) => {
  const found = await requireCustomer(ctx, input.customerId);
  if (input.from && input.to && input.from > input.to) {
    throw new AppError('VALIDATION', 'from must not be after to', 'from');
  }
  const customer = await bringUpToDate(ctx, found);
  const limit = input.limit ?? PAGE_LIMIT_DEFAULT;
  const before = decodeCursor(input.cursor, ['number']);
  const rows = await entryPage(ctx, {
    customerId: customer.id,
    limit,
    ...(before ? { beforeSeq: before[0] } : {}),
    ...(input.from ? { fromOn: input.from } : {}),
    ...(input.to ? { toOn: input.to } : {}),
  });
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  // Read once for both what each entry shows and its details.
  const allocations = await allocationsOfEntries(
    ctx,
    items.map((row) => row.id),
  );
  const links = await linksOf(ctx, items);
  const facts = await reversalFacts(ctx, items, links);
  const { currency } = customer;
  const entries = shapeEntries(items, currency, facts, allocations);
  return {
    items: await withDetails(ctx, items, entries, { currency, allocations, links }),
    nextCursor: rows.length > limit && last ? encodeCursor([last.seq]) : null,
  };
};

const topUp: Handler<'balance.topUp'> = async (input, ctx) => {
  const found = requireActive(await requireCustomer(ctx, input.customerId));
  const effectiveOn = await requireBusinessDate(ctx, input.effectiveOn, 'effectiveOn');
  const amountMinor = parseMoney(input.amount, found.currency, 'amount');
  // A lot dated back may already have expired: it is credited, then expires at once.
  if (input.expiresOn !== undefined && input.expiresOn < effectiveOn) {
    throw new AppError(
      'VALIDATION',
      'The expiry date must not be before the entry date',
      'expiresOn',
    );
  }
  const customer = await bringUpToDate(ctx, found);
  const kind: GrantKind = input.kind;
  const method = input.method ? ` by ${input.method.replace('_', ' ')}` : '';
  const reference = input.reference ? ` (ref ${input.reference})` : '';
  return post(
    ctx,
    'balance.topUp',
    {
      customer,
      type: kind === 'paid' ? 'top_up' : 'promotional_credit',
      amountMinor,
      reason: input.reason?.trim() || null,
      description: `${kind === 'paid' ? 'Top-up' : 'Promotional credit'}${method}${reference}`,
      grant: { kind, expiresOn: input.expiresOn ?? null },
      effectiveOn,
    },
    input.expiresOn !== undefined && input.expiresOn < ctx.today ? expireAtOnce : undefined,
  );
};

/** A lot dated back whose expiry date has passed expires as soon as it is credited. */
async function expireAtOnce(ctx: Context, customer: CustomerRow): Promise<FollowUp> {
  return { customer: await expireCustomer(ctx, customer), causedInvoices: [] };
}

/** A manual correction: not bound by the billing mode, so a debit may leave a debt. */
const adjust: Handler<'balance.adjust'> = async (input, ctx) => {
  const reason = requireReason(input.reason);
  const found = requireActive(await requireCustomer(ctx, input.customerId));
  const effectiveOn = await requireBusinessDate(ctx, input.effectiveOn, 'effectiveOn');
  const amountMinor = parseMoney(input.amount, found.currency, 'amount');
  const customer = await bringUpToDate(ctx, found);
  const isCredit = input.direction === 'credit';
  return post(
    ctx,
    'balance.adjust',
    {
      customer,
      type: 'adjustment',
      amountMinor: isCredit ? amountMinor : negate(amountMinor),
      reason,
      description: isCredit ? 'Manual credit adjustment' : 'Manual debit adjustment',
      grant: { kind: 'paid', expiresOn: null },
      effectiveOn,
    },
    isCredit ? undefined : debitFollowUp,
  );
};

const charge: Handler<'balance.charge'> = async (input, ctx) => {
  const found = requireActive(await requireCustomer(ctx, input.customerId));
  const effectiveOn = await requireBusinessDate(ctx, input.effectiveOn, 'effectiveOn');
  const amountMinor = parseMoney(input.amount, found.currency, 'amount');
  const customer = await bringUpToDate(ctx, found);
  const refusal = refuseSpending(customer, amountMinor);
  if (refusal) {
    const shortfall = toMoney(minor(refusal.shortfallMinor), customer.currency);
    throw new AppError(refusal.code, `The charge is ${shortfall} ${customer.currency} short`);
  }
  return post(
    ctx,
    'balance.charge',
    {
      customer,
      type: 'charge',
      amountMinor: negate(amountMinor),
      description: input.description,
      effectiveOn,
    },
    debitFollowUp,
  );
};

/** A refund pays money out, so it takes only paid credit, never promotional credit. */
const refund: Handler<'balance.refund'> = async (input, ctx) => {
  const reason = requireReason(input.reason);
  const found = requireActive(await requireCustomer(ctx, input.customerId));
  const effectiveOn = await requireBusinessDate(ctx, input.effectiveOn, 'effectiveOn');
  const amountMinor = parseMoney(input.amount, found.currency, 'amount');
  const customer = await bringUpToDate(ctx, found);
  const refundable = refundableMinor(await openGrants(ctx, customer.id));
  if (amountMinor > refundable) {
    const words = refundBeyondRefundable(
      toMoney(minor(refundable), customer.currency),
      customer.currency,
    );
    throw new AppError('INSUFFICIENT_BALANCE', words, 'amount');
  }
  const reference = input.reference ? ` (ref ${input.reference})` : '';
  return post(ctx, 'balance.refund', {
    customer,
    type: 'refund',
    amountMinor: negate(amountMinor),
    reason,
    description: `Refund by ${input.method.replace('_', ' ')}${reference}`,
    spendKinds: REFUNDABLE_GRANT_KINDS,
    effectiveOn,
  });
};

async function post(
  ctx: Context,
  action: string,
  request: PostEntry,
  then?: (ctx: Context, customer: CustomerRow) => Promise<FollowUp>,
) {
  const posted = await postEntry(ctx, request);
  const entry = toPostedEntry(posted, posted.customer.currency);
  await writeAudit(ctx, {
    action,
    entityType: 'customer',
    entityId: posted.customer.id,
    reason: request.reason ?? null,
    before: { balance: toMoney(minor(request.customer.balanceMinor), posted.customer.currency) },
    after: {
      entryId: entry.id,
      type: entry.type,
      amount: entry.amount,
      balance: entry.balanceAfter,
    },
  });
  const followUp = await then?.(ctx, posted.customer);
  const balance = await toBalance(ctx, followUp?.customer ?? posted.customer);
  const caused = followUp?.causedInvoices ?? [];
  return caused.length > 0 ? { entry, balance, causedInvoices: caused } : { entry, balance };
}

export const balanceHandlers: HandlerMap<
  | 'balance.get'
  | 'balance.history'
  | 'balance.topUp'
  | 'balance.adjust'
  | 'balance.charge'
  | 'balance.refund'
  | 'balance.reverse'
> = {
  'balance.get': get,
  'balance.history': history,
  'balance.topUp': topUp,
  'balance.adjust': adjust,
  'balance.charge': charge,
  'balance.refund': refund,
  'balance.reverse': reverse,
};
