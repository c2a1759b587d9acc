/**
 * Proves that a statement PDF's marks (code, data hash, audit head) are read back exactly from its
 * bytes, from jsPDF's own file and from an edited one, and that an empty file, a file that is not
 * a PDF and one past the size cap are each refused with VALIDATION on `path`.
 */
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { newDocument, toBytes } from '../../electron/backend/pdf/document.ts';
import { statementCode } from '../../electron/backend/statement-proof/code.ts';
import {
  PDF_BYTES_MAX,
  readStatementMarks,
  refuseOversizedPdf,
  statementKeywords,
} from '../../electron/backend/statement-proof/marks.ts';
import { AppError } from '../../shared/errors.ts';

const DATA = '0123456789abcdef'.repeat(4);
const HEAD = { seq: 7, hash: 'fe'.repeat(32) };
const CODE = statementCode(DATA, HEAD);

function markedPdf(keywords: string): Buffer {
  const doc = newDocument('Statement', HEAD);
  doc.text('Verification code', 40, 40);
  doc.setProperties({ keywords });
  return toBytes(doc);
}

function refusal(run: () => unknown): { code: string; field: string | undefined } {
  const { code, field } = refusalWithMessage(run);
  return { code, field };
}

function refusalWithMessage(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) {
      return { code: error.code, field: error.field, message: error.message };
    }
    throw error;
  }
  throw new Error('not refused');
}

describe('readStatementMarks', () => {
  it('reads the code, data hash and head jsPDF wrote into the keywords', () => {
    const bytes = markedPdf(statementKeywords({ code: CODE, dataHash: DATA, head: HEAD }));
    expect(readStatementMarks(bytes)).toEqual({
      code: CODE,
      dataHash: DATA,
      head: HEAD,
      isConsistent: true,
    });
  });

  it('reads a book without events as head none, still consistent', () => {
    const code = statementCode(DATA, null);
    const bytes = markedPdf(statementKeywords({ code, dataHash: DATA, head: null }));
    expect(readStatementMarks(bytes)).toMatchObject({ code, head: null, isConsistent: true });
  });

  it('finds no marks in a PDF without a code (an export that is not a statement)', () => {
    expect(readStatementMarks(toBytes(newDocument('Invoice', HEAD)))).toBeNull();
  });

  it('says the marks are inconsistent when the head beside the code was changed', () => {
    const other = { ...HEAD, seq: 8 };
    const bytes = markedPdf(statementKeywords({ code: CODE, dataHash: DATA, head: other }));
    expect(readStatementMarks(bytes)).toMatchObject({ code: CODE, isConsistent: false });
  });

  it('reads keywords an editor rewrote as UTF-16 hex in an appended dictionary, the last one', () => {
    const original = markedPdf(statementKeywords({ code: CODE, dataHash: DATA, head: HEAD }));
    const newer = statementKeywords({ code: '0000-0000-0000', dataHash: DATA, head: HEAD });
    const hex = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(newer, 'utf16le').swap16()]);
    const appended = `\n99 0 obj\n<< /Keywords <${hex.toString('hex').toUpperCase()}> >>\nendobj\n`;
    const marks = readStatementMarks(Buffer.concat([original, Buffer.from(appended, 'latin1')]));
    expect(marks).toMatchObject({ code: '0000-0000-0000', isConsistent: false });
  });

  it('reads keywords a tool packed into a compressed object stream', () => {
    const keywords = statementKeywords({ code: CODE, dataHash: DATA, head: HEAD });
    const packed = deflateSync(Buffer.from(`5 0 << /Keywords (${keywords}) >>`, 'latin1'));
    const file = Buffer.concat([
      Buffer.from(
        '%PDF-1.5\n1 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >>\nstream\n',
      ),
      packed,
      Buffer.from('\nendstream\nendobj\n%%EOF\n'),
    ]);
    expect(readStatementMarks(file)).toMatchObject({ code: CODE, isConsistent: true });
    const broken = Buffer.from(file);
    broken.fill(0x21, 90, 100);
    expect(readStatementMarks(broken)).toBeNull();
  });

  it('reads a value only within its first 4,096 characters, so no file makes it scan long', () => {
    const keywords = statementKeywords({ code: CODE, dataHash: DATA, head: HEAD });
    const file = (padding: number) =>
      Buffer.from(`%PDF-1.3\n<< /Keywords (${' '.repeat(padding)}${keywords}) >>\n`, 'latin1');
    expect(readStatementMarks(file(4096 - keywords.length - 1))).toMatchObject({ code: CODE });
    expect(readStatementMarks(file(4096))).toBeNull();
  });

  it('reads a literal string with escapes and nested parentheses', () => {
    const keywords = statementKeywords({ code: CODE, dataHash: DATA, head: HEAD });
    const escaped = keywords.replace(
      ' balancebook-statement-code',
      '\\040(x) balancebook-statement-code',
    );
    const file = `%PDF-1.3\n1 0 obj\n<< /Keywords (${escaped}) >>\nendobj\n%%EOF\n`;
    expect(readStatementMarks(Buffer.from(file, 'latin1'))).toMatchObject({
      code: CODE,
      isConsistent: true,
    });
  });

  it('refuses an empty file, a file that is not a PDF and one past the cap, on path', () => {
    expect(refusal(() => readStatementMarks(new Uint8Array()))).toEqual({
      code: 'VALIDATION',
      field: 'path',
    });
    const text = Buffer.from('Just some text with /Keywords (balancebook-statement-code X)');
    expect(refusal(() => readStatementMarks(text))).toEqual({ code: 'VALIDATION', field: 'path' });
    const large = Buffer.alloc(PDF_BYTES_MAX + 1);
    large.write('%PDF-1.3\n', 'latin1');
    expect(refusal(() => readStatementMarks(large))).toEqual({ code: 'VALIDATION', field: 'path' });
  });

  it('tells an empty file apart from one that is not a PDF', () => {
    const empty = refusalWithMessage(() => readStatementMarks(new Uint8Array()));
    const text = refusalWithMessage(() => readStatementMarks(Buffer.from('plain text')));
    expect([empty.field, text.field]).toEqual(['path', 'path']);
    expect(empty.message).not.toBe(text.message);
  });

  it('takes a file of exactly the cap, and refuses one byte more by size alone', () => {
    const atCap = Buffer.alloc(PDF_BYTES_MAX);
    atCap.write('%PDF-1.3\n', 'latin1');
    expect(readStatementMarks(atCap)).toBeNull();
    expect(() => {
      refuseOversizedPdf(PDF_BYTES_MAX);
    }).not.toThrow();
    expect(
      refusal(() => {
        refuseOversizedPdf(PDF_BYTES_MAX + 1);
      }).field,
    ).toBe('path');
  });

  it('accepts the header anywhere in the first kilobyte, as PDF readers do, and not after', () => {
    const late = (offset: number) => Buffer.from(`${' '.repeat(offset)}%PDF-1.3\n`, 'latin1');
    expect(readStatementMarks(late(1019))).toBeNull();
    expect(refusal(() => readStatementMarks(late(1020))).code).toBe('VALIDATION');
  });
});
