/**
 * Proves the activity and journal channels for a period: movements read from the period's
 * entries only, opening plus movements equal to closing, one month's closing the next month's
 * opening and each closing the credit owed report as at that day; a journal only with every
 * account it needs mapped in Settings, each day's lines in one currency balanced, and the lines
 * of a known day as docs/rules.md posts them.
 */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { JOURNAL_ACCOUNTS } from '../../../shared/contract/report-types.ts';
import { rid } from '../../support/backend.ts';
import { givenSmallBook } from './as-at-support.ts';

const MAPPED = Object.fromEntries(JOURNAL_ACCOUNTS.map((key) => [key, `Acct ${key}`]));

describe('reports.activity', () => {
  it('rolls January into February, each closing the credit owed as at its last day', async () => {
    const { t } = await givenSmallBook();
    const january = await t.call('reports.activity', { from: '2026-01-01', to: '2026-01-31' });
    const february = await t.call('reports.activity', { from: '2026-02-01', to: '2026-02-28' });
    const usdJanuary = january.currencies.find((block) => block.currency === 'USD')?.totals;
    const usdFebruary = february.currencies.find((block) => block.currency === 'USD')?.totals;
    expect(usdFebruary?.opening).toEqual(usdJanuary?.closing);
    expect(usdJanuary?.opening.net).toBe('0.00');
    expect(usdJanuary?.movements).toMatchObject({
      receivedPaid: '100.00',
      receivedPromotional: '20.00',
      consumedByCharges: '-30.00',
      adjusted: '-30.00',
    });
    expect(usdFebruary?.movements).toMatchObject({ receivedPaid: '40.00', expired: '-70.00' });
    for (const [report, asOf] of [
      [january, '2026-01-31'],
      [february, '2026-02-28'],
    ] as const) {
      const owed = await t.call('reports.creditOwed', { asOf, currency: 'USD' });
      const closing = report.currencies.find((block) => block.currency === 'USD')?.totals.closing;
      expect(closing?.paid).toBe(owed.currencies[0]?.totals.paid);
      expect(closing?.debt).toBe(owed.currencies[0]?.totals.debt);
      const moved = Object.values(
        report.currencies.find((block) => block.currency === 'USD')?.totals.movements ?? {},
      ).reduce((sum, value) => sum.plus(value), new Decimal(0));
      const opening = report.currencies.find((block) => block.currency === 'USD')?.totals.opening;
      expect(new Decimal(opening?.net ?? '0').plus(moved).toFixed(2)).toBe(closing?.net);
    }
  });
});

describe('reports.journal', () => {
  it('is refused until every account its lines need is mapped, naming the account', async () => {
    const { t } = await givenSmallBook();
    const error = await t.fail('reports.journal', { from: '2026-01-01', to: '2026-01-31' });
    expect(error).toMatchObject({ code: 'VALIDATION' });
    expect(error.field).toMatch(/^accounts\.(cash|prepayments|promotionalExpense|adjustments)/);
  });

  it('balances every day and currency, and posts a day as the rules say', async () => {
    const { t } = await givenSmallBook();
    await t.call('settings.update', { journalAccounts: MAPPED, requestId: rid() });
    const journal = await t.call('reports.journal', { from: '2026-01-01', to: '2026-02-28' });
    expect(journal.days.length).toBeGreaterThan(3);
    for (const day of journal.days) expect(day.totalDebit).toBe(day.totalCredit);
    const charged = journal.days.find((day) => day.date === '2026-01-20');
    expect(charged?.lines.map((line) => [line.accountName, line.side, line.amount])).toEqual([
      ['Acct prepayments', 'debit', '30.00'],
      ['Acct revenue', 'credit', '30.00'],
    ]);
    const expired = journal.days.find((day) => day.date === '2026-02-11');
    expect(expired?.lines.map((line) => [line.account, line.side, line.amount])).toEqual([
      ['prepayments', 'debit', '70.00'],
      ['breakage', 'credit', '70.00'],
    ]);
    const eur = journal.days.filter((day) => day.currency === 'EUR');
    expect(eur.map((day) => [day.date, day.totalDebit])).toEqual([['2026-01-05', '50.00']]);
  });
});

describe('the journal accounts in Settings', () => {
  it('are changed one by one by an admin, an empty name unsetting one, and audited', async () => {
    const { t } = await givenSmallBook();
    await t.call('settings.update', { journalAccounts: MAPPED, requestId: rid() });
    const after = await t.call('settings.update', {
      journalAccounts: { cash: '1000 Bank', revenue: '' },
      requestId: rid(),
    });
    expect(after.journalAccounts.cash).toBe('1000 Bank');
    expect(after.journalAccounts.revenue).toBeUndefined();
    expect(after.journalAccounts.breakage).toBe('Acct breakage');
    expect((await t.call('settings.get', {})).journalAccounts).toEqual(after.journalAccounts);
    const events = await t.call('audit.list', { entityType: 'settings', limit: 10 });
    expect(events.items[0]?.after).toMatchObject({ journalAccounts: after.journalAccounts });
    expect((await t.call('audit.verify', {})).ok).toBe(true);
  });

  it('refuse an unknown account and any role but admin', async () => {
    const { t } = await givenSmallBook();
    const unknown = await t.fail('settings.update', {
      journalAccounts: { bank: 'x' },
      requestId: rid(),
    });
    expect(unknown).toMatchObject({ code: 'VALIDATION' });
    expect(unknown.field).toMatch(/^journalAccounts/);
    const clerk = await t.call('users.create', {
      name: 'Clerk',
      role: 'accountant',
      requestId: rid(),
    });
    const refused = await t.fail(
      'settings.update',
      { journalAccounts: { cash: 'Bank' }, requestId: rid() },
      clerk.id,
    );
    expect(refused.code).toBe('FORBIDDEN');
  });
});
