/**
 * Which characters text may hold, for both sides: the zod schemas refuse the rest as you type
 * and in the engine, and the PDF and CSV writers print old data through `printable`. Refused
 * everywhere: control characters (C0 but line feed and carriage return, DEL, C1; a tab too),
 * the bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) and the
 * invisible direction marks (U+200E, U+200F, U+061C), which can make `exe.pdf` read as `fdp.exe`,
 * unusual line separators (U+2028, U+2029) and broken characters (unpaired surrogates). A
 * single-line field (a name, a reference, a description) also refuses line breaks.
 */

export type TextLines = 'single' | 'multi';

// eslint-disable-next-line no-control-regex -- finding control characters is the point here
const CONTROL = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const DIRECTION = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const SEPARATOR = /[\u2028\u2029]/u;
const LINE_BREAK = /[\r\n]/u;
const BROKEN = /\p{Cs}/u;

/** `U+202E`: how a message names an invisible character. */
function codePoint(character: string): string {
  const value = character.codePointAt(0) ?? 0;
  return `U+${value.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why `text` is refused, as the end of a sentence about its field, or null when it is fine. */
export function textProblem(text: string, lines: TextLines): string | null {
  const control = CONTROL.exec(text)?.[0];
  if (control === '\t') return 'must not contain a tab';
  if (control !== undefined) {
    return `must not contain an invisible control character (${codePoint(control)})`;
  }
  const direction = DIRECTION.exec(text)?.[0];
  if (direction !== undefined) {
    return `must not contain an invisible direction mark (${codePoint(direction)}), which can disguise text`;
  }
  const separator = SEPARATOR.exec(text)?.[0];
  if (separator !== undefined) {
    return `must not contain an unusual line separator (${codePoint(separator)})`;
  }
  if (BROKEN.test(text)) return 'must not contain a broken character';
  if (lines === 'single' && LINE_BREAK.test(text)) return 'must fit on one line';
  return null;
}

const CONTROL_ALL = new RegExp(CONTROL.source, 'gu');
const DIRECTION_ALL = new RegExp(DIRECTION.source, 'gu');
const BROKEN_ALL = new RegExp(BROKEN.source, 'gu');
const LINE_BREAKS_ALL = /\r\n|[\r\n\u2028\u2029]/gu;

/**
 * `text` as a document may print it, even from a file older than these rules: direction marks
 * and broken characters removed, other control characters (a tab, a NUL) turned into spaces,
 * and every kind of line break made a space (`single`) or a line feed (`multi`).
 */
export function printable(text: string, lines: TextLines = 'single'): string {
  return text
    .replace(LINE_BREAKS_ALL, lines === 'single' ? ' ' : '\n')
    .replace(DIRECTION_ALL, '')
    .replace(BROKEN_ALL, '')
    .replace(CONTROL_ALL, ' ');
}
