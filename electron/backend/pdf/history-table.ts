/**
 * The statement's balance history, which can run to thousands of lines. autoTable builds the
 * layout of a whole table (every cell's text and styles) before it draws, and holds the event
 * loop while it does: for 10,000 lines, over a second and some tens of megabytes. So the history
 * is drawn in slices of `HISTORY_SLICE_ROWS` lines, one autoTable each, with a pause between
 * slices in which other calls are answered. The slices read as one table: every column but the
 * description gets a fixed width measured over all lines, each slice starts where the last one
 * ended, and the header is drawn at the top of each page, never where a slice begins mid-page.
 * A debit that took from lots may carry a second, indented line naming them (`lotLine`).
 */
import type { jsPDF } from 'jspdf';
import { autoTable, type HookData } from 'jspdf-autotable';
import type { Statement } from '../../../shared/contract/types.ts';
import { ENTRY_TYPE_LABELS } from '../../../shared/labels.ts';
import { dateText, FONT, lastY } from './document.ts';
import { CELL_PADDING, TABLE_FONT_SIZE, TABLE_STYLE } from './table-style.ts';

export const HISTORY_SLICE_ROWS = 400;

const DATE_WIDTH = 62;
const DESCRIPTION = 2;

type Row = [string, string, string, string, string, string];

type Entry = Statement['entries'][number];

/**
 * The lot line under a debit's description (issue #16): the lots it took, each with its kind,
 * expiry and amount, indented on a line of its own. Only when it tells something: a debit that
 * took all from one paid lot that never expires gets none, so most lines stay one line.
 */
function lotLine(entry: Entry, money: (amount: string) => string): string | null {
  const lots = entry.lots ?? [];
  const plain = lots.length === 1 && lots[0]?.kind === 'paid' && lots[0].expiresOn === null;
  if (lots.length === 0 || plain) return null;
  const parts = lots.map((lot) => {
    const expiry = lot.expiresOn === null ? '' : ` exp. ${dateText(lot.expiresOn)}`;
    // No-break spaces inside a lot: a long line wraps between lots, never inside one.
    return `${money(lot.amount)} ${lot.kind}${expiry}`.replaceAll(' ', '\u00a0');
  });
  return `    from credit: ${parts.join('; ')}`;
}

function rowsOf(statement: Statement, money: (amount: string) => string): Row[] {
  return statement.entries.map((entry) => [
    dateText(entry.date),
    ENTRY_TYPE_LABELS[entry.type],
    [[entry.description, entry.reason].filter(Boolean).join(' - '), lotLine(entry, money)]
      .filter((line) => line !== null && line !== '')
      .join('\n'),
    entry.invoiceNumber ?? '',
    money(entry.amount),
    money(entry.runningBalance),
  ]);
}

const AMOUNT_COLUMNS = new Set([4, 5]);

/**
 * The widest of `texts` in the current font. Of amounts only the longest are measured: digits,
 * separators and the minus sign are each of one width, so a shorter amount is never wider.
 */
function widest(doc: jsPDF, texts: string[], amounts: boolean): number {
  let distinct = [...new Set(texts)];
  if (amounts) {
    const longest = Math.max(0, ...distinct.map((text) => text.length));
    distinct = distinct.filter((text) => text.length >= longest - 1);
  }
  return Math.max(0, ...distinct.map((text) => doc.getTextWidth(text)));
}

/** Fixed widths for every column but the description, which takes the rest of the line. */
function columnWidths(doc: jsPDF, head: Row, rows: Row[]): Record<number, { cellWidth: number }> {
  const widths: Record<number, { cellWidth: number }> = { 0: { cellWidth: DATE_WIDTH } };
  doc.setFontSize(TABLE_FONT_SIZE);
  for (const column of [1, 3, 4, 5]) {
    doc.setFont(FONT, 'bold');
    const headWidth = doc.getTextWidth(head[column] ?? '');
    doc.setFont(FONT, 'normal');
    const texts = rows.map((row) => row[column] ?? '');
    const bodyWidth = widest(doc, texts, AMOUNT_COLUMNS.has(column));
    widths[column] = {
      cellWidth: Math.ceil(Math.max(headWidth, bodyWidth) + 2 * CELL_PADDING + 1),
    };
  }
  return widths;
}

const nextTurn = () =>
  new Promise<void>((resolve) => {
    setImmediate(resolve);
  });

/** Draws the history from `startY` on; resolves once its last line is drawn. */
export async function drawHistory(
  doc: jsPDF,
  statement: Statement,
  money: (amount: string) => string,
  startY: number,
  sliceRows = HISTORY_SLICE_ROWS,
): Promise<void> {
  const head: Row = [
    'Date',
    'Type',
    'Description',
    'Document',
    `Amount (${statement.currency})`,
    'Balance',
  ];
  const rows = rowsOf(statement, money);
  const widths = columnWidths(doc, head, rows);
  const columnStyles = {
    ...widths,
    [DESCRIPTION]: { cellWidth: 'auto' as const },
    4: { ...widths[4], halign: 'right' as const },
    5: { ...widths[5], halign: 'right' as const },
  };
  for (let start = 0; start === 0 || start < rows.length; start += sliceRows) {
    if (start > 0) await nextTurn();
    const continues = start > 0;
    autoTable(doc, {
      ...TABLE_STYLE,
      startY: continues ? lastY(doc) : startY,
      head: [head],
      body: rows.slice(start, start + sliceRows),
      columnStyles,
      // A slice that continues the table mid-page starts without a header; from the top of a
      // page on (autoTable calls this before it decides on the header), it draws one.
      showHead: continues ? 'never' : 'everyPage',
      willDrawPage: (data: HookData) => {
        if (continues && (data.cursor?.y ?? 0) <= TABLE_STYLE.margin.top) {
          data.settings.showHead = 'everyPage';
        }
      },
    });
  }
}
