/**
 * Hours on the statement (issue #16), for a customer with an hourly rate: the hours worked in the
 * period and the hours the credit available buys at the rate. The credit is the net line's (open
 * invoices already taken from it), so hours are never promised twice; with an amount to pay or
 * nothing left it buys no hours. Hours are cut down to 2 decimals, never rounded up, so the
 * statement never promises a minute the credit cannot pay for. Pure, exact decimals.
 */
import Decimal from 'decimal.js';
import type { StatementHours } from '../../../shared/contract/types.ts';
import type { MoneyString } from '../../../shared/money.ts';
import { hoursText } from '../../../shared/hours-text.ts';
import type { NetLine } from './net-line.ts';

export function statementHours(input: {
  hourlyRate: MoneyString | null;
  used: Decimal;
  netLine: Pick<NetLine, 'kind' | 'amount'>;
}): StatementHours | null {
  if (input.hourlyRate === null) return null;
  const rate = new Decimal(input.hourlyRate);
  if (rate.lte(0)) return null;
  const credit = input.netLine.kind === 'credit' ? new Decimal(input.netLine.amount) : null;
  return {
    hourlyRate: input.hourlyRate,
    used: hoursText(input.used),
    creditBuys: hoursText(credit === null ? new Decimal(0) : credit.div(rate)),
  };
}
