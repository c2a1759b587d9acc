/**
 * The invoice PDF: number, dates, customer, lines with tax, and the totals down to the amount
 * due, showing the full total with the credit applied, payments and credit notes. Top-up and
 * balance-due invoices say what they are; a void invoice says so, with its reason, and owes 0.
 */
import type { ChainHead } from '../audit/chain-head.ts';
import { autoTable } from 'jspdf-autotable';
import type { jsPDF } from 'jspdf';
import type { Customer, Invoice, StatementBusiness } from '../../../shared/contract/types.ts';
import { INVOICE_KIND_LABELS, INVOICE_STATUS_LABELS } from '../../../shared/labels.ts';
import { printable } from '../../../shared/text.ts';
import {
  amountText,
  dateText,
  drawFooters,
  FONT,
  fontFor,
  lastY,
  MARGIN,
  newDocument,
  PAGE_WIDTH,
  pickCellFont,
  toBytes,
  write,
} from './document.ts';
import { drawIdentityHeader, type BusinessIdentity } from './identity-header.ts';

const KIND_NOTES: Record<Invoice['kind'], string> = {
  standard: '',
  top_up: 'A request to prepay: the amount paid is added to your balance with us.',
  balance_due: 'For charges beyond your prepaid balance last month: paying it settles that debt.',
};

export type InvoiceDocument = {
  invoice: Invoice;
  customer: Customer;
  business: StatementBusiness;
  logo: BusinessIdentity['logo'];
  /** The customer's balance once this invoice is taken into account (SPEC 11). */
  balanceAfter: string;
  generatedAt: string;
  timeZone: string;
  /** The head of the audit chain as the invoice was read, named in the PDF's keywords. */
  auditHead: ChainHead | null;
};

export function renderInvoicePdf(document: InvoiceDocument): { bytes: Buffer; pages: number } {
  const { invoice, customer } = document;
  const money = (amount: string) => amountText(amount, invoice.currency);
  const title = `${INVOICE_KIND_LABELS[invoice.kind]} ${invoice.number ?? ''}`.trim();
  const doc = newDocument(title, document.auditHead);
  const { business } = document;
  let y = drawIdentityHeader(
    doc,
    { name: business.name, address: business.address, taxId: business.taxId, logo: document.logo },
    { title, subtitle: `Issued ${dateText(invoice.issueDate)}, due ${dateText(invoice.dueDate)}` },
  );
  write(doc, 'Bill to', { x: MARGIN, y: y + 8, style: 'bold', size: 9 });
  write(doc, customer.name, { x: MARGIN, y: y + 22, size: 10 });
  const lines = [customer.email, ...customer.address.split('\n')].filter(Boolean);
  lines.forEach((line, index) => {
    write(doc, line, { x: MARGIN, y: y + 35 + index * 12, size: 9 });
  });
  const status = `Status: ${INVOICE_STATUS_LABELS[invoice.status]}`;
  write(doc, status, { x: PAGE_WIDTH - MARGIN, y: y + 22, size: 9, align: 'right' });
  y += 45 + lines.length * 12;
  if (invoice.status === 'void') {
    const note = `Void: nothing is due. Reason: ${invoice.voidReason ?? 'not recorded'}`;
    doc.setFont(fontFor(doc, note), 'normal').setFontSize(9);
    const wrapped = doc.splitTextToSize(note, PAGE_WIDTH - 2 * MARGIN) as string[];
    doc.text(wrapped, MARGIN, y);
    y += 12 * wrapped.length + 2;
  }
  if (KIND_NOTES[invoice.kind]) {
    write(doc, KIND_NOTES[invoice.kind], { x: MARGIN, y, size: 9 });
    y += 14;
  }
  autoTable(doc, {
    startY: y,
    theme: 'grid',
    styles: { font: FONT, fontSize: 9, cellPadding: 4 },
    headStyles: { font: FONT, fontStyle: 'bold', fillColor: [235, 238, 242], textColor: 20 },
    showHead: 'everyPage',
    didParseCell: pickCellFont,
    margin: { left: MARGIN, right: MARGIN, bottom: 40 },
    head: [
      ['Description', 'Quantity', `Unit price (${invoice.currency})`, 'Tax rate', 'Amount', 'Tax'],
    ],
    body: invoice.lines.map((line) => [
      line.description,
      line.quantity,
      money(line.unitPrice),
      line.taxRate === null ? '' : `${line.taxRate}%`,
      money(line.amount),
      money(line.tax),
    ]),
    columnStyles: {
      1: { halign: 'right' },
      2: { halign: 'right' },
      3: { halign: 'right' },
      4: { halign: 'right' },
      5: { halign: 'right' },
    },
  });
  autoTable(doc, {
    startY: lastY(doc) + 14,
    theme: 'plain',
    styles: { font: FONT, fontSize: 9, cellPadding: 3 },
    margin: { left: PAGE_WIDTH - MARGIN - 240, right: MARGIN },
    tableWidth: 240,
    body: [
      ['Subtotal', money(invoice.subtotal)],
      ['Tax', money(invoice.tax)],
      ['Total', money(invoice.total)],
      ['Credit applied from balance', `-${money(invoice.creditApplied)}`],
      ['Payments received', `-${money(invoice.amountPaid)}`],
      ['Credit notes', `-${money(invoice.creditNoted)}`],
      [`Amount due (${invoice.currency})`, money(invoice.amountDue)],
      ['Your balance with us after this invoice', money(document.balanceAfter)],
    ],
    columnStyles: { 1: { halign: 'right' } },
    didParseCell: (data) => {
      pickCellFont(data);
      if (data.row.index === 2 || data.row.index === 6) data.cell.styles.fontStyle = 'bold';
    },
  });
  if (invoice.memo) {
    // The memo keeps its lines (jsPDF wraps them); nothing unprintable from an old file.
    const memo = printable(invoice.memo, 'multi');
    doc.setFont(fontFor(doc, memo), 'normal').setFontSize(9);
    doc.text(memo, MARGIN, lastY(doc) + 24, { maxWidth: PAGE_WIDTH - 2 * MARGIN });
  }
  drawPayTo(doc, document);
  const pages = drawFooters(doc, document.generatedAt, document.timeZone);
  return { bytes: toBytes(doc), pages };
}

/** Where to pay (bank details, when something is due) and the business's message, after all. */
function drawPayTo(doc: jsPDF, document: InvoiceDocument): void {
  const isDue = /[1-9]/.test(document.invoice.amountDue);
  const bank = isDue ? nonEmptyLines(document.business.bankDetails) : [];
  const message = nonEmptyLines(document.business.message);
  let y = lastY(doc) + 28;
  if (bank.length > 0) {
    write(doc, 'Pay to', { x: MARGIN, y, style: 'bold', size: 9 });
    y += 12;
    for (const line of bank) {
      write(doc, line, { x: MARGIN, y, size: 9 });
      y += 12;
    }
  }
  for (const line of message) {
    write(doc, line, { x: MARGIN, y: y + 6, size: 9 });
    y += 12;
  }
}

function nonEmptyLines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}
