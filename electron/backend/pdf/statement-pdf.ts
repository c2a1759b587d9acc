/**
 * The statement PDF (SPEC 8): header, customer, period, summary, then the balance history,
 * invoices, payments and receivables as tables whose headers repeat on every page.
 */
import type { ChainHead } from '../audit/chain-head.ts';
import type { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import type { Statement } from '../../../shared/contract/types.ts';
import {
  INVOICE_KIND_LABELS,
  INVOICE_STATUS_LABELS,
  PAYMENT_METHOD_LABELS,
} from '../../../shared/labels.ts';
import {
  amountText,
  dateText,
  drawFooters,
  fontSetFor,
  lastY,
  MARGIN,
  newDocument,
  toBytes,
  write,
} from './document.ts';
import type { StatementProof } from '../statement-proof/proof.ts';
import { textsOf } from './fonts.ts';
import { drawHistory } from './history-table.ts';
import { drawIdentityHeader, type BusinessIdentity } from './identity-header.ts';
import { drawNetLine } from './net-line-block.ts';
import { drawProof } from './proof-footer.ts';
import { TABLE_STYLE } from './table-style.ts';

type Rendered = { bytes: Buffer; pages: number };

function section(doc: jsPDF, title: string, y: number): number {
  write(doc, title, { x: MARGIN, y, style: 'bold', size: 11 });
  return y + 6;
}

export type StatementPdfOptions = {
  historySliceRows?: number;
  auditHead?: ChainHead | null;
  /** The code and marks of a kept statement (SPEC 11); a preview without one prints none. */
  proof?: StatementProof;
  logo?: BusinessIdentity['logo'];
  /** The business's zone, for the footer's generation time. */
  timeZone?: string;
};

/** Resolves once the file is laid out; long histories pause between slices (history-table.ts). */
export async function renderStatementPdf(
  statement: Statement,
  options: StatementPdfOptions = {},
): Promise<Rendered> {
  const money = (amount: string) => amountText(amount, statement.currency);
  const title = `Statement ${statement.customer.name} ${statement.from} ${statement.to}`;
  const doc = newDocument(title, options.auditHead ?? null, fontSetFor(textsOf(statement)));
  const { business } = statement;
  let y = drawIdentityHeader(
    doc,
    {
      name: business.name,
      address: business.address,
      taxId: business.taxId,
      logo: options.logo ?? null,
    },
    {
      title: 'Statement of account',
      subtitle: `${dateText(statement.from)} to ${dateText(statement.to)}`,
    },
  );
  write(doc, statement.customer.name, { x: MARGIN, y: y + 8, style: 'bold', size: 11 });
  const customerLines = [
    statement.customer.email,
    ...statement.customer.address.split('\n'),
  ].filter(Boolean);
  customerLines.forEach((line, index) => {
    write(doc, line, { x: MARGIN, y: y + 22 + index * 12, size: 9 });
  });
  y += 30 + customerLines.length * 12;
  drawSummary(doc, statement, y);
  write(doc, SIGN_WORDS, { x: MARGIN, y: lastY(doc) + 12, size: 8 });
  const afterNet = drawNetLine(
    doc,
    {
      line: statement.netLine,
      currency: statement.currency,
      bankDetails: business.bankDetails,
      message: business.message,
    },
    lastY(doc) + 14,
  );
  const historyY = section(doc, 'Balance history', afterNet + 18);
  await drawHistory(doc, statement, money, historyY, options.historySliceRows);
  autoTable(doc, {
    ...TABLE_STYLE,
    startY: section(doc, 'Invoices issued in the period', lastY(doc) + 22),
    head: [
      [
        'Number',
        'Kind',
        'Issued',
        'Due',
        'Total',
        'Credit applied',
        'Paid',
        'Amount due',
        'Status',
      ],
    ],
    body: statement.invoices.map((invoice) => [
      invoice.number ?? '',
      INVOICE_KIND_LABELS[invoice.kind],
      dateText(invoice.issueDate),
      dateText(invoice.dueDate),
      money(invoice.total),
      money(invoice.creditApplied),
      money(invoice.amountPaid),
      money(invoice.amountDue),
      statusText(invoice),
    ]),
    columnStyles: {
      4: { halign: 'right' },
      5: { halign: 'right' },
      6: { halign: 'right' },
      7: { halign: 'right' },
    },
  });
  autoTable(doc, {
    ...TABLE_STYLE,
    startY: section(doc, 'Money received in the period', lastY(doc) + 22),
    head: [['Received', 'How', 'Reference', 'Amount']],
    body: moneyReceived(statement).map((row) => [
      dateText(row.on),
      row.how,
      row.reference,
      money(row.amount),
    ]),
    columnStyles: { 3: { halign: 'right' } },
  });
  autoTable(doc, {
    ...TABLE_STYLE,
    startY: section(doc, `Open receivables on ${dateText(statement.to)}`, lastY(doc) + 22),
    head: [['Number', 'Due', 'Days past due', 'Amount due']],
    body: statement.openReceivables.map((item) => [
      item.number ?? '',
      dateText(item.dueDate),
      String(item.daysPastDue),
      money(item.amountDue),
    ]),
    columnStyles: { 2: { halign: 'right' }, 3: { halign: 'right' } },
  });
  autoTable(doc, {
    ...TABLE_STYLE,
    startY: lastY(doc) + 10,
    head: [['Current', '1-30 days', '31-60 days', '61-90 days', 'Over 90 days']],
    body: [
      [
        money(statement.ageing.current),
        money(statement.ageing.d1_30),
        money(statement.ageing.d31_60),
        money(statement.ageing.d61_90),
        money(statement.ageing.over90),
      ],
    ],
    styles: { ...TABLE_STYLE.styles, halign: 'right' },
  });
  const pages = drawFooters(doc, statement.generatedAt, options.timeZone);
  if (options.proof !== undefined) drawProof(doc, options.proof);
  return { bytes: toBytes(doc), pages };
}

/** Hours used in the period and what the credit buys, for a customer with an hourly rate. */
function rateHoursRows(statement: Statement, money: (amount: string) => string): string[][] {
  const hours = statement.hours;
  if (hours === undefined) return [];
  return [
    ['Hours used in the period', `${hours.used} h`],
    [`Hours your credit buys at ${money(hours.hourlyRate)} an hour`, `${hours.creditBuys} h`],
  ];
}

/** The budget in hours, when one is agreed: hours agreed, used and left (or beyond). */
function hoursRows(statement: Statement): string[][] {
  const budget = statement.hoursBudget;
  if (budget === undefined) return [];
  const period = `${dateText(budget.from)}${budget.to === null ? '' : ` to ${dateText(budget.to)}`}`;
  const beyond = Number(budget.beyond) > 0;
  return [
    [`Hours agreed (${period})`, `${budget.agreed} h`],
    ['Hours used', `${budget.used} h`],
    beyond ? ['Hours beyond the budget', `${budget.beyond} h`] : ['Hours left', `${budget.left} h`],
  ];
}

/** The status cell: a void invoice also names why it was voided (the cell wraps). */
function statusText(invoice: Statement['invoices'][number]): string {
  const label = INVOICE_STATUS_LABELS[invoice.status];
  return invoice.status === 'void' && invoice.voidReason
    ? `${label}: ${invoice.voidReason}`
    : label;
}

/** Said in words under the summary, so nobody reads a sign the wrong way (issue #16). */
const SIGN_WORDS =
  'A positive balance is credit we hold for you; a negative balance is an amount you owe.';

/** The summary table: opening, credits, debits, closing, invoices still due. */
function drawSummary(doc: jsPDF, statement: Statement, y: number): void {
  const money = (amount: string) => amountText(amount, statement.currency);
  autoTable(doc, {
    ...TABLE_STYLE,
    startY: y,
    head: [[`Summary (${statement.currency})`, '']],
    body: [
      [`Opening balance on ${dateText(statement.from)}`, money(statement.openingBalance)],
      ['Credits in the period', money(statement.totalCredits)],
      ['Debits in the period', money(statement.totalDebits)],
      [`Closing balance on ${dateText(statement.to)}`, money(statement.closingBalance)],
      ['Invoices still due at the end of the period', money(statement.totalReceivable)],
      ...rateHoursRows(statement, money),
      ...hoursRows(statement),
    ],
    columnStyles: { 1: { halign: 'right' } },
    tableWidth: 300,
  });
}

type Received = { on: string; how: string; reference: string; amount: string };

/**
 * All money received in the period (issue #16): every payment recorded (on an invoice, a debt,
 * or to the balance), and every paid top-up entered straight on the balance (a top-up entry that
 * no payment made), by date. Promotional credit is not money received.
 */
function moneyReceived(statement: Statement): Received[] {
  const payments = statement.payments.map((payment) => ({
    on: payment.receivedOn,
    how: PAYMENT_METHOD_LABELS[payment.method],
    reference: payment.reference,
    amount: payment.amount,
  }));
  const topUps = statement.entries
    .filter((entry) => entry.type === 'top_up' && entry.paymentId === null)
    .map((entry) => ({
      on: entry.date,
      how: 'Top-up',
      reference: entry.reason ?? entry.description ?? '',
      amount: entry.amount,
    }));
  return [...payments, ...topUps].sort((a, b) => a.on.localeCompare(b.on));
}
