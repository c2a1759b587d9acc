/**
 * `reports.dashboard`: what the bookkeeper sees first, per currency, summed exactly in SQL over
 * INTEGER columns however many customers there are: credit owed, debt on balances,
 * receivables, overdue, credit expiring within 30 days; customers under their replenishment
 * threshold; and credit owed at each recent month end.
 */
import type { Handler, HandlerMap } from '../../handler.ts';
import { expireEveryDueGrant } from '../../core/up-to-date.ts';
import { creditOwedHistory, lowBalanceCustomers, totalsByCurrency } from './repo.ts';

export { EXPIRING_WITHIN_DAYS, HISTORY_MONTHS, LOW_BALANCE_LIST_MAX } from './repo.ts';

/** Sums every customer's balance: every due grant of the book expires first. */
const dashboard: Handler<'reports.dashboard'> = async (_input, ctx) => {
  await expireEveryDueGrant(ctx);
  return {
    currencies: await totalsByCurrency(ctx),
    lowBalanceCustomers: await lowBalanceCustomers(ctx),
    creditOwedHistory: await creditOwedHistory(ctx),
    generatedAt: ctx.nowAt,
  };
};

export const reportHandlers: HandlerMap<'reports.dashboard'> = { 'reports.dashboard': dashboard };
