/**
 * Writing one customers row: a new customer as `customers.create` makes one (`newCustomerRow`), or an existing one
 * updated with the cells the row gives (an empty cell keeps what is there). Each is audited as
 * the channels audit it, so audit.verify finds every customer row in its events; the batch item
 * keeps the customer as it was before an update, for undo.
 */
import { parseMoney, type MinorUnits } from '../../../../shared/money.ts';
import { writeAudit } from '../../audit/write.ts';
import type { Context } from '../../context.ts';
import { nameKey, newCustomerRow, requireCustomer, toCustomer } from '../../core/customers.ts';
import type { CustomerRow } from '../../core/post-entry.ts';
import type { InterpretedRow } from '../../imports/interpret.ts';
import type { RowValues } from '../../imports/row-read.ts';
import { insertCustomer, paymentTermsDefault, saveCustomer } from './repo.ts';

export type WrittenCustomer = { customerId: string; before: CustomerRow | null };

type BillingMode = CustomerRow['billingMode'];

export async function writeCustomerRow(
  ctx: Context,
  row: InterpretedRow,
  reason: string,
): Promise<WrittenCustomer> {
  if (row.action?.action === 'update' && row.customerId !== null) {
    const before = await requireCustomer(ctx, row.customerId);
    await updateFromRow(ctx, { before, values: row.values, reason });
    return { customerId: before.id, before };
  }
  const created = await createFromRow(ctx, row.values, reason);
  return { customerId: created.id, before: null };
}

async function createFromRow(ctx: Context, values: RowValues, reason: string) {
  const currency = required(values.currency);
  const mode = (values.billingMode ?? 'prepaid') as BillingMode;
  const row = newCustomerRow(ctx, {
    name: required(values.name),
    currency,
    email: values.email ?? '',
    address: values.address ?? '',
    paymentTermsDays: days(values.paymentTermsDays) ?? (await paymentTermsDefault(ctx)),
    hourlyRateMinor: money(values.hourlyRate, currency, 'hourlyRate'),
    billingMode: mode,
    creditLimitMinor: money(values.creditLimit, currency, 'creditLimit'),
    externalId: values.externalId ?? null,
  });
  await insertCustomer(ctx, row);
  await writeAudit(ctx, {
    action: 'customers.create',
    entityType: 'customer',
    entityId: row.id,
    reason,
    after: toCustomer(row),
  });
  return row;
}

type Update = { before: CustomerRow; values: RowValues; reason: string };

async function updateFromRow(ctx: Context, update: Update): Promise<void> {
  const { before, values } = update;
  const currency = before.currency;
  const mode = (values.billingMode ?? before.billingMode) as BillingMode;
  const next: CustomerRow = {
    ...before,
    name: values.name ?? before.name,
    nameKey: nameKey(values.name ?? before.name),
    email: values.email ?? before.email,
    address: values.address ?? before.address,
    paymentTermsDays: days(values.paymentTermsDays) ?? before.paymentTermsDays,
    hourlyRateMinor: money(values.hourlyRate, currency, 'hourlyRate') ?? before.hourlyRateMinor,
    billingMode: mode,
    creditLimitMinor:
      mode === 'credit_limit'
        ? (money(values.creditLimit, currency, 'creditLimit') ?? before.creditLimitMinor)
        : null,
    externalId: values.externalId ?? before.externalId,
    updatedAt: ctx.nowAt,
  };
  await saveCustomer(ctx, next);
  await writeAudit(ctx, {
    action: 'customers.update',
    entityType: 'customer',
    entityId: next.id,
    reason: update.reason,
    before: toCustomer(before),
    after: toCustomer(next),
  });
}

/** Undo of an update: the customer as it was, audited as a change back. */
export async function restoreCustomer(
  ctx: Context,
  change: { before: CustomerRow; current: CustomerRow; reason: string },
): Promise<void> {
  const { before, current } = change;
  const next: CustomerRow = { ...current, ...pickEditable(before), updatedAt: ctx.nowAt };
  await saveCustomer(ctx, next);
  await writeAudit(ctx, {
    action: 'customers.update',
    entityType: 'customer',
    entityId: next.id,
    reason: change.reason,
    before: toCustomer(current),
    after: toCustomer(next),
  });
}

/** The fields an import may change, and so the ones undo puts back. */
function pickEditable(row: CustomerRow) {
  const { name, nameKey, email, address, paymentTermsDays, hourlyRateMinor } = row;
  const { billingMode, creditLimitMinor, externalId } = row;
  return {
    name,
    nameKey,
    email,
    address,
    paymentTermsDays,
    hourlyRateMinor,
    billingMode,
    creditLimitMinor,
    externalId,
  };
}

function required(value: string | null | undefined): string {
  if (!value) throw new Error('an accepted customers row has its required cells');
  return value;
}

function days(value: string | null | undefined): number | null {
  return value ? Number.parseInt(value, 10) : null;
}

function money(
  value: string | null | undefined,
  currency: string,
  field: string,
): MinorUnits | null {
  return value ? parseMoney(value, currency, field) : null;
}
