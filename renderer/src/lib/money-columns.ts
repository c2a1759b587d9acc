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
/** Headers are uppercase `xs` bold with letter spacing: a generous width per character. */
const HEADER_CHAR_PX = 9;

let canvas: HTMLCanvasElement | null = null;

function textWidthPx(text: string): number {
  canvas ??= document.createElement('canvas');
  const context = canvas.getContext('2d');
  const root = getComputedStyle(document.documentElement);
  const remPx = Number.parseInt(root.fontSize, 10) || 16;
  const fontSizePx = AMOUNT_FONT_REM * remPx;
  // Without a canvas (never in a browser), a wide digit per character keeps money whole.
  if (context === null) return text.length * fontSizePx * 0.7;
  context.font = `${AMOUNT_WEIGHT} ${fontSizePx}px ${getComputedStyle(document.body).fontFamily}`;
  return context.measureText(text).width;
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
  const headerWidth = header.length * HEADER_CHAR_PX;
  return `${Math.ceil(Math.max(widest, headerWidth)) + CELL_PADDING_PX}px`;
}
