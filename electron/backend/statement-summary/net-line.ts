/**
 * The statement's net line (SPEC 11): one line a customer cannot misread, "Credit available X",
 * "Amount to pay X" or "Nothing to pay", from the closing balance and the invoices still open at
 * the end of the period. Debt is counted once: a balance-due invoice is a notice of the debt the
 * balance already shows, so it adds nothing. Credit held pays open standard invoices (an admin
 * can apply it to them), never a top-up request, which asks for new money and is added in full.
 * Exact integer arithmetic on minor units, in and out as decimal strings.
 */
import type { InvoiceKind } from '../../../shared/contract/types.ts';
import { parseMoney, toMoneyExact, type MoneyString } from '../../../shared/money.ts';

export type NetLineKind = 'credit' | 'pay' | 'nothing';

export type NetLine = {
  kind: NetLineKind;
  /** Zero for `nothing`; otherwise positive: the credit available or the amount to pay. */
  amount: MoneyString;
  /** What the line is made of, each zero or positive, for a line of explanation beneath. */
  parts: {
    balanceDebt: MoneyString;
    invoicesDue: MoneyString;
    creditUsed: MoneyString;
    topUpsDue: MoneyString;
  };
};

export type NetLineInput = {
  currency: string;
  closingBalance: string;
  openReceivables: readonly { kind: InvoiceKind; amountDue: string }[];
};

function minorOf(amount: string, input: NetLineInput, field: string): bigint {
  return BigInt(parseMoney(amount, input.currency, field, Number.MAX_SAFE_INTEGER));
}

function dueOf(input: NetLineInput, kind: InvoiceKind): bigint {
  let total = 0n;
  input.openReceivables.forEach((item, index) => {
    if (item.kind === kind) total += minorOf(item.amountDue, input, `openReceivables.${index}`);
  });
  return total;
}

export function netLine(input: NetLineInput): NetLine {
  const balance = minorOf(input.closingBalance, input, 'closingBalance');
  const debt = balance < 0n ? -balance : 0n;
  const credit = balance > 0n ? balance : 0n;
  const invoicesDue = dueOf(input, 'standard');
  const topUpsDue = dueOf(input, 'top_up');
  const creditUsed = credit < invoicesDue ? credit : invoicesDue;
  const toPay = debt + invoicesDue - creditUsed + topUpsDue;
  const creditLeft = credit - creditUsed;
  const kind: NetLineKind = toPay > 0n ? 'pay' : creditLeft > 0n ? 'credit' : 'nothing';
  const money = (value: bigint) => toMoneyExact(value, input.currency);
  return {
    kind,
    amount: money(kind === 'pay' ? toPay : kind === 'credit' ? creditLeft : 0n),
    parts: {
      balanceDebt: money(debt),
      invoicesDue: money(invoicesDue),
      creditUsed: money(creditUsed),
      topUpsDue: money(topUpsDue),
    },
  };
}

const WORDS: Record<NetLineKind, string> = {
  credit: 'Credit available',
  pay: 'Amount to pay',
  nothing: 'Nothing to pay',
};

/**
 * The line as printed: `Amount to pay EUR 1,250.00`. `format` writes the amount (the PDF's
 * grouping), so the rule does not depend on a layout.
 */
export function netLineText(
  line: NetLine,
  currency: string,
  format: (amount: string) => string,
): string {
  return line.kind === 'nothing'
    ? WORDS.nothing
    : `${WORDS[line.kind]} ${currency} ${format(line.amount)}`;
}

/** The sum beneath the line, naming only the parts that are not zero. */
export function netLineExplanation(line: NetLine, format: (amount: string) => string): string {
  const { balanceDebt, invoicesDue, creditUsed, topUpsDue } = line.parts;
  const pieces = [
    { amount: balanceDebt, words: 'debt on the balance' },
    { amount: invoicesDue, words: 'open invoices' },
    { amount: creditUsed, words: 'less credit held' },
    { amount: topUpsDue, words: 'top-ups requested' },
  ].filter((piece) => /[1-9]/.test(piece.amount));
  return pieces
    .map((piece) => `${piece.words} ${format(piece.amount)}`)
    .join(', ')
    .replace(/^./, (first) => first.toUpperCase());
}
