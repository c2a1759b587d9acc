/**
 * The shared frame of every PDF: an A4 jsPDF document, a business header, and "page X of Y" with
 * the generation time on every page. jsPDF has no per-glyph fallback, so each piece of text picks
 * its font (fonts.ts: Helvetica when the whole document fits WinAnsi, else embedded Noto Sans,
 * and BIZ UDPGothic for CJK), cut where it changes between CJK and other scripts. Every
 * piece of text goes through `printable` (shared/text.ts) on its way in, so a control character
 * or a direction override from an older file is never printed.
 */
import zlib from 'node:zlib';
import type { ChainHead } from '../audit/chain-head.ts';
import { jsPDF } from 'jspdf';
import { minorDigits } from '../../../shared/currencies.ts';
import { printable } from '../../../shared/text.ts';
import { CJK_CHARACTER, FONT, fontFor, setUpFonts, type FontSet, type FontStyle } from './fonts.ts';

export { CJK_FONT, FONT, fontFor, fontSetFor } from './fonts.ts';
export const MARGIN = 40;
export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;

const NEUTRAL = /^[\s\p{P}\p{S}\p{N}]$/u;

export type ScriptRun = { text: string; cjk: boolean };

/**
 * `text` cut where it changes between CJK and other scripts, so each part can be printed in its
 * own font: the CJK font's Latin, Greek and Cyrillic are wide and spaced, which reads oddly
 * beside Noto Sans. Spaces, digits and punctuation stay with the part they follow.
 */
export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  for (const character of text) {
    const last = runs.at(-1);
    const cjk = CJK_CHARACTER.test(character);
    if (last !== undefined && (last.cjk === cjk || NEUTRAL.test(character))) last.text += character;
    else runs.push({ text: character, cjk });
  }
  return runs;
}

/** Writes one line of `text` (any line break a space), each script in a font that prints it. */
export function write(
  doc: jsPDF,
  text: string,
  at: { x: number; y: number; style?: FontStyle; size?: number; align?: 'left' | 'right' },
): void {
  const style = at.style ?? 'normal';
  if (at.size !== undefined) doc.setFontSize(at.size);
  const runs = scriptRuns(printable(text)).map((run) => {
    const font = fontFor(doc, run.text);
    return { ...run, font, width: doc.setFont(font, style).getTextWidth(run.text) };
  });
  const total = runs.reduce((sum, run) => sum + run.width, 0);
  let x = at.align === 'right' ? at.x - total : at.x;
  for (const run of runs) {
    doc.setFont(run.font, style);
    doc.text(run.text, x, at.y);
    x += run.width;
  }
}

type Filtered = { data: string; reverseChain: string };
type FilterApi = { processDataByFilters: (data: string, filters: string[] | string) => Filtered };

/**
 * jsPDF deflates each page by appending its output one character at a time, which holds a
 * long chain of strings per page until the file is joined: hundreds of megabytes for a
 * 200-page statement. Node's zlib gives the same FlateDecode stream as one flat string.
 */
function useNodeDeflate(api: FilterApi): void {
  const original = api.processDataByFilters.bind(api);
  api.processDataByFilters = (data, filters) => {
    const chain = typeof filters === 'string' ? [filters] : filters;
    if (chain.length !== 1 || chain[0]?.replace('/', '') !== 'FlateEncode')
      return original(data, filters);
    const deflated = zlib.deflateSync(Buffer.from(data, 'latin1'));
    return { data: deflated.toString('latin1'), reverseChain: '/FlateDecode' };
  };
}

useNodeDeflate(jsPDF.API as unknown as FilterApi);

/**
 * The PDF's keywords name the head of the audit chain when it was made (`balancebook-audit-head
 * <seq> <hash>`), so the file, kept outside the book, can later prove the book still holds it.
 */
export function auditHeadKeywords(head: ChainHead | null): string {
  return head === null
    ? 'balancebook-audit-head none'
    : `balancebook-audit-head ${head.seq} ${head.hash}`;
}

/**
 * A new A4 document. `fontSet` says how its text is set (fonts.ts): 'standard' only when the
 * caller has checked that all of it fits WinAnsi, else the embedded fonts.
 */
export function newDocument(
  title: string,
  auditHead: ChainHead | null = null,
  fontSet: FontSet = 'embedded',
): jsPDF {
  // Only fonts used are written out (the unused ones would still be parsed and subset).
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true, putOnlyUsedFonts: true });
  const fontList = rememberFontList(doc);
  setUpFonts(doc, fontSet, () => {
    delete fontList.list;
  });
  doc.setFont(FONT, 'normal');
  doc.setProperties({
    title: printable(title),
    creator: 'Balancebook',
    keywords: auditHeadKeywords(auditHead),
  });
  return doc;
}

type FontList = ReturnType<jsPDF['getFontList']>;
type FontListMemo = { build: () => FontList; list?: FontList };

/**
 * autoTable asks jsPDF for the font list on every cell it styles, and jsPDF builds a new list
 * of all its fonts each time: a third of everything a 10,000-line statement allocated. The list
 * only changes when a font is added, which only `registerFont` does, so it is built once per
 * font added (setUpFonts calls back then).
 */
function rememberFontList(doc: jsPDF): FontListMemo {
  const memo: FontListMemo = { build: doc.getFontList.bind(doc) };
  doc.getFontList = () => (memo.list ??= memo.build());
  return memo;
}

/** Business name and address top left, the document's title and subtitle top right. */
export function drawHeader(
  doc: jsPDF,
  header: { businessName: string; businessAddress: string; title: string; subtitle: string },
): number {
  write(doc, header.businessName || 'Balancebook', {
    x: MARGIN,
    y: MARGIN + 10,
    style: 'bold',
    size: 15,
  });
  const address = header.businessAddress.split('\n').filter(Boolean);
  address.forEach((line, index) => {
    write(doc, line, { x: MARGIN, y: MARGIN + 26 + index * 12, size: 9 });
  });
  const right = PAGE_WIDTH - MARGIN;
  write(doc, header.title, { x: right, y: MARGIN + 10, style: 'bold', size: 13, align: 'right' });
  write(doc, header.subtitle, { x: right, y: MARGIN + 26, size: 9, align: 'right' });
  return MARGIN + 40 + address.length * 12;
}

/** Writes the footer of every page once the page count is known; returns the count. */
export function drawFooters(doc: jsPDF, generatedAt: string, timeZone = 'UTC'): number {
  const pages = doc.getNumberOfPages();
  const generated = `Generated ${timeInZone(generatedAt, timeZone)}`;
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    doc.setFont(FONT, 'normal').setFontSize(8).setTextColor(110);
    doc.text(generated, MARGIN, PAGE_HEIGHT - 20);
    doc.text(`Page ${page} of ${pages}`, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 20, { align: 'right' });
    doc.setTextColor(0);
  }
  return pages;
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** `2026-03-01 10:00 Europe/Brussels`: an instant as the business's clock showed it. */
export function timeInZone(instant: string, timeZone: string): string {
  // Making a formatter costs about a millisecond: one per zone for the process.
  let format = zoneFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    zoneFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((piece) => piece.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')} ${timeZone}`;
}

const amountFormats = new Map<string, Intl.NumberFormat>();

/** 1234.5 as "1,234.50": grouped, with the currency's digits, never through a float. */
export function amountText(amount: string, currency: string): string {
  let format = amountFormats.get(currency);
  if (format === undefined) {
    const digits = minorDigits(currency);
    format = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      // A zero is printed without a sign: never "-0.00" on a document.
      signDisplay: 'negative',
    });
    amountFormats.set(currency, format);
  }
  return format.format(amount as Intl.StringNumericLiteral);
}

/** Dates as people read them in a document: 2026-03-01 becomes 1 Mar 2026. */
export function dateText(date: string | null): string {
  if (date === null) return '';
  const [year, month, day] = date.split('-');
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  return `${Number(day)} ${months[Number(month) - 1] ?? ''} ${year ?? ''}`;
}

/**
 * For autoTable: each cell's lines (autoTable has split the text at its line breaks, so they
 * wrap in the cell) made printable, and the cell in the font that prints them.
 */
export function pickCellFont(data: {
  doc: jsPDF;
  cell: { text: string[]; styles: { font: string } };
}): void {
  data.cell.text = data.cell.text.map((line) => printable(line));
  data.cell.styles.font = fontFor(data.doc, data.cell.text.join(' '));
}

const compacted = new WeakMap<jsPDF, number>();

/**
 * Joins the drawing operators of every finished page into one string. jsPDF keeps each
 * operator as its own small string until the file is written; a 200-page statement holds
 * hundreds of thousands of them. Written out, the page is the same: its operators joined by
 * newlines. Call it when a page is done (autoTable's didDrawPage); later drawing on that page,
 * such as the footer, is still appended after it.
 */
export function compactFinishedPages(doc: jsPDF): void {
  const pages = (doc.internal as unknown as { pages: (string[] | undefined)[] }).pages;
  const current = doc.getCurrentPageInfo().pageNumber;
  const from = compacted.get(doc) ?? 1;
  for (let page = from; page < current; page += 1) {
    const operators = pages[page];
    if (operators !== undefined && operators.length > 1) pages[page] = [operators.join('\n')];
  }
  compacted.set(doc, Math.max(from, current));
}

/** Where the last table ended on its last page. */
export function lastY(doc: jsPDF): number {
  return (doc as jsPDF & { lastAutoTable?: { finalY: number } }).lastAutoTable?.finalY ?? MARGIN;
}

/** The finished file: jsPDF's output is a binary string, one character per byte. */
export function toBytes(doc: jsPDF): Buffer {
  return Buffer.from(doc.output(), 'latin1');
}
