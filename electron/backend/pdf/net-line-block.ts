/**
 * The net line under a statement's summary (SPEC 11): the line itself in bold ("Amount to pay
 * EUR 250.00"), beneath it the sum it is made of, then where to pay (the bank details from
 * Settings, only when there is something to pay) and the business's optional message.
 */
import type { jsPDF } from 'jspdf';
import { netLineExplanation, netLineText, type NetLine } from '../statement-summary/net-line.ts';
import { amountText, MARGIN, write } from './document.ts';

const LINE = 12;

/** Draws the block from `y`; returns where the content below it may start. */
export function drawNetLine(
  doc: jsPDF,
  block: { line: NetLine; currency: string; bankDetails: string; message: string },
  y: number,
): number {
  const money = (amount: string) => amountText(amount, block.currency);
  write(doc, netLineText(block.line, block.currency, money), {
    x: MARGIN,
    y: y + 14,
    style: 'bold',
    size: 12,
  });
  let next = y + 14 + LINE + 2;
  const explanation = netLineExplanation(block.line, money);
  if (explanation !== '') {
    write(doc, explanation, { x: MARGIN, y: next, size: 8 });
    next += LINE;
  }
  const bank = block.line.kind === 'pay' ? lines(block.bankDetails) : [];
  if (bank.length > 0) {
    write(doc, 'Pay to', { x: MARGIN, y: next + 4, style: 'bold', size: 9 });
    next = writeLines(doc, bank, next + 4 + LINE);
  }
  const message = lines(block.message);
  return message.length === 0 ? next : writeLines(doc, message, next + 6);
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

function writeLines(doc: jsPDF, texts: string[], y: number): number {
  texts.forEach((text, index) => {
    write(doc, text, { x: MARGIN, y: y + index * LINE, size: 9 });
  });
  return y + texts.length * LINE;
}
