/** Handlers of the `customers.*` channels: one small function per channel. */
import { PAGE_LIMIT_DEFAULT } from '../../../../shared/contract/schemas/common.ts';
import { AppError } from '../../../../shared/errors.ts';
import { AMOUNT_MINOR_MAX, BALANCE_MINOR_MAX } from '../../../../shared/money-limits.ts';
import { parseMoney, toMoney, type MinorUnits } from '../../../../shared/money.ts';
import { writeAudit } from '../../audit/write.ts';
import type { Context } from '../../context.ts';
import type { Handler, HandlerMap } from '../../handler.ts';
import type { CustomerRow } from '../../core/post-entry.ts';
import { refreshBlock } from '../../core/credit-block.ts';
import { bringAllUpToDate, bringUpToDate } from '../../core/up-to-date.ts';
import { requireReason } from '../../core/require.ts';
import {
  nameKey,
  newCustomerRow,
  requireActive,
  requireCustomer,
  toCustomer,
  toCustomerSummary,
} from '../../core/customers.ts';
import { setHoursBudget } from './hours-budget.ts';
import { decodeCursor, encodeCursor } from '../../paging.ts';
import {
  customerPage,
  hasIssuedInvoice,
  insertCustomer,
  readDefaults,
  updateCustomer,
} from './repo.ts';

const create: Handler<'customers.create'> = async (input, ctx) => {
  const defaults = await readDefaults(ctx);
  const row = newCustomerRow(ctx, {
    name: input.name,
    currency: input.currency,
    email: input.email ?? '',
    address: input.address ?? '',
    paymentTermsDays: input.paymentTermsDays ?? defaults?.defaultPaymentTermsDays ?? 14,
    hourlyRateMinor: rateMinor(input.hourlyRate, input.currency),
    autoApplyCredit: input.autoApplyCredit ?? true,
  });
  await insertCustomer(ctx, row);
  const customer = toCustomer(row);
  await audit(ctx, 'customers.create', row.id, { after: customer });
  return customer;
};

const update: Handler<'customers.update'> = async (input, ctx) => {
  const row = await requireCustomer(ctx, input.customerId);
  const currency = input.currency ?? row.currency;
  if (currency !== row.currency && (await hasMovedMoney(ctx, row))) {
    throw new AppError('CONFLICT', 'The currency is fixed once money has moved', 'currency');
  }
  const rateChanged = input.hourlyRate !== undefined || currency !== row.currency;
  const next: CustomerRow = {
    ...row,
    name: input.name ?? row.name,
    nameKey: nameKey(input.name ?? row.name),
    currency,
    email: input.email ?? row.email,
    address: input.address ?? row.address,
    paymentTermsDays: input.paymentTermsDays ?? row.paymentTermsDays,
    hourlyRateMinor: rateChanged
      ? rateMinor(rateInput(input.hourlyRate, row), currency)
      : row.hourlyRateMinor,
    autoApplyCredit: input.autoApplyCredit ?? row.autoApplyCredit,
    updatedAt: ctx.nowAt,
  };
  return save(ctx, 'customers.update', row, next, null);
};

const get: Handler<'customers.get'> = async (input, ctx) => {
  const found = await requireCustomer(ctx, input.customerId);
  return toCustomer(await bringUpToDate(ctx, found));
};

const list: Handler<'customers.list'> = async (input, ctx) => {
  const limit = input.limit ?? PAGE_LIMIT_DEFAULT;
  const after = decodeCursor(input.cursor, ['string', 'string']);
  const rows = await customerPage(ctx, {
    includeArchived: input.includeArchived === true,
    search: input.search ? nameKey(input.search) : null,
    after,
    limit,
  });
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor([last.nameKey, last.id]) : null;
  // Each summary shows a balance: the customers on the page are brought up to date first.
  const current = await bringAllUpToDate(ctx, items);
  return { items: current.map(toCustomerSummary), nextCursor };
};

const setBillingMode: Handler<'customers.setBillingMode'> = async (input, ctx) => {
  const reason = requireReason(input.reason);
  const row = requireActive(await requireCustomer(ctx, input.customerId));
  if (input.mode === 'credit_limit' && input.creditLimit === undefined) {
    throw new AppError(
      'VALIDATION',
      'A credit limit is needed for the credit-limit mode',
      'creditLimit',
    );
  }
  if (input.mode !== 'credit_limit' && input.creditLimit !== undefined) {
    throw new AppError(
      'VALIDATION',
      'A credit limit applies only to the credit-limit mode',
      'creditLimit',
    );
  }
  const creditLimitMinor =
    input.creditLimit === undefined
      ? null
      : parseMoney(input.creditLimit, row.currency, 'creditLimit', BALANCE_MINOR_MAX);
  const next: CustomerRow = {
    ...row,
    billingMode: input.mode,
    creditLimitMinor,
    creditLimitBlocked: input.mode === 'credit_limit' ? row.creditLimitBlocked : false,
    updatedAt: ctx.nowAt,
  };
  await save(ctx, 'customers.setBillingMode', row, next, reason);
  // A customer switched to a credit limit with a balance-due invoice overdue is blocked at once.
  return toCustomer((await refreshBlock(ctx, next)).customer);
};

const unblockCreditLimit: Handler<'customers.unblockCreditLimit'> = async (input, ctx) => {
  const reason = requireReason(input.reason);
  const row = await bringUpToDate(ctx, await requireCustomer(ctx, input.customerId));
  if (row.billingMode !== 'credit_limit' || !row.creditLimitBlocked) {
    throw new AppError('CONFLICT', `The credit limit is not blocked (mode ${row.billingMode})`);
  }
  const next: CustomerRow = {
    ...row,
    creditLimitBlocked: false,
    creditLimitUnblockedAt: ctx.nowAt,
    updatedAt: ctx.nowAt,
  };
  return save(ctx, 'customers.unblockCreditLimit', row, next, reason);
};

const setReplenishment: Handler<'customers.setReplenishment'> = async (input, ctx) => {
  const row = requireActive(await requireCustomer(ctx, input.customerId));
  if (input.enabled && input.threshold === undefined) {
    throw new AppError('VALIDATION', 'A threshold is needed to turn replenishment on', 'threshold');
  }
  if (input.enabled && input.amount === undefined) {
    throw new AppError('VALIDATION', 'An amount is needed to turn replenishment on', 'amount');
  }
  // A threshold is compared with a balance, so it may be as large as one; the amount is one top-up.
  const money = (value: string | undefined, field: string, maxMinor: number) =>
    value === undefined ? null : parseMoney(value, row.currency, field, maxMinor);
  const next: CustomerRow = {
    ...row,
    replenishmentEnabled: input.enabled,
    replenishmentThresholdMinor:
      money(input.threshold, 'threshold', BALANCE_MINOR_MAX) ?? row.replenishmentThresholdMinor,
    replenishmentAmountMinor:
      money(input.amount, 'amount', AMOUNT_MINOR_MAX) ?? row.replenishmentAmountMinor,
    replenishmentRecurrence: input.recurrence ?? row.replenishmentRecurrence ?? 'always',
    updatedAt: ctx.nowAt,
  };
  return save(ctx, 'customers.setReplenishment', row, next, null);
};

async function save(
  ctx: Context,
  action: string,
  before: CustomerRow,
  next: CustomerRow,
  reason: string | null,
) {
  await updateCustomer(ctx, next);
  const customer = toCustomer(next);
  await audit(ctx, action, before.id, { before: toCustomer(before), after: customer, reason });
  return customer;
}

async function audit(
  ctx: Context,
  action: string,
  customerId: string,
  change: { before?: unknown; after: unknown; reason?: string | null },
): Promise<void> {
  await writeAudit(ctx, { action, entityType: 'customer', entityId: customerId, ...change });
}

function rateMinor(rate: string | null | undefined, currency: string): MinorUnits | null {
  return rate === null || rate === undefined ? null : parseMoney(rate, currency, 'hourlyRate');
}

/** Without a new rate, a change of currency keeps the rate's value, checked against the new digits. */
function rateInput(rate: string | null | undefined, row: CustomerRow): string | null | undefined {
  if (rate !== undefined || row.hourlyRateMinor === null) return rate;
  return toMoney(row.hourlyRateMinor, row.currency);
}

/** Money has moved once the ledger has an entry or an invoice was issued. */
async function hasMovedMoney(ctx: Context, row: CustomerRow): Promise<boolean> {
  if (row.lastSeq > 0) return true;
  return hasIssuedInvoice(ctx, row.id);
}

export const customerHandlers: HandlerMap<
  | 'customers.create'
  | 'customers.setHoursBudget'
  | 'customers.update'
  | 'customers.get'
  | 'customers.list'
  | 'customers.setBillingMode'
  | 'customers.unblockCreditLimit'
  | 'customers.setReplenishment'
> = {
  'customers.create': create,
  'customers.update': update,
  'customers.get': get,
  'customers.list': list,
  'customers.setBillingMode': setBillingMode,
  'customers.unblockCreditLimit': unblockCreditLimit,
  'customers.setReplenishment': setReplenishment,
  'customers.setHoursBudget': setHoursBudget,
};
