/**
 * `reports.dashboard`: what the bookkeeper sees first, per currency, summed exactly in SQL over
 * INTEGER columns however many customers there are: credit owed, debt on balances,
 * receivables, overdue, credit expiring within 30 days, and the statement's net line summed per
 * kind; customers under their replenishment threshold, each with its net line; and credit owed
 * at each recent month end (by business date).
 */
import { assert } from '../../../../shared/errors.ts';
import type { Handler, HandlerMap } from '../../handler.ts';
import { expireEveryDueGrant } from '../../core/up-to-date.ts';
import { netByCurrency, netLinesOf } from './net-line/repo.ts';
import { creditOwedHistory, lowBalanceCustomers, totalsByCurrency } from './repo.ts';

export { EXPIRING_WITHIN_DAYS, HISTORY_MONTHS, LOW_BALANCE_LIST_MAX } from './repo.ts';

/** Sums every customer's balance: every due grant of the book expires first. */
const dashboard: Handler<'reports.dashboard'> = async (_input, ctx) => {
  await expireEveryDueGrant(ctx);
  const net = await netByCurrency(ctx);
  const totals = await totalsByCurrency(ctx);
  const low = await lowBalanceCustomers(ctx);
  const lines = await netLinesOf(ctx, low);
  return {
    currencies: totals.map((each) => {
      const found = net.get(each.currency);
      assert(found !== undefined, () => `no net line for ${each.currency}`);
      return { ...each, ...found };
    }),
    lowBalanceCustomers: low.map((customer) => {
      const line = lines.get(customer.customerId);
      assert(line !== undefined, () => `no net line for ${customer.customerId}`);
      return { ...customer, netLine: line };
    }),
    creditOwedHistory: await creditOwedHistory(ctx),
    generatedAt: ctx.nowAt,
  };
};

export const reportHandlers: HandlerMap<'reports.dashboard'> = { 'reports.dashboard': dashboard };
