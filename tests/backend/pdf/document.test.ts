/**
 * Proves the PDF frame's memory savers: finished pages are joined into one string and print the
 * same, and jsPDF's font list is built once per font added, not once per table cell.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CJK_FONT,
  compactFinishedPages,
  FONT,
  newDocument,
  toBytes,
  write,
} from '../../../electron/backend/pdf/document.ts';
import { pdfText } from '../../support/pdf.ts';
import { tempDbPath } from '../../support/temp-file.ts';

type Pages = { pages: (string[] | undefined)[] };

describe('compactFinishedPages', () => {
  it('joins each finished page into one string, leaves the current one, and prints the same', () => {
    const doc = newDocument('Pages');
    write(doc, 'First page Łódź', { x: 40, y: 60 });
    write(doc, 'Still the first', { x: 40, y: 80 });
    doc.addPage();
    write(doc, 'Second page Москва', { x: 40, y: 60 });
    const { pages } = doc.internal as unknown as Pages;
    const before = { first: pages[1]?.join('\n'), second: pages[2]?.length ?? 0 };
    expect(pages[1]?.length).toBeGreaterThan(1);

    compactFinishedPages(doc);
    expect(pages[1]).toEqual([before.first]);
    expect(pages[2]?.length).toBe(before.second);

    doc.setPage(1);
    write(doc, 'Footer on page one', { x: 40, y: 800 });
    const file = path.join(path.dirname(tempDbPath()), 'pages.pdf');
    fs.writeFileSync(file, toBytes(doc));
    const [first = '', second = ''] = pdfText(file).split('\f');
    expect(first).toContain('First page Łódź');
    expect(first).toContain('Still the first');
    expect(first).toContain('Footer on page one');
    expect(second).toContain('Second page Москва');
  });
});

describe('the font list', () => {
  it('is built once and built again when a font is added', () => {
    const doc = newDocument('Fonts');
    const first = doc.getFontList();
    expect(doc.getFontList()).toBe(first);
    expect(Object.keys(first)).toContain(FONT);
    expect(Object.keys(first)).not.toContain(CJK_FONT);

    write(doc, '東京', { x: 40, y: 60 });
    const after = doc.getFontList();
    expect(after).not.toBe(first);
    expect(after[CJK_FONT]).toEqual(['normal', 'bold']);
    expect(doc.getFontList()).toBe(after);
  });
});
