/** Time entries as the engine reads and shows them, and the checks every billing of a selection makes. */
import type { TimeEntry } from '../../../../shared/contract/types.ts';
import { AppError } from '../../../../shared/errors.ts';
import { minor, toMoney } from '../../../../shared/money.ts';
import type { Context } from '../../context.ts';
import { timeEntries } from '../../db/schema.ts';
import type { CustomerRow } from '../../core/post-entry.ts';
import { timeEntriesByIds } from './repo.ts';

export type TimeRow = typeof timeEntries.$inferSelect;

export function toTimeEntry(row: TimeRow, currency: string): TimeEntry {
  return {
    id: row.id,
    customerId: row.customerId,
    date: row.workedOn,
    hours: row.hours,
    description: row.description,
    hourlyRate: toMoney(minor(row.hourlyRateMinor), currency),
    amount: toMoney(minor(row.amountMinor), currency),
    status: row.status,
    entryId: row.entryId,
    invoiceId: row.invoiceId,
    actorId: row.actorId,
    createdAt: row.createdAt,
  };
}

/**
 * The selected entries, in the order given, each once. Errors in order: NOT_FOUND, VALIDATION (not
 * this customer's), CONFLICT (already deducted or invoiced).
 */
export async function unbilledSelection(
  ctx: Context,
  customer: CustomerRow,
  timeEntryIds: readonly string[],
): Promise<TimeRow[]> {
  const ids = [...new Set(timeEntryIds)];
  const rows = await timeEntriesByIds(ctx, ids);
  const found = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => {
    const row = found.get(id);
    if (!row) throw new AppError('NOT_FOUND', `No time entry ${id}`, 'timeEntryIds');
    if (row.customerId !== customer.id) {
      throw new AppError(
        'VALIDATION',
        `Time entry ${id} belongs to another customer`,
        'timeEntryIds',
      );
    }
    if (row.status !== 'unbilled')
      throw new AppError('CONFLICT', `Time entry ${id} is already ${row.status}`);
    return row;
  });
}
