/**
 * Proves the PDF frame's memory savers: finished pages are joined into one string and print the
 * same, jsPDF's font list is built once per font added, not once per table cell, and a line
 * mixing CJK with other scripts is cut into parts each printed in its own font.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CJK_FONT,
  compactFinishedPages,
  FONT,
  newDocument,
  scriptRuns,
  toBytes,
  write,
} from '../../../electron/backend/pdf/document.ts';
import { pdfText, pdfWords } from '../../support/pdf.ts';
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

describe('scriptRuns', () => {
  it('cuts a line where it changes between CJK and other scripts', () => {
    expect(scriptRuns('Zoë Łódź / Αθήνα / Москва / 東京')).toEqual([
      { text: 'Zoë Łódź / Αθήνα / Москва / ', cjk: false },
      { text: '東京', cjk: true },
    ]);
    expect(scriptRuns('東京都 2-1, Москва')).toEqual([
      { text: '東京都 2-1, ', cjk: true },
      { text: 'Москва', cjk: false },
    ]);
    expect(scriptRuns('Acme Studio')).toEqual([{ text: 'Acme Studio', cjk: false }]);
    expect(scriptRuns('')).toEqual([]);
  });

  it('prints each part of a mixed line, in order, at the place it is written', () => {
    const doc = newDocument('Runs');
    write(doc, 'Αθήνα 東京 Москва', { x: 40, y: 60 });
    write(doc, 'Right 東京', { x: 555, y: 80, align: 'right' });
    write(doc, 'Αθήνα', { x: 40, y: 100 });
    const file = path.join(path.dirname(tempDbPath()), 'runs.pdf');
    fs.writeFileSync(file, toBytes(doc));
    const text = pdfText(file);
    expect(text).toMatch(/Αθήνα\s?東京\s?Москва/u);
    expect(text).toMatch(/Right\s?東京/u);
    const words = pdfWords(file);
    const at = (word: string) => words.find((each) => each.text === word);
    expect(at('Αθήνα')?.xMin).toBeCloseTo(40, 0);
    // Each part starts where the one before it ends, so the line keeps its spacing.
    expect(at('東京')?.xMin).toBeGreaterThan(at('Αθήνα')?.xMax ?? Infinity);
    expect(at('Москва')?.xMin).toBeGreaterThan(at('東京')?.xMax ?? Infinity);
    // Beside CJK text, Greek keeps the font (and so the width) it has on a line of its own.
    const [mixed, alone] = words.filter((each) => each.text === 'Αθήνα');
    expect(mixed && alone && mixed.xMax - mixed.xMin).toBeCloseTo(
      alone ? alone.xMax - alone.xMin : 0,
      1,
    );
    const right = words.filter((each) => each.yMin > 65 && each.yMin < 85);
    expect(Math.max(...right.map((each) => each.xMax))).toBeCloseTo(555, 0);
  });
});
