/**
 * The values a statement's email template is filled with, from what the statement and its net
 * line already say, so the channel only passes them on: the period as the PDF prints it, the net
 * line's words and amount as the PDF prints them, and the verification code.
 */
import type { TemplateValues } from '../../../shared/statement-template.ts';
import { amountText, dateText } from '../pdf/document.ts';
import { netLineText, type NetLine } from '../statement-summary/net-line.ts';

export function draftValues(input: {
  customerName: string;
  businessName: string;
  from: string;
  to: string;
  currency: string;
  line: NetLine;
  code: string;
}): TemplateValues {
  const money = (amount: string) => amountText(amount, input.currency);
  return {
    customerName: input.customerName,
    businessName: input.businessName,
    period: `${dateText(input.from)} to ${dateText(input.to)}`,
    amount: money(input.line.amount),
    currency: input.currency,
    netLine: netLineText(input.line, input.currency, money),
    code: input.code,
  };
}
