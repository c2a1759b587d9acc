/**
 * `node bench/accounting-pure.ts`: a benchmark (never a test) of the reports' pure half on
 * synthetic rows of 10,000 customers and 1,000,000 entries (top-ups forming lots, charges taking
 * from them, across one year): credit owed and aged receivables as at a date, activity and the
 * journal for one month, each the median of three runs. The database reads come with the channels.
 */
import { performance } from 'node:perf_hooks';
import { activity } from '../electron/backend/accounting/activity.ts';
import { agedReceivables } from '../electron/backend/accounting/ageing.ts';
import { creditOwed } from '../electron/backend/accounting/credit-owed.ts';
import { journal } from '../electron/backend/accounting/journal.ts';
import type { ReceivableRows } from '../electron/backend/accounting/ageing.ts';
import type {
  AllocationRow,
  CustomerRow,
  EntryRow,
  GrantRow,
} from '../electron/backend/accounting/rows.ts';
import { JOURNAL_ACCOUNTS } from '../shared/contract/report-types.ts';
import { addDays } from '../shared/dates.ts';
import { minor } from '../shared/money.ts';

const CUSTOMERS = 10_000;
const ENTRIES_PER_CUSTOMER = 100;
const ZONE = 'UTC';

function build(): ReceivableRows {
  const rows = {
    customers: [] as CustomerRow[],
    entries: [] as EntryRow[],
    grants: [] as GrantRow[],
    allocations: [] as AllocationRow[],
    invoices: [],
    payments: [],
    creditNotes: [],
  } satisfies ReceivableRows;
  for (let c = 0; c < CUSTOMERS; c += 1) {
    const customerId = `c${c}`;
    rows.customers.push({ id: customerId, name: `Customer ${c}`, currency: c % 2 ? 'USD' : 'EUR' });
    let balance = 0;
    for (let k = 0; k < ENTRIES_PER_CUSTOMER; k += 2) {
      const day = addDays('2025-07-01', Math.floor((k * 365) / ENTRIES_PER_CUSTOMER));
      const at = `${day}T10:00:${String(k % 60).padStart(2, '0')}.000Z`;
      const topUp = `e${c}-${k}`;
      balance += 1000;
      rows.entries.push({
        id: topUp,
        customerId,
        seq: k + 1,
        type: 'top_up',
        amountMinor: minor(1000),
        balanceAfterMinor: minor(balance),
        occurredAt: at,
        invoiceId: null,
        timeEntryId: null,
      });
      rows.grants.push({
        id: `g${c}-${k}`,
        customerId,
        entryId: topUp,
        kind: 'paid',
        originalMinor: minor(1000),
        expiresOn: null,
      });
      balance -= 500;
      rows.entries.push({
        id: `${topUp}x`,
        customerId,
        seq: k + 2,
        type: 'charge',
        amountMinor: minor(-500),
        balanceAfterMinor: minor(balance),
        occurredAt: at.replace('T10', 'T11'),
        invoiceId: null,
        timeEntryId: null,
      });
      rows.allocations.push({
        entryId: `${topUp}x`,
        grantId: `g${c}-${k}`,
        amountMinor: minor(500),
      });
    }
  }
  return rows;
}

function median(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[1] ?? 0;
}

const rows = build();
const accounts = Object.fromEntries(JOURNAL_ACCOUNTS.map((key) => [key, key]));
const month = { from: '2026-05-01', to: '2026-05-31', timeZone: ZONE };
/** The rows as they stood at the month's end, as the channel's query will read them. */
function rowsAtMonthEnd(): ReceivableRows {
  const entries = rows.entries.filter((entry) => entry.occurredAt < '2026-06-01');
  const ids = new Set(entries.map((entry) => entry.id));
  return {
    ...rows,
    entries,
    grants: rows.grants.filter((grant) => ids.has(grant.entryId)),
    allocations: rows.allocations.filter((allocation) => ids.has(allocation.entryId)),
  };
}
const monthRows = rowsAtMonthEnd();
process.stdout.write(`${rows.entries.length} entries, ${rows.customers.length} customers\n`);
const figures = {
  creditOwed: median(() => creditOwed(rows, { asOf: '2026-06-30' })),
  agedReceivables: median(() => agedReceivables(rows, { asOf: '2026-06-30' })),
  activityMonth: median(() => activity(monthRows, month)),
  journalMonth: median(() => journal(monthRows, { ...month, accounts })),
};
for (const [name, ms] of Object.entries(figures)) {
  process.stdout.write(`${name}: ${ms.toFixed(0)} ms\n`);
}
