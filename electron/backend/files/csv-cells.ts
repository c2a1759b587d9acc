/**
 * Cells of the CSV files the engine writes (statements, the whole book), RFC 4180 and safe in a
 * spreadsheet: text is made printable first (shared/text.ts: no control character or direction
 * override; a line break becomes a space unless the cell keeps its lines), then text that a
 * spreadsheet would run as a formula (= + - @, tab, carriage return first) gets a leading
 * apostrophe, and a cell holding a comma, quote or line break is quoted with quotes doubled.
 */
import { printable } from '../../../shared/text.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell on one line, or keeping its lines (`multi`: addresses, memos, reasons). */
export function textCell(value: string | null, lines: 'one' | 'multi' = 'one'): string {
  const text = lines === 'one' ? printable(value ?? '') : printable(value ?? '', 'multi');
  return quote(FORMULA_START.test(text) ? `'${text}` : text);
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
