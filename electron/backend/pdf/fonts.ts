/**
 * Which font prints which text. A document whose text all fits Windows-1252 (WinAnsi: Latin with
 * its accents, €, dashes and quotes) is set in the standard PDF font Helvetica, which every viewer
 * has: nothing is embedded, so the file is small and quick to make (a kept statement costs the
 * book a few kilobytes, not ninety). Any other document embeds subsets of TrueType fonts, which
 * the standard fonts cannot replace (they drop Ł, Greek, Cyrillic or CJK glyphs silently): Noto
 * Sans for Latin, Greek and Cyrillic, and BIZ UDPGothic (which also covers those) for CJK.
 * Either way the family is called FONT in the document, so layouts never ask which it is; a run
 * that does not fit WinAnsi in a standard document still gets an embedded font (EXTRA_FONT).
 * The files are parsed once per process (font-files.ts).
 */
import type { jsPDF } from 'jspdf';
import { allowStandardFont, trueTypeName } from './font-files.ts';

export const FONT = 'NotoSans';
export const CJK_FONT = 'BIZUDPGothic';
/** Noto Sans for a run outside WinAnsi in a document otherwise set in Helvetica. */
export const EXTRA_FONT = 'NotoSansExtra';

export type FontStyle = 'normal' | 'bold';
export type FontSet = 'standard' | 'embedded';

const NOTO = {
  normal: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
};

const FONT_FILES: Record<string, Record<FontStyle, string>> = {
  [FONT]: NOTO,
  [EXTRA_FONT]: NOTO,
  [CJK_FONT]: {
    normal: '@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf',
    bold: '@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf',
  },
};

const STANDARD_FILES: Record<FontStyle, string> = { normal: 'Helvetica', bold: 'Helvetica-Bold' };

/** The characters Windows-1252 holds beyond Latin-1, which jsPDF maps for the standard fonts. */
const WIN_ANSI_EXTRAS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const WIN_ANSI = new RegExp(`^[\\t\\n\\r\\x20-\\x7e\\xa0-\\xff${WIN_ANSI_EXTRAS}]*$`, 'u');

/** Whether the standard fonts print every character of `text`. */
export function fitsWinAnsi(text: string): boolean {
  return WIN_ANSI.test(text);
}

/** The font set for a document holding `texts`: standard when every one fits WinAnsi. */
export function fontSetFor(texts: Iterable<string>): FontSet {
  for (const text of texts) if (!fitsWinAnsi(text)) return 'embedded';
  return 'standard';
}

const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;
export const CJK_CHARACTER = new RegExp(`^${CJK.source}$`, 'u');

allowStandardFont(STANDARD_FILES.normal, FONT);
allowStandardFont(STANDARD_FILES.bold, FONT);

const fontSets = new WeakMap<jsPDF, FontSet>();
const registered = new WeakMap<jsPDF, Set<string>>();
const fontAddedHooks = new WeakMap<jsPDF, () => void>();

/** Sets up FONT in `doc` as the set says; `onFontAdded` runs whenever a family is added. */
export function setUpFonts(doc: jsPDF, set: FontSet, onFontAdded: () => void): void {
  fontSets.set(doc, set);
  fontAddedHooks.set(doc, onFontAdded);
  registerFont(doc, FONT);
}

/** The family that prints every character of `text`, added to `doc` if it is not yet. */
export function fontFor(doc: jsPDF, text: string): string {
  let family = FONT;
  if (CJK.test(text)) family = CJK_FONT;
  else if (fontSets.get(doc) === 'standard' && !fitsWinAnsi(text)) family = EXTRA_FONT;
  registerFont(doc, family);
  return family;
}

/**
 * Adds a family to the document the first time it is needed: parsing the CJK font costs tens of
 * megabytes, which a process that prints no CJK text should not pay.
 */
function registerFont(doc: jsPDF, family: string): void {
  const families = registered.get(doc) ?? new Set<string>();
  registered.set(doc, families);
  if (families.has(family)) return;
  families.add(family);
  fontAddedHooks.get(doc)?.();
  for (const style of ['normal', 'bold'] as const) {
    if (family === FONT && fontSets.get(doc) === 'standard') {
      doc.addFont(STANDARD_FILES[style], family, style, 'WinAnsiEncoding');
      continue;
    }
    const files = FONT_FILES[family];
    if (files === undefined) throw new Error(`No font file for ${family}`);
    doc.addFont(trueTypeName(family, style, files[style]), family, style);
  }
}

/** Every string in `value` (its keys too), however deep: the text a document drawn from it holds. */
export function* textsOf(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* textsOf(item);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      yield key;
      yield* textsOf(item);
    }
  }
}
