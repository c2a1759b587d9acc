/**
 * Proves the font choice (fonts.ts): a document whose text all fits WinAnsi is set in Helvetica
 * with nothing embedded, and prints accents, € and typographic quotes; a single text outside
 * WinAnsi makes the whole document embedded; and a stray run outside WinAnsi in a standard
 * document still prints, in an embedded Noto Sans, instead of losing its glyphs; an embedded
 * subset leaves out the font's table of glyph names; font files are parsed once per process and
 * documents laid out at the same time keep their own glyphs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { jsPDF } from 'jspdf';
import { describe, expect, it, vi } from 'vitest';
import { newDocument, toBytes, write } from '../../../electron/backend/pdf/document.ts';
import { fitsWinAnsi, fontSetFor, textsOf } from '../../../electron/backend/pdf/fonts.ts';
import { pdfFonts, pdfText } from '../../support/pdf.ts';
import { tempDbPath } from '../../support/temp-file.ts';

const WIN_ANSI_LINE = 'Café Zoë – “Ørsted” Straße € 1,234.50 … Œuvre ™ ‰';

function saved(doc: ReturnType<typeof newDocument>, name: string): string {
  const file = path.join(path.dirname(tempDbPath()), name);
  fs.writeFileSync(file, toBytes(doc));
  return file;
}

describe('the font set', () => {
  it('is standard only when every text fits WinAnsi', () => {
    expect(fitsWinAnsi(WIN_ANSI_LINE)).toBe(true);
    expect(fitsWinAnsi('Rue 1\nBruxelles\t')).toBe(true);
    for (const text of ['Łódź', 'Αθήνα', 'Москва', '東京', '₹', '\u2212 5']) {
      expect(fitsWinAnsi(text), text).toBe(false);
    }
    expect(fontSetFor(['Acme', WIN_ANSI_LINE])).toBe('standard');
    expect(fontSetFor(['Acme', 'Łódź'])).toBe('embedded');
    const statement = { customer: { name: 'Acme' }, entries: [{ description: 'Москва' }] };
    expect(fontSetFor(textsOf(statement))).toBe('embedded');
    expect([...textsOf({ a: ['x', { b: 'y' }], n: 1, z: null })]).toEqual([
      'a',
      'x',
      'b',
      'y',
      'n',
      'z',
    ]);
  });

  it('prints a WinAnsi document in Helvetica, embedding nothing', () => {
    const doc = newDocument('Standard', null, 'standard');
    write(doc, WIN_ANSI_LINE, { x: 40, y: 60, size: 10 });
    write(doc, WIN_ANSI_LINE, { x: 40, y: 80, size: 10, style: 'bold' });
    const file = saved(doc, 'standard.pdf');
    expect(pdfFonts(file)).toEqual([
      { name: 'Helvetica', embedded: false },
      { name: 'Helvetica-Bold', embedded: false },
    ]);
    const lines = pdfText(file).split('\n');
    expect(lines.filter((line) => line.trim() === WIN_ANSI_LINE)).toHaveLength(2);
    expect(fs.statSync(file).size).toBeLessThan(3_000);
  });

  it('embeds Noto Sans subsets without the glyph-name table, and they print', () => {
    const doc = newDocument('Embedded');
    write(doc, 'Łódź Москва Αθήνα', { x: 40, y: 60 });
    write(doc, 'Łódź Москва Αθήνα', { x: 40, y: 80, style: 'bold' });
    const file = saved(doc, 'embedded.pdf');
    expect(pdfFonts(file)).toEqual([
      { name: 'NotoSans', embedded: true },
      { name: 'NotoSans', embedded: true },
    ]);
    expect(pdfText(file).match(/Łódź Москва Αθήνα/gu)).toHaveLength(2);
    // 87.5 kB with the glyph names (53 kB a style before compression), 42.5 kB without.
    expect(fs.statSync(file).size).toBeLessThan(50_000);
  });

  it('parses each font file once, and keeps each document to its own glyphs', () => {
    const trueType = (jsPDF.API as unknown as { TTFFont: { open: (bytes: Uint8Array) => unknown } })
      .TTFFont;
    const alone = newDocument('Alone');
    write(alone, 'Łódź', { x: 40, y: 60 });
    const aloneBytes = toBytes(alone).length;
    const opened = vi.spyOn(trueType, 'open');
    // Two documents drawn at once, as two statements laid out in turns: the first prints only
    // Łódź, the second Cyrillic and Greek in both styles.
    const first = newDocument('First');
    const second = newDocument('Second');
    write(first, 'Łódź', { x: 40, y: 60 });
    write(second, 'Москва Αθήνα Straße', { x: 40, y: 60 });
    write(second, 'Москва Αθήνα Straße', { x: 40, y: 80, style: 'bold' });
    const secondFile = saved(second, 'second.pdf');
    const firstFile = saved(first, 'first.pdf');
    expect(opened).not.toHaveBeenCalled();
    opened.mockRestore();
    // The first document's subset holds the glyphs it printed, none of the second's.
    expect(fs.statSync(firstFile).size).toBe(aloneBytes);
    expect(pdfText(firstFile).trim()).toBe('Łódź');
    expect(pdfText(secondFile)).toContain('Москва Αθήνα Straße');
  });

  it('still prints a run outside WinAnsi in a standard document, in an embedded font', () => {
    const doc = newDocument('Stray', null, 'standard');
    write(doc, 'Acme Łódź Москва', { x: 40, y: 60 });
    write(doc, 'Acme', { x: 40, y: 80 });
    const file = saved(doc, 'stray.pdf');
    expect(pdfText(file)).toContain('Acme Łódź Москва');
    expect(pdfFonts(file)).toEqual([
      { name: 'Helvetica', embedded: false },
      { name: 'NotoSansExtra', embedded: true },
    ]);
  });
});
