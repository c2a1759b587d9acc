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
import { postingsOf, type Posting, type PostingContext } from './postings.ts';
import {
  customersById,
  groupBy,
  periodClock,
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
  const allocations = rows.allocations.filter((allocation) => entryIds.has(allocation.entryId));
  const taken = new Set(allocations.map((allocation) => allocation.grantId));
  const grantOfEntry = new Map<string, GrantRow>();
  const grantsById = new Map<string, GrantRow>();
  for (const grant of rows.grants) {
    if (entryIds.has(grant.entryId)) grantOfEntry.set(grant.entryId, grant);
    if (taken.has(grant.id)) grantsById.set(grant.id, grant);
  }
  return {
    grantOfEntry,
    grantsById,
    allocationsOfEntry: groupBy(allocations, (allocation) => allocation.entryId),
  };
}

/** `rows` hold the ledger as it stood at the end of `to` (earlier entries give the lots). */
export function journal(rows: LedgerRows, request: JournalRequest): Journal {
  const customers = customersById(rows.customers);
  const clock = periodClock(request);
  const inPeriod: { entry: EntryRow; date: string; currency: string }[] = [];
  for (const entry of rows.entries) {
    if (entry.occurredAt < clock.startAt || entry.occurredAt >= clock.endAt) continue;
    const currency = customers.get(entry.customerId)?.currency;
    assert(currency !== undefined, `entry ${entry.id} of an unknown customer`);
    if (request.currency !== undefined && currency !== request.currency) continue;
    inPeriod.push({ entry, date: clock.dateOf(entry.occurredAt), currency });
  }
  const context = postingContext(rows, new Set(inPeriod.map((item) => item.entry.id)));
  const groups = groupBy(inPeriod, (item) => `${item.date} ${item.currency}`);
  const days = [...groups.keys()].sort().map((key): JournalDay => {
    const items = groups.get(key) ?? [];
    const [date = '', currency = ''] = key.split(' ');
    const summed = linesOf(items, context, {
      customers,
      accounts: request.accounts,
      date,
      currency,
    });
    const total = (side: Posting['side']) =>
      summed.reduce((sum, item) => sum + (item.line.side === side ? item.totalMinor : 0n), 0n);
    assert(total('debit') === total('credit'), `journal of ${key} does not balance`);
    return {
      date,
      currency,
      lines: summed.map((item) => item.line),
      totalDebit: toMoneyExact(total('debit'), currency),
      totalCredit: toMoneyExact(total('credit'), currency),
    };
  });
  return { from: request.from, to: request.to, days };
}

type LineContext = {
  customers: ReturnType<typeof customersById>;
  accounts: JournalAccounts;
  date: string;
  currency: string;
};

function linesOf(
  items: readonly { entry: EntryRow }[],
  context: PostingContext,
  line: LineContext,
): { line: JournalLine; totalMinor: bigint }[] {
  const sums = new Map<string, { posting: Posting; customerName: string | null; total: bigint }>();
  for (const { entry } of items) {
    for (const posting of postingsOf(entry, context)) {
      const customerName =
        posting.account === 'receivables'
          ? (line.customers.get(entry.customerId)?.name ?? '')
          : null;
      const key = `${posting.account} ${posting.side} ${customerName === null ? '' : entry.customerId}`;
      const sum = sums.get(key) ?? { posting, customerName, total: 0n };
      sum.total += BigInt(posting.amountMinor);
      sums.set(key, sum);
    }
  }
  const order = (posting: Posting) =>
    (posting.side === 'debit' ? 0 : 100) + JOURNAL_ACCOUNTS.indexOf(posting.account);
  return [...sums.values()]
    .sort((a, b) => order(a.posting) - order(b.posting))
    .map(({ posting, customerName, total }) => ({
      totalMinor: total,
      line: {
        account: posting.account,
        accountName: accountName(line.accounts, posting.account),
        side: posting.side,
        amount: toMoneyExact(total, line.currency),
        customerName,
        description: `Balancebook ${line.date} ${line.currency}: ${ACCOUNT_WORDS[posting.account]}`,
      },
    }));
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
