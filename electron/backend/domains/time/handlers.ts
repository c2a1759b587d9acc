/**
 * Time tracking (SPEC 5): entries with hours x rate rounded half-up, and deduction of a selection
 * from the balance, one `charge` per entry, refused whole when the billing mode does not allow it;
 * or a selection billed on an invoice (invoice-time.ts).
 */
import { AppError } from '../../../../shared/errors.ts';
import { BALANCE_MINOR_MAX } from '../../../../shared/money-limits.ts';
import {
  minor,
  multiplyToMinor,
  negate,
  parseMoney,
  refuseBeyond,
  sumExact,
  toMoney,
} from '../../../../shared/money.ts';
import Decimal from 'decimal.js';
import { writeAudit } from '../../audit/write.ts';
import type { Context } from '../../context.ts';
import type { Handler, HandlerMap } from '../../handler.ts';
import { newId } from '../../ledger/hash.ts';
import { postEntry, type CustomerRow } from '../../core/post-entry.ts';
import { toBalance, toLedgerEntries } from '../../core/balances.ts';
import { refuseSpending } from '../balance/rules.ts';
import { debitFollowUp } from '../../core/after-debit.ts';
import { requireActive, requireCustomer } from '../../core/customers.ts';
import { bringUpToDate } from '../../core/up-to-date.ts';
import { invoiceTime } from './invoice-time.ts';
import { toTimeEntry, unbilledSelection, type TimeRow } from './selection.ts';
import { inTurn } from '../../storage/in-turn.ts';
import { insertTimeEntry, listTimeEntries, markDeducted } from './repo.ts';
import { chargeOverage, hoursBeyond, overageRow } from './beyond-budget.ts';
import { hoursText } from '../../../../shared/hours-text.ts';

const create: Handler<'time.create'> = async (input, ctx) => {
  const customer = requireActive(await requireCustomer(ctx, input.customerId));
  const rateMinor =
    input.hourlyRate === undefined
      ? customer.hourlyRateMinor
      : parseMoney(input.hourlyRate, customer.currency, 'hourlyRate');
  if (rateMinor === null) {
    throw new AppError(
      'VALIDATION',
      'hourlyRate is required: the customer has no default rate',
      'hourlyRate',
    );
  }
  const amountMinor = multiplyToMinor(input.hours, minor(rateMinor), {
    currency: customer.currency,
    field: 'hours',
  });
  if (amountMinor === 0) {
    throw new AppError('VALIDATION', 'hours x hourly rate rounds to nothing', 'hours');
  }
  const row: TimeRow = {
    id: newId('tim'),
    customerId: customer.id,
    workedOn: input.date,
    hours: input.hours,
    description: input.description,
    hourlyRateMinor: rateMinor,
    amountMinor,
    status: 'unbilled',
    entryId: null,
    invoiceId: null,
    actorId: ctx.actor.id,
    createdAt: ctx.nowAt,
  };
  const over = await hoursBeyond(ctx, customer.id, input.date, input.hours);
  if (over === null) return recordTime(ctx, row, customer.currency);
  const within = new Decimal(input.hours).minus(over.beyond);
  const overRow = overageRow(
    { ...row, id: newId('tim') },
    over.beyond,
    over.rateMinor,
    customer.currency,
  );
  const first = within.isZero()
    ? null
    : await recordTime(
        ctx,
        { ...row, ...priced(within, rateMinor, customer.currency) },
        customer.currency,
      );
  const beyond = await recordTime(ctx, overRow, customer.currency, customer);
  return first === null ? { ...beyond, beyondBudget: beyond } : { ...first, beyondBudget: beyond };
};

function priced(hours: Decimal, rateMinor: number, currency: string) {
  const text = hoursText(hours);
  return {
    hours: text,
    amountMinor: multiplyToMinor(text, minor(rateMinor), { currency, field: 'hours' }),
  };
}

/** Writes one time entry and its audit event; an overage entry is charged first, if it can be. */
async function recordTime(ctx: Context, row: TimeRow, currency: string, overageOf?: CustomerRow) {
  await insertTimeEntry(ctx, row);
  const saved = overageOf ? await chargeOverage(ctx, overageOf, row) : row;
  const entry = toTimeEntry(saved, currency);
  await writeAudit(ctx, {
    action: 'time.create',
    entityType: 'time_entry',
    entityId: row.id,
    after: entry,
  });
  return entry;
}

const list: Handler<'time.list'> = async (input, ctx) => {
  const customer = await requireCustomer(ctx, input.customerId);
  const rows = await listTimeEntries(ctx, customer.id, input.status);
  return rows.map((row) => toTimeEntry(row, customer.currency));
};

/** Errors in order: those of `unbilledSelection`, then the mode's refusal. */
const deduct: Handler<'time.deduct'> = async (input, ctx) => {
  const found = await requireCustomer(ctx, input.customerId);
  const selected = await unbilledSelection(ctx, found, input.timeEntryIds);
  const customer = await bringUpToDate(ctx, found);
  const ids = selected.map((row) => row.id);
  const selectedMinor = sumExact(selected.map((row) => row.amountMinor));
  const subject = 'The selection';
  const field = 'timeEntryIds';
  const limit = { maxMinor: BALANCE_MINOR_MAX, currency: customer.currency, field, subject };
  refuseBeyond(selectedMinor, limit);
  const totalMinor = minor(Number(selectedMinor));
  const refusal = refuseSpending(customer, totalMinor);
  if (refusal) {
    const shortfall = toMoney(minor(refusal.shortfallMinor), customer.currency);
    throw new AppError(refusal.code, `The selection is ${shortfall} ${customer.currency} short`);
  }
  let current: CustomerRow = customer;
  const posted = await inTurn(selected, async (row) => {
    const result = await postEntry(ctx, {
      customer: current,
      type: 'charge',
      amountMinor: negate(minor(row.amountMinor)),
      description: `${row.workedOn}: ${row.hours} h ${row.description}`,
      links: { timeEntryId: row.id },
      field,
    });
    current = result.customer;
    await markDeducted(ctx, row.id, result.entry.id);
    return result.entry;
  });
  await writeAudit(ctx, {
    action: 'time.deduct',
    entityType: 'customer',
    entityId: customer.id,
    before: { balance: toMoney(minor(customer.balanceMinor), customer.currency) },
    after: { timeEntryIds: ids, total: toMoney(minor(totalMinor), customer.currency) },
  });
  const entries = await toLedgerEntries(ctx, posted, customer.currency);
  const followUp = await debitFollowUp(ctx, current);
  const balance = await toBalance(ctx, followUp.customer);
  const total = toMoney(negate(minor(totalMinor)), customer.currency);
  const caused = followUp.causedInvoices;
  return caused.length > 0
    ? { entries, balance, total, causedInvoices: caused }
    : { entries, balance, total };
};

export const timeHandlers: HandlerMap<
  'time.create' | 'time.list' | 'time.deduct' | 'time.invoice'
> = {
  'time.create': create,
  'time.list': list,
  'time.deduct': deduct,
  'time.invoice': invoiceTime,
};
