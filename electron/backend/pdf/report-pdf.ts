/**
 * A report as a PDF: the business header, the report's title and date, then each table (one per
 * currency, and credit owed by expiry month) with its totals row in bold, amounts grouped and
 * right-aligned. The wide activity table prints in a smaller size.
 */
import { autoTable } from 'jspdf-autotable';
import {
  REPORT_TITLES,
  reportTables,
  reportWhen,
  type AnyReport,
} from '../accounting/report-tables.ts';
import {
  amountText,
  drawFooters,
  drawHeader,
  FONT,
  lastY,
  MARGIN,
  newDocument,
  pickCellFont,
  toBytes,
  write,
} from './document.ts';

const AMOUNT = /^-?\d+(\.\d+)?$/;

export function renderReportPdf(
  input: AnyReport,
  context: { business: { name: string; address: string }; generatedAt: string },
): { bytes: Buffer; pages: number } {
  const title = REPORT_TITLES[input.kind];
  const doc = newDocument(`${title} ${reportWhen(input)}`);
  let y = drawHeader(doc, {
    businessName: context.business.name,
    businessAddress: context.business.address,
    title,
    subtitle: reportWhen(input),
  });
  const wide = input.kind === 'activity';
  const tables = reportTables(input);
  if (tables.length === 0) write(doc, 'No customers.', { x: MARGIN, y: y + 12, size: 10 });
  for (const table of tables) {
    write(doc, table.heading, { x: MARGIN, y: y + 14, style: 'bold', size: 10 });
    const last = table.rows.length - 1;
    autoTable(doc, {
      startY: y + 20,
      theme: 'grid',
      head: [table.columns],
      body: table.rows.map((row) =>
        row.map((cell) => (AMOUNT.test(cell) ? amountText(cell, table.currency) : cell)),
      ),
      styles: { font: FONT, fontSize: wide ? 5 : 8, cellPadding: wide ? 2 : 3 },
      headStyles: { font: FONT, fontStyle: 'bold', fillColor: [235, 238, 242], textColor: 20 },
      showHead: 'everyPage',
      didParseCell: (data) => {
        pickCellFont(data);
        if (data.section === 'body' && data.column.index > 0) data.cell.styles.halign = 'right';
        if (
          data.section === 'body' &&
          data.row.index === last &&
          !table.heading.includes('by expiry')
        )
          data.cell.styles.fontStyle = 'bold';
      },
      margin: { left: MARGIN, right: MARGIN, bottom: 40 },
    });
    y = lastY(doc) + 8;
  }
  const pages = drawFooters(doc, context.generatedAt);
  return { bytes: toBytes(doc), pages };
}
