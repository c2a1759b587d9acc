/**
 * Widths of money columns in grids whose rows are laid out apart (virtual tables): measured from
 * the longest amount as people see it, in the font the cell uses, so money is never cut, and no
 * wider (the text columns keep the rest of a narrow window).
 */
import { formatMoneyForPeople } from '../../../shared/money.ts';
import { userLocale } from './locale.ts';

/** Cells draw amounts at Mantine's `sm` size (0.875rem), at most semibold. */
const AMOUNT_FONT_REM = 0.875;
const AMOUNT_WEIGHT = 600;
/** The cell's horizontal padding (12 px a side) and rounding. */
const CELL_PADDING_PX = 26;
/** Headers are uppercase `xs` (0.75rem) bold, spaced 0.03em a letter (VirtualTable.module.css). */
const HEADER_FONT_REM = 0.75;
const HEADER_WEIGHT = 700;
const HEADER_LETTER_SPACING_EM = 0.03;

let canvas: HTMLCanvasElement | null = null;

function textWidthPx(text: string, fontRem = AMOUNT_FONT_REM, weight = AMOUNT_WEIGHT): number {
  canvas ??= document.createElement('canvas');
  const context = canvas.getContext('2d');
  const root = getComputedStyle(document.documentElement);
  const remPx = Number.parseInt(root.fontSize, 10) || 16;
  const fontSizePx = fontRem * remPx;
  // Without a canvas (never in a browser), a wide character each keeps the text whole.
  if (context === null) return text.length * fontSizePx * 0.75;
  context.font = `${weight} ${fontSizePx}px ${getComputedStyle(document.body).fontFamily}`;
  return context.measureText(text).width;
}

/** A header's width as drawn, so no header word is broken across lines. */
function headerWidthPx(header: string): number {
  const remPx = Number.parseInt(getComputedStyle(document.documentElement).fontSize, 10) || 16;
  const spacing = header.length * HEADER_LETTER_SPACING_EM * HEADER_FONT_REM * remPx;
  return textWidthPx(header.toUpperCase(), HEADER_FONT_REM, HEADER_WEIGHT) + spacing;
}

/** The widest of several currencies' columns: rows of a list may each have their own currency. */
export function mixedMoneyColumnWidth(
  amounts: readonly { amount: string; currency: string }[],
  header: string,
): string {
  const widths = amounts.map(({ amount, currency }) =>
    Number.parseInt(moneyColumnWidth([amount], currency, header), 10),
  );
  return `${Math.max(Number.parseInt(moneyColumnWidth([], 'EUR', header), 10), ...widths)}px`;
}

export function moneyColumnWidth(
  amounts: readonly string[],
  currency: string,
  header: string,
): string {
  const texts = new Set(
    amounts.map((amount) => formatMoneyForPeople(amount, currency, userLocale)),
  );
  const widest = Math.max(0, ...[...texts].map((text) => textWidthPx(`+${text}`)));
  const headerWidth = headerWidthPx(header);
  return `${Math.ceil(Math.max(widest, headerWidth)) + CELL_PADDING_PX}px`;
}
