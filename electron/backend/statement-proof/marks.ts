/**
 * The marks a statement PDF carries so it can be read back exactly: its verification code, the
 * hash of its data and the audit chain's head, in the PDF's Keywords (`balancebook-audit-head <seq>
 * <hash> balancebook-statement-data <sha256> balancebook-statement-code <code>`). The page prints
 * the code for people; the keywords are for the machine, since the page's text is compressed and
 * written as glyph numbers. Reading needs no PDF library: the document information dictionary
 * that holds the keywords is plain text in the file, found by its `/Keywords` key (a literal or
 * hex string; an edited file that appended a newer dictionary is read by its last one). A file
 * re-saved by a tool that packs objects into compressed object streams is read there too.
 */
import zlib from 'node:zlib';
import type { ChainHead } from '../audit/chain-head.ts';
import { auditHeadKeywords } from '../pdf/document.ts';
import { AppError } from '../../../shared/errors.ts';
import { CODE_PATTERN, statementCode } from './code.ts';

/** A statement of 10,000 entries is about 0.9 MB; a file past this cap is refused unread. */
export const PDF_BYTES_MAX = 20 * 1024 * 1024;
/** PDF readers accept the header anywhere in the first kilobyte; so do we. */
const HEADER_WITHIN = 1024;

export type StatementMarks = {
  code: string;
  dataHash: string | null;
  /** The head the keywords name; null for `none` (a book with no events) or when absent. */
  head: ChainHead | null;
  /** The code is the one `statementCode` gives for the data hash and head read beside it. */
  isConsistent: boolean;
};

/** The keywords of a statement PDF: the audit head as every export names it, then the marks. */
export function statementKeywords(marks: {
  code: string;
  dataHash: string;
  head: ChainHead | null;
}): string {
  return `${auditHeadKeywords(marks.head)} balancebook-statement-data ${marks.dataHash} balancebook-statement-code ${marks.code}`;
}

/** Refuses a file past the cap by its size alone, so a caller can check before reading it. */
export function refuseOversizedPdf(byteCount: number): void {
  if (byteCount > PDF_BYTES_MAX) {
    throw new AppError(
      'VALIDATION',
      `The file is ${megabytes(byteCount)} MB; a statement to verify may be at most ${megabytes(PDF_BYTES_MAX)} MB`,
      'path',
    );
  }
}

function megabytes(byteCount: number): string {
  return (byteCount / (1024 * 1024)).toLocaleString('en-US', { maximumFractionDigits: 1 });
}

/** The marks in a PDF's bytes, or null when it carries none (not a statement of ours). */
export function readStatementMarks(bytes: Uint8Array): StatementMarks | null {
  if (bytes.length === 0) throw new AppError('VALIDATION', 'The file is empty', 'path');
  refuseOversizedPdf(bytes.length);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  if (!text.slice(0, HEADER_WITHIN).includes('%PDF-')) {
    throw new AppError('VALIDATION', 'The file is not a PDF (it has no %PDF- header)', 'path');
  }
  return lastMarks(keywordValues(text)) ?? lastMarks(objectStreams(text).flatMap(keywordValues));
}

function lastMarks(values: string[]): StatementMarks | null {
  return (
    values
      .map(parseMarks)
      .filter((marks) => marks !== null)
      .at(-1) ?? null
  );
}

/** Inflated text of all object streams may be at most this: a small file cannot balloon. */
const INFLATED_BYTES_MAX = 4 * PDF_BYTES_MAX;
/**
 * How far a value or a dictionary is looked for. Ours are a few hundred characters; the bound
 * keeps every search linear in the file, so a hostile file cannot make verification hang.
 */
const SCAN_CHARS_MAX = 4096;
/** At most this many `/Keywords` or `/ObjStm` places are read; a real file has a handful. */
const PLACES_MAX = 1024;

/**
 * The text of every Flate-compressed object stream (`/Type /ObjStm`), where PDF 1.5 files may keep
 * their document information. A stream that does not inflate is skipped: a file this damaged is
 * read as carrying no marks in it, which makes the verdict `unknown`, never a guess.
 */
function objectStreams(text: string): string[] {
  const found: string[] = [];
  let budget = INFLATED_BYTES_MAX;
  let places = 0;
  for (
    let at = text.indexOf('/ObjStm');
    at >= 0 && budget > 0 && places < PLACES_MAX;
    places += 1
  ) {
    const start = streamStart(text, at);
    const end = start < 0 ? -1 : text.indexOf('endstream', start);
    if (start >= 0 && end < 0) break;
    if (start >= 0) {
      const inflated = inflate(text.slice(start, end), budget);
      budget -= inflated?.length ?? 0;
      if (inflated !== null) found.push(inflated.toString('latin1'));
    }
    at = text.indexOf('/ObjStm', start >= 0 ? end : at + 1);
  }
  return found;
}

/** Where the data of the Flate stream whose dictionary names `/ObjStm` at `at` starts, or -1. */
function streamStart(text: string, at: number): number {
  const before = text.slice(Math.max(0, at - SCAN_CHARS_MAX), at);
  const open = before.lastIndexOf('<<');
  const close = text.slice(at, at + SCAN_CHARS_MAX).indexOf('>>');
  if (open < 0 || close < 0) return -1;
  const dictionary = before.slice(open) + text.slice(at, at + close);
  const keyword = /^>>\s*stream\r?\n/.exec(text.slice(at + close, at + close + 32));
  if (!dictionary.includes('/FlateDecode') || keyword === null) return -1;
  return at + close + keyword[0].length;
}

function inflate(data: string, budget: number): Buffer | null {
  try {
    return zlib.inflateSync(Buffer.from(data, 'latin1'), {
      finishFlush: zlib.constants.Z_SYNC_FLUSH,
      maxOutputLength: budget,
    });
  } catch {
    return null;
  }
}

/** Every `/Keywords` value in the file, in file order, decoded to text. */
function keywordValues(text: string): string[] {
  const values: string[] = [];
  const key = /\/Keywords\s*([(<])/g;
  let places = 0;
  for (let match = key.exec(text); match !== null && places < PLACES_MAX; match = key.exec(text)) {
    places += 1;
    const start = match.index + match[0].length;
    const raw = match[1] === '(' ? literalString(text, start) : hexString(text, start);
    if (raw !== null) values.push(decodeTextString(raw));
  }
  return values;
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

/** A PDF literal string from just after its `(`: balanced parentheses, backslash escapes. */
function literalString(text: string, start: number): string | null {
  let depth = 1;
  let value = '';
  const limit = Math.min(text.length, start + SCAN_CHARS_MAX);
  for (let index = start; index < limit; index += 1) {
    const character = text.charAt(index);
    if (character === '\\') {
      const octal = /^[0-7]{1,3}/.exec(text.slice(index + 1, index + 4))?.[0];
      if (octal !== undefined) {
        value += String.fromCharCode(parseInt(octal, 8) & 0xff);
        index += octal.length;
        continue;
      }
      const next = text.charAt(index + 1);
      index += 1;
      if (next === '\r' && text.charAt(index + 1) === '\n') index += 1;
      if (next !== '\r' && next !== '\n') value += ESCAPES[next] ?? next;
      continue;
    }
    if (character === '(') depth += 1;
    if (character === ')') depth -= 1;
    if (depth === 0) return value;
    value += character;
  }
  return null;
}

/** A PDF hex string from just after its `<`; an odd last digit counts as followed by 0. */
function hexString(text: string, start: number): string | null {
  const end = text.slice(start, start + SCAN_CHARS_MAX).indexOf('>') + start;
  if (end < start) return null;
  const digits = text.slice(start, end).replace(/\s/g, '');
  if (!/^[0-9a-fA-F]*$/.test(digits)) return null;
  const even = digits.length % 2 === 0 ? digits : `${digits}0`;
  return Buffer.from(even, 'hex').toString('latin1');
}

/** PDF text strings are UTF-16BE after a byte-order mark, else one byte per character. */
function decodeTextString(raw: string): string {
  if (!raw.startsWith('\u00fe\u00ff')) return raw;
  const bytes = Buffer.from(raw.slice(2), 'latin1');
  let text = '';
  for (let index = 0; index + 1 < bytes.length; index += 2) {
    text += String.fromCharCode(bytes.readUInt16BE(index));
  }
  return text;
}

const CODE_MARK = /\bbalancebook-statement-code\s+(\S+)/;
const DATA_MARK = /\bbalancebook-statement-data\s+([0-9a-f]{64})\b/;
const HEAD_MARK = /\bbalancebook-audit-head\s+(?:none|(\d+)\s+([0-9a-f]{64}))\b/;

function parseMarks(keywords: string): StatementMarks | null {
  const code = CODE_MARK.exec(keywords)?.[1];
  if (code === undefined || !CODE_PATTERN.test(code)) return null;
  const dataHash = DATA_MARK.exec(keywords)?.[1] ?? null;
  const head = HEAD_MARK.exec(keywords);
  const seq = head?.[1];
  const hash = head?.[2];
  const named = seq === undefined || hash === undefined ? null : { seq: Number(seq), hash };
  const isConsistent =
    dataHash !== null && head !== null && statementCode(dataHash, named) === code;
  return { code, dataHash, head: named, isConsistent };
}
