/** What each account the journal posts to is called on screen (Settings, the journal report). */
import type { JournalAccount } from '../../../../shared/contract/report-types.ts';

export const JOURNAL_ACCOUNT_LABELS: Record<JournalAccount, string> = {
  cash: 'Cash or bank',
  prepayments: 'Customer prepayments (paid credit owed)',
  promotionalCredit: 'Promotional credit owed',
  promotionalExpense: 'Promotional credit given (expense)',
  revenue: 'Revenue',
  receivables: 'Receivables',
  breakage: 'Paid credit expired unused (breakage)',
  adjustments: 'Manual adjustments',
};
