/**
 * The TrueType files behind the embedded fonts, parsed once per process and shared by every
 * document. jsPDF parses a font file again for each document that adds it (some 20 ms and
 * megabytes of garbage a style for Noto Sans); here each document gets a thin view of the one
 * parsed font with its own record of the glyphs it used (which glyphs, their widths and
 * characters, and its subset), so nothing one document prints leaks into another's subset. The
 * shared part is only read after parsing: tables, the cursor used while encoding a subset (in
 * one synchronous step), and a cache of glyphs.
 *
 * An embedded subset would also carry the font's `post` table, which names every glyph (53 kB in
 * Noto Sans) though a PDF viewer reads glyphs by number: it carries the table's 32-byte header as
 * version 3 (no names) instead.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { jsPDF } from 'jspdf';

type PostTable = { exists: boolean; raw: () => number[] | null };
type ParsedFont = { post: PostTable; subset: { constructor: new (font: object) => object } };
type AddedFont = {
  postScriptName: string;
  fontName: string;
  isStandardFont: boolean;
  metadata: object;
};
type AddFontEvent = { font: AddedFont };
type TrueType = { open: (bytes: Uint8Array) => ParsedFont };

const API_EVENTS = jsPDF.API.events as [string, (event: AddFontEvent) => void][];
const TRUE_TYPE = (jsPDF.API as unknown as { TTFFont: TrueType }).TTFFont;

/** The font module behind each name a document adds a TrueType font by. */
const modules = new Map<string, string>();
/** The standard fonts' names, each allowed only under the one family name given. */
const standardNames = new Map<string, string>();
const parsed = new Map<string, ParsedFont>();

/** The name to add a family's style by (`doc.addFont(name, family, style)`) from `module`. */
export function trueTypeName(family: string, style: string, module: string): string {
  const name = `${family}-${style}.ttf`;
  modules.set(name, module);
  return name;
}

/** Lets `doc.addFont(postScriptName, family, ...)` add a standard PDF font under `family`. */
export function allowStandardFont(postScriptName: string, family: string): void {
  standardNames.set(postScriptName, family);
}

function parsedFont(module: string): ParsedFont {
  let font = parsed.get(module);
  if (font === undefined) {
    const file = fs.readFileSync(createRequire(import.meta.url).resolve(module));
    font = TRUE_TYPE.open(new Uint8Array(file.buffer, file.byteOffset, file.length));
    withoutGlyphNames(font.post);
    parsed.set(module, font);
  }
  return font;
}

function withoutGlyphNames(post: PostTable): void {
  if (!post.exists) return;
  const raw = post.raw.bind(post);
  post.raw = () => {
    const header = raw()?.slice(0, 32) ?? null;
    if (header !== null) header.splice(0, 4, 0, 3, 0, 0);
    return header;
  };
}

/**
 * One document's view of a shared parsed font: the same tables (copied references: jsPDF asks
 * for some as own properties), its own glyphs used, widths and subset.
 */
function documentView(font: ParsedFont): object {
  const prototype = Object.getPrototypeOf(font) as object;
  const view: Record<string, unknown> = Object.assign(Object.create(prototype) as object, font);
  view.toUnicode = {};
  view.Unicode = { encoding: {}, kerning: {}, widths: [] };
  view.glyIdsUsed = [0];
  view.subset = new font.subset.constructor(view);
  return view;
}

const toShare = new WeakSet<AddedFont>();

/**
 * jsPDF subscribes its plugins' handlers last first: the handler pushed last runs before its own
 * TrueType support, the one put first runs after it. The first marks our fonts as standard, so
 * jsPDF neither reads "Helvetica" from the disk nor parses our files again; the last gives each
 * TrueType font its document's view of the shared parse, and takes the mark back.
 */
API_EVENTS.push([
  'addFont',
  ({ font }) => {
    if (standardNames.get(font.postScriptName) === font.fontName) font.isStandardFont = true;
    if (modules.has(font.postScriptName)) {
      font.isStandardFont = true;
      toShare.add(font);
    }
  },
]);
API_EVENTS.unshift([
  'addFont',
  ({ font }) => {
    const module = modules.get(font.postScriptName);
    if (!toShare.has(font) || module === undefined) return;
    toShare.delete(font);
    font.isStandardFont = false;
    font.metadata = documentView(parsedFont(module));
  },
]);
