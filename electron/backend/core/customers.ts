/**
 * Reading customers, making a new customer's row (the one shape `customers.create` and an import
 * both write), and turning rows into the contract's shapes.
 */
import type { Customer, CustomerSummary } from '../../../shared/contract/types.ts';
import { AppError } from '../../../shared/errors.ts';
import { foldText } from '../../../shared/text-fold.ts';
import { addMonthsToMonth, monthOf } from '../../../shared/dates.ts';
import {
  minor,
  toMoney,
  toMoneyOrNull,
  ZERO_MINOR,
  type MinorUnits,
} from '../../../shared/money.ts';
import { newId } from '../ledger/hash.ts';
import type { Context } from '../context.ts';
import type { CustomerRow } from './post-entry.ts';
import { hot } from './hot-queries.ts';

export async function requireCustomer(ctx: Context, customerId: string): Promise<CustomerRow> {
  const row = await ctx.tx.get(hot(ctx.tx).customerById, { id: customerId });
  if (!row) throw new AppError('NOT_FOUND', `No customer ${customerId}`, 'customerId');
  return row;
}

/**
 * Refuses new business (money in or out, invoices, time, schedules, terms) with an archived
 * customer; `field` is the input that named them (an invoice's id when issuing it).
 */
export function requireActive(row: CustomerRow, field = 'customerId'): CustomerRow {
  if (row.archivedAt !== null) {
    const message = 'This customer is archived: unarchive them before recording anything new';
    throw new AppError('CONFLICT', message, field);
  }
  return row;
}

/** What a new customer is given; everything else starts as every new customer's does. */
export type NewCustomer = {
  name: string;
  currency: string;
  email: string;
  address: string;
  paymentTermsDays: number;
  hourlyRateMinor: MinorUnits | null;
  autoApplyCredit?: boolean;
  billingMode?: CustomerRow['billingMode'];
  creditLimitMinor?: MinorUnits | null;
  externalId?: string | null;
};

/**
 * A new customer's row: no money moved yet (balance zero, no entry, an empty chain), prepaid and
 * applying credit by default, nothing due before this month, created and updated now.
 */
export function newCustomerRow(
  ctx: Pick<Context, 'nowAt' | 'today'>,
  given: NewCustomer,
): CustomerRow {
  return {
    id: newId('cus'),
    name: given.name,
    nameKey: nameKey(given.name),
    currency: given.currency,
    email: given.email,
    address: given.address,
    paymentTermsDays: given.paymentTermsDays,
    hourlyRateMinor: given.hourlyRateMinor,
    autoApplyCredit: given.autoApplyCredit ?? true,
    billingMode: given.billingMode ?? 'prepaid',
    creditLimitMinor: given.creditLimitMinor ?? null,
    creditLimitBlocked: false,
    replenishmentEnabled: false,
    replenishmentThresholdMinor: null,
    replenishmentAmountMinor: null,
    replenishmentRecurrence: null,
    replenishmentAfterSeq: 0,
    balanceDueThrough: addMonthsToMonth(monthOf(ctx.today), -1),
    creditLimitUnblockedAt: null,
    balanceMinor: ZERO_MINOR,
    lastSeq: 0,
    lastEntryHash: '',
    archivedAt: null,
    externalId: given.externalId ?? null,
    createdAt: ctx.nowAt,
    updatedAt: ctx.nowAt,
  };
}

export function toCustomer(row: CustomerRow): Customer {
  const money = (value: number | null) => toMoneyOrNull(value, row.currency);
  return {
    id: row.id,
    name: row.name,
    currency: row.currency,
    email: row.email,
    address: row.address,
    billingMode: row.billingMode,
    creditLimit: money(row.creditLimitMinor),
    creditLimitBlocked: row.creditLimitBlocked,
    paymentTermsDays: row.paymentTermsDays,
    hourlyRate: money(row.hourlyRateMinor),
    autoApplyCredit: row.autoApplyCredit,
    replenishment: {
      enabled: row.replenishmentEnabled,
      threshold: money(row.replenishmentThresholdMinor),
      amount: money(row.replenishmentAmountMinor),
      recurrence: row.replenishmentRecurrence,
    },
    archivedAt: row.archivedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toCustomerSummary(row: CustomerRow): CustomerSummary {
  return {
    id: row.id,
    name: row.name,
    currency: row.currency,
    email: row.email,
    billingMode: row.billingMode,
    creditLimitBlocked: row.creditLimitBlocked,
    balance: toMoney(minor(row.balanceMinor), row.currency),
    archivedAt: row.archivedAt,
  };
}

/** The name folded (no accents, no case) for sorting and searching without a collation. */
export function nameKey(name: string): string {
  return foldText(name);
}
