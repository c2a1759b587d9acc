/**
 * Which font prints which text. A document whose text all fits Windows-1252 (WinAnsi: Latin with
 * its accents, €, dashes and quotes) is set in the standard PDF font Helvetica, which every viewer
 * has: nothing is embedded, so the file is small and quick to make (a kept statement costs the
 * book a few kilobytes, not ninety). Any other document embeds subsets of TrueType fonts, which
 * the standard fonts cannot replace (they drop Ł, Greek, Cyrillic or CJK glyphs silently): Noto
 * Sans for Latin, Greek and Cyrillic, and BIZ UDPGothic (which also covers those) for CJK.
 * Either way the family is called FONT in the document, so layouts never ask which it is; a run
 * that does not fit WinAnsi in a standard document still gets an embedded font (EXTRA_FONT).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { jsPDF } from 'jspdf';

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

const fontCache = new Map<string, string>();

/** A font file as base64, read once per process: the CJK one is 4.5 MB. */
function fontBase64(module: string): string {
  let base64 = fontCache.get(module);
  if (base64 === undefined) {
    base64 = fs.readFileSync(createRequire(import.meta.url).resolve(module)).toString('base64');
    fontCache.set(module, base64);
  }
  return base64;
}

const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;
export const CJK_CHARACTER = new RegExp(`^${CJK.source}$`, 'u');

type AddFontEvent = { font: { postScriptName: string; fontName: string; isStandardFont: boolean } };
const API_EVENTS = jsPDF.API.events as [string, (event: AddFontEvent) => void][];

/**
 * Helvetica added under FONT is a standard font: flagged before jsPDF's TrueType support sees it,
 * which would otherwise try to read a file called "Helvetica" from the disk and log its failure.
 * (jsPDF subscribes its plugins' handlers last first, so the handler pushed last runs first.)
 */
API_EVENTS.push([
  'addFont',
  ({ font }) => {
    const standard = Object.values(STANDARD_FILES).includes(font.postScriptName);
    if (standard && font.fontName === FONT) font.isStandardFont = true;
  },
]);

type PostTable = { exists: boolean; raw: () => number[] | null };
type TrueTypeEvent = { font: { metadata?: { post?: PostTable } } };

/**
 * An embedded subset keeps jsPDF's copy of the font's `post` table, which names every glyph of
 * the font (53 kB in Noto Sans) though a PDF viewer reads glyphs by number. The subset is given
 * the table's 32-byte header as version 3 (no names) instead. Runs after jsPDF's TrueType
 * support has parsed the file (the handler pushed first runs last).
 */
API_EVENTS.unshift([
  'addFont',
  (event) => {
    const post = (event as unknown as TrueTypeEvent).font.metadata?.post;
    if (post === undefined || !post.exists) return;
    const raw = post.raw.bind(post);
    post.raw = () => {
      const header = raw()?.slice(0, 32) ?? null;
      if (header !== null) header.splice(0, 4, 0, 3, 0, 0);
      return header;
    };
  },
]);

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
 * megabytes, which a statement without CJK text should not pay.
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
    const name = `${family}-${style}.ttf`;
    doc.addFileToVFS(name, fontBase64(files[style]));
    doc.addFont(name, family, style);
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
