/**
 * The journal for the general ledger over a period: the postings of every entry dated in it,
 * added up per day, currency, account and side (receivables also per customer, as a ledger keeps
 * them), with the account names mapped in Settings. Each day's lines in one currency balance; an
 * account the lines need that has no name is refused (VALIDATION on `accounts.<account>`).
 */
import type {
  Journal,
  JournalAccount,
  JournalDay,
  JournalLine,
} from '../../../shared/contract/report-types.ts';
import { JOURNAL_ACCOUNTS } from '../../../shared/contract/report-types.ts';
import type { JournalAccounts } from '../../../shared/contract/schemas/reports.ts';
import { AppError, assert } from '../../../shared/errors.ts';
import { toMoneyExact } from '../../../shared/money.ts';
import { ExactTotal } from './exact-total.ts';
import { postInto, type PostingContext, type Side } from './postings.ts';
import {
  customersById,
  periodClock,
  type AllocationRow,
  type EntryRow,
  type GrantRow,
  type LedgerRows,
} from './rows.ts';

export type JournalRequest = {
  from: string;
  to: string;
  currency?: string;
  timeZone: string;
  accounts: JournalAccounts;
};

/** Words for each account in a line's description. */
const ACCOUNT_WORDS: Record<JournalAccount, string> = {
  cash: 'cash received or paid out',
  prepayments: 'customer prepayments (paid credit owed)',
  promotionalCredit: 'promotional credit owed',
  promotionalExpense: 'promotional credit given',
  revenue: 'revenue',
  receivables: 'receivables',
  breakage: 'paid credit expired unused (breakage)',
  adjustments: 'manual adjustments',
};

/** What the period's entries formed and took: only their lots and allocations are kept. */
function postingContext(rows: LedgerRows, entryIds: ReadonlySet<string>): PostingContext {
  const allocationsOfEntry = new Map<string, AllocationRow[]>();
  const taken = new Set<string>();
  for (const allocation of rows.allocations) {
    if (!entryIds.has(allocation.entryId)) continue;
    taken.add(allocation.grantId);
    const list = allocationsOfEntry.get(allocation.entryId);
    if (list) list.push(allocation);
    else allocationsOfEntry.set(allocation.entryId, [allocation]);
  }
  const grantOfEntry = new Map<string, GrantRow>();
  const grantsById = new Map<string, GrantRow>();
  for (const grant of rows.grants) {
    if (entryIds.has(grant.entryId)) grantOfEntry.set(grant.entryId, grant);
    if (taken.has(grant.id)) grantsById.set(grant.id, grant);
  }
  return { grantOfEntry, grantsById, allocationsOfEntry };
}

type Customers = ReturnType<typeof customersById>;

/** The days of the period as they are posted: by business date, then currency. */
class Days {
  private readonly byDate = new Map<string, Map<string, DayLines>>();

  of(date: string, currency: string): DayLines {
    let currencies = this.byDate.get(date);
    if (currencies === undefined) {
      currencies = new Map();
      this.byDate.set(date, currencies);
    }
    let day = currencies.get(currency);
    if (day === undefined) {
      day = new DayLines();
      currencies.set(currency, day);
    }
    return day;
  }

  /** Each day and currency posted, in date then currency order. */
  *inOrder(): Generator<{ date: string; currency: string; day: DayLines }> {
    for (const date of [...this.byDate.keys()].sort()) {
      const currencies = this.byDate.get(date) ?? new Map<string, DayLines>();
      for (const currency of [...currencies.keys()].sort()) {
        const day = currencies.get(currency);
        if (day !== undefined) yield { date, currency, day };
      }
    }
  }
}

/** Posts the entries dated in the period (in the currency asked for) on their business days. */
function postPeriod(rows: LedgerRows, request: JournalRequest, customers: Customers): Days {
  const clock = periodClock(request);
  // Many entries share an instant (the channel's groups: one per day): each is placed once.
  const dates = new Map<string, string>();
  const days = new Days();
  const inPeriod: { entry: EntryRow; day: DayLines }[] = [];
  const entryIds = new Set<string>();
  for (const entry of rows.entries) {
    if (entry.occurredAt < clock.startAt || entry.occurredAt >= clock.endAt) continue;
    const currency = customers.get(entry.customerId)?.currency;
    assert(currency !== undefined, () => `entry ${entry.id} of an unknown customer`);
    if (request.currency !== undefined && currency !== request.currency) continue;
    let date = dates.get(entry.occurredAt);
    if (date === undefined) {
      date = clock.dateOf(entry.occurredAt);
      dates.set(entry.occurredAt, date);
    }
    inPeriod.push({ entry, day: days.of(date, currency) });
    entryIds.add(entry.id);
  }
  const context = postingContext(rows, entryIds);
  for (const { entry, day } of inPeriod) day.post(entry, context);
  return days;
}

/** `rows` hold the ledger as it stood at the end of `to` (earlier entries give the lots). */
export function journal(rows: LedgerRows, request: JournalRequest): Journal {
  const customers = customersById(rows.customers);
  const days: JournalDay[] = [];
  for (const { date, currency, day } of postPeriod(rows, request, customers).inOrder()) {
    const lines = day.lines({ customers, accounts: request.accounts, date, currency });
    const [debit, credit] = [day.total.debit.value, day.total.credit.value];
    assert(debit === credit, () => `journal of ${date} ${currency} does not balance`);
    days.push({
      date,
      currency,
      lines,
      totalDebit: toMoneyExact(debit, currency),
      totalCredit: toMoneyExact(credit, currency),
    });
  }
  return { from: request.from, to: request.to, days };
}

type LineContext = {
  customers: Customers;
  accounts: JournalAccounts;
  date: string;
  currency: string;
};

const SIDES = ['debit', 'credit'] as const;

/**
 * One day's lines in one currency while its entries are posted: a sum per account and side,
 * receivables per customer too (in the order customers first appear on each side), each exact.
 */
class DayLines {
  readonly total: Record<Side, ExactTotal> = { debit: new ExactTotal(), credit: new ExactTotal() };
  private readonly accounts: Record<Side, Map<JournalAccount, ExactTotal>> = {
    debit: new Map(),
    credit: new Map(),
  };
  private readonly receivables: Record<Side, Map<string, ExactTotal>> = {
    debit: new Map(),
    credit: new Map(),
  };

  post(entry: EntryRow, context: PostingContext): void {
    postInto(entry, context, (account, side, amountMinor) => {
      const sums = account === 'receivables' ? this.receivables[side] : this.accounts[side];
      const key = account === 'receivables' ? entry.customerId : account;
      let sum = sums.get(key);
      if (sum === undefined) {
        sum = new ExactTotal();
        sums.set(key, sum);
      }
      sum.add(amountMinor);
      this.total[side].add(amountMinor);
    });
  }

  /** Debits first, then credits; each side in the accounts' order. */
  lines(line: LineContext): JournalLine[] {
    const lines: JournalLine[] = [];
    const push = (
      account: JournalAccount,
      side: Side,
      sum: ExactTotal,
      customerName: string | null,
    ) => {
      lines.push({
        account,
        accountName: accountName(line.accounts, account),
        side,
        amount: toMoneyExact(sum.value, line.currency),
        customerName,
        description: `Balancebook ${line.date} ${line.currency}: ${ACCOUNT_WORDS[account]}`,
      });
    };
    for (const side of SIDES) {
      for (const account of JOURNAL_ACCOUNTS) {
        if (account !== 'receivables') {
          const sum = this.accounts[side].get(account);
          if (sum !== undefined) push(account, side, sum, null);
          continue;
        }
        for (const [customerId, sum] of this.receivables[side]) {
          push(account, side, sum, line.customers.get(customerId)?.name ?? '');
        }
      }
    }
    return lines;
  }
}

function accountName(accounts: JournalAccounts, account: JournalAccount): string {
  const name = accounts[account]?.trim() ?? '';
  if (name === '') {
    throw new AppError(
      'VALIDATION',
      `Map the account for ${ACCOUNT_WORDS[account]} in Settings before exporting the journal`,
      `accounts.${account}`,
    );
  }
  return name;
}
